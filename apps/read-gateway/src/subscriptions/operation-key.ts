import {
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  OperationTypeNode,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type GraphQLField,
  type SelectionSetNode,
} from 'graphql';

/** A root field of a subscription, with its arguments as the resolver gets them. */
export interface RootField {
  name: string;
  args: Record<string, unknown>;
  definition: GraphQLField<unknown, unknown>;
}

const printed = new WeakMap<DocumentNode, string>();

/**
 * What makes two subscriptions the same live operation: who may see its results (`view`, of its
 * root fields), the document as printed (whitespace does not matter), the operation name and the
 * variables once coerced (defaults applied, in the order they are declared). Undefined when the operation must run for its subscriber alone: it
 * is not a subscription, its variables or arguments do not coerce (its own run reports why), or
 * `runsAlone` says so of one of its root fields.
 */
export function operationKey(
  args: Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>,
  runsAlone: (field: RootField) => boolean,
  view: (fields: readonly RootField[]) => string,
): string | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  const rootType = args.schema.getSubscriptionType();
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION || !rootType) return undefined;
  const variables = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    args.variableValues ?? {},
  );
  if (variables.errors) return undefined;
  try {
    const fields: RootField[] = [];
    for (const node of rootFields(args.document, operation.selectionSet)) {
      const definition = rootType.getFields()[node.name.value];
      if (!definition) return undefined;
      const field = {
        name: definition.name,
        args: getArgumentValues(definition, node, variables.coerced),
        definition,
      };
      if (runsAlone(field)) return undefined;
      fields.push(field);
    }
    return [
      view(fields),
      documentText(args.document),
      args.operationName ?? '',
      JSON.stringify(variables.coerced, bigints),
    ].join('\n');
  } catch {
    return undefined;
  }
}

/** Every field selected at the root, through fragments, whatever their directives. */
function rootFields(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  seen = new Set<string>(),
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(document, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION
      ? rootFields(document, fragment.selectionSet, seen)
      : [];
  });
}

function documentText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `${value}n` : value;
}
