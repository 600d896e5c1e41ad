import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A mutation sent here is refused at validation with where to send it, rather than graphql-js'
 * "Schema is not configured to execute mutation operation".
 */
export function useMutationsElsewhere(): Plugin {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(node) {
      if (node.operation !== OperationTypeNode.MUTATION) return;
      context.reportError(
        new GraphQLError(
          'The read gateway answers queries and subscriptions only: send mutations to the write gateway (its /graphql, port 4001 unless WRITE_PORT says otherwise).',
          { nodes: node, extensions: { code: 'MUTATION_ON_READ_GATEWAY' } },
        ),
      );
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
