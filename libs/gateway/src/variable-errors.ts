import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Variables that do not fit their types (`{"n": "x"}` for an `Int`, a required input field left
 * out) are refused by graphql-js without a code, where a malformed query is refused with one
 * (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED): they get BAD_USER_INPUT, as the scalars'
 * own refusals do, so that a client can tell bad input by its code alone.
 */
export function useVariableErrorCodes(): Plugin {
  const coded = (result: ExecutionResult): ExecutionResult | undefined => {
    if (!result.errors?.some(isUncodedVariableError)) return undefined;
    return {
      ...result,
      errors: result.errors.map((error) => (isUncodedVariableError(error) ? withCode(error) : error)),
    };
  };
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in result) return;
        const changed = coded(result);
        if (changed) setResult(changed);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult({ result, setResult }) {
        if (Symbol.asyncIterator in result) return;
        const changed = coded(result);
        if (changed) setResult(changed);
      },
    }),
  };
}

function isUncodedVariableError(error: GraphQLError): boolean {
  return (
    error.extensions.code === undefined && error.path === undefined && error.message.startsWith('Variable "$')
  );
}

function withCode(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}
