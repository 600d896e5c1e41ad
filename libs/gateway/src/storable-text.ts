import { isStorableText } from '@sluice/domain';
import { GraphQLError, Kind, visit, type DocumentNode, type StringValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const rule = 'must not contain a NUL character or a broken Unicode character';

/**
 * Refuses an operation given text PostgreSQL cannot store (a NUL, half of a surrogate pair) in its
 * variables or in a string of its document, before anything runs: a read model looked up with such
 * text would fail in the database, not find nothing. The refusal is BAD_USER_INPUT and names the
 * variable (with its path inside an input object) or points at the string. Mutations answer such
 * input as a ValidationError of their own, so this guards queries and subscriptions.
 */
export function useStorableText(): Plugin {
  const refuse = (args: { document: DocumentNode; variableValues?: unknown }) =>
    unstorableVariable(args.variableValues) ?? unstorableLiteral(args.document);
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = refuse(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = refuse(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}

function unstorableVariable(variables: unknown): GraphQLError | undefined {
  const path = unstorablePath(variables, []);
  if (path === undefined) return undefined;
  const [name, ...inside] = path;
  const where = inside.length > 0 ? ` (at ${inside.join('.')})` : '';
  return new GraphQLError(`The variable $${String(name)}${where} ${rule}.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

function unstorableLiteral(document: DocumentNode): GraphQLError | undefined {
  let found: StringValueNode | undefined;
  visit(document, {
    [Kind.STRING](node) {
      if (!found && !isStorableText(node.value)) found = node;
    },
  });
  return found
    ? new GraphQLError(`A string of this operation ${rule}.`, {
        nodes: found,
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      })
    : undefined;
}

/** The path to the first text in `value` that cannot be stored, if any. */
function unstorablePath(
  value: unknown,
  path: readonly (string | number)[],
): Array<string | number> | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : [...path];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, item] of entries) {
    const found = unstorablePath(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
