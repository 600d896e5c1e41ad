import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The read gateway's only mutations are the operators' own on the read side (a dead letter's
 * retry or skip). A mutation of anything else (the shop's commands) is refused at validation with
 * where to send it, rather than graphql-js' "Cannot query field … on type Mutation".
 */
export function useMutationsElsewhere(): Plugin {
  return {
    onValidate({ params, setResult }) {
      const { schema, documentAST } = params as { schema: GraphQLSchema; documentAST: DocumentNode };
      const elsewhere = foreignMutations(schema, documentAST);
      if (elsewhere.length === 0) return;
      setResult(
        elsewhere.map(
          (field) =>
            new GraphQLError(
              `${field.name.value} is not the read gateway's: send mutations to the write gateway's /graphql (at WRITE_PORT, 4001 by default). The read gateway's own are the operators' ${ownMutations(schema).join(' and ')}.`,
              { nodes: field, extensions: { code: 'MUTATION_ON_READ_GATEWAY' } },
            ),
        ),
      );
    },
  };
}

const ownMutations = (schema: GraphQLSchema) => Object.keys(schema.getMutationType()?.getFields() ?? {});

/** The root fields of the document's mutations that this schema does not have. */
function foreignMutations(schema: GraphQLSchema, document: DocumentNode): FieldNode[] {
  const own = new Set(ownMutations(schema));
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION
      ? definition.selectionSet.selections.filter(
          (selection): selection is FieldNode =>
            selection.kind === Kind.FIELD &&
            !own.has(selection.name.value) &&
            !selection.name.value.startsWith('__'),
        )
      : [],
  );
}
