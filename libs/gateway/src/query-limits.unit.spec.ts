import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { securityPlugins } from './query-limits';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: `
      type Item { a: Int b: Int c: Int d: Int e: Int f: Int g: Int h: Int i: Int }
      type Edge { node: Item! }
      type Page { edges: [Edge!]! }
      type Query { items(first: Int): Page! }
    `,
    resolvers: { Query: { items: () => ({ edges: [] }) } },
  }),
  plugins: securityPlugins(),
  logging: false,
});

async function ask(query: string) {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}

const fields = 'a b c d e f g h i';

describe('the query cost limit', () => {
  it('charges a fragment what its fields cost inline', async () => {
    const inline = await ask(`{ items(first: 100) { edges { node { ${fields} } } } }`);
    const spread = await ask(
      `{ items(first: 100) { edges { node { ...F } } } } fragment F on Item { ${fields} }`,
    );
    expect(inline.errors).toBeUndefined();
    expect(spread.errors).toBeUndefined();
  });

  it('still rejects a page too large to be cheap, naming no limit', async () => {
    const result = await ask(`{ items(first: 1000) { edges { node { ${fields} } } } }`);
    expect(result.errors?.[0]?.message).toBe(
      'Syntax Error: Query rejected: it exceeds the limits of this server.',
    );
  });
});
