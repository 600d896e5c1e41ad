import { GraphQLError } from 'graphql';
import { maskError, type MaskError } from 'graphql-yoga';
import type { Logger } from './logger';
import { apartFromRequests, servingLogger } from './request-scope';

/**
 * Yoga's masking, plus a log line with the stack of every error a client does not see: by the
 * logger of the request it happened in (with its id), or `logger` outside one.
 * Errors raised on purpose (a GraphQLError with extensions.code) pass through unmasked, and
 * variables that do not fit their types get the code graphql-js leaves out (isVariableError).
 */
export function maskedErrors(logger: Logger): { maskError: MaskError } {
  return {
    maskError(error, message, isDev) {
      if (error instanceof GraphQLError && error.extensions['originalError'] !== undefined)
        return withoutOriginalError(error);
      if (isVariableError(error))
        return withExtensions(error, { ...error.extensions, code: 'BAD_USER_INPUT' });
      const original = error instanceof GraphQLError ? error.originalError : error;
      const unexpected = original !== undefined && !(original instanceof GraphQLError);
      if (unexpected) {
        (servingLogger() ?? logger).error('unexpected error', {
          error: original instanceof Error ? original.message : JSON.stringify(original),
          stack: original instanceof Error ? original.stack : undefined,
          path: error instanceof GraphQLError ? error.path : undefined,
        });
      }
      return maskError(error, message, isDev);
    },
  };
}

/** Yoga's message for a masked error, unless its options name another. */
const unexpectedErrorMessage = 'Unexpected error.';

/**
 * The masking of `maskedErrors` as one function, for results that do not pass through Yoga's own
 * (a subscription result shared by many subscribers, masked once for all). Such a result belongs
 * to no one request, though the first subscriber's started it: its line carries no request's id.
 */
export function maskErrorWith(masking: ReturnType<typeof maskedErrors>): (error: unknown) => GraphQLError {
  return (error) => {
    const masked = apartFromRequests(() => masking.maskError(error, unexpectedErrorMessage));
    if (masked instanceof GraphQLError) return masked;
    return new GraphQLError(unexpectedErrorMessage, {
      originalError: masked instanceof Error ? masked : undefined,
    });
  };
}

/**
 * Variables that do not fit their types (`{"n": "x"}` for an `Int`, a required input field left
 * out) are refused by graphql-js without a code, where a malformed query is refused with one
 * (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED): they get BAD_USER_INPUT, as the scalars' own
 * refusals do, so that a client can tell bad input by its code alone.
 */
function isVariableError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    error.extensions.code === undefined &&
    error.path === undefined &&
    error.message.startsWith('Variable "$')
  );
}

/**
 * A client's own error (invalid JSON, say) as Yoga reports it, less the underlying error Yoga puts
 * beside it: a parser's message quotes the body back and says nothing the message does not.
 */
function withoutOriginalError(error: GraphQLError): GraphQLError {
  const { originalError: _dropped, ...extensions } = error.extensions;
  return withExtensions(error, extensions);
}

function withExtensions(error: GraphQLError, extensions: GraphQLError['extensions']): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}
