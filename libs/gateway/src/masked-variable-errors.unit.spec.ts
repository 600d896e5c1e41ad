import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createConsoleLogger } from './logger';
import { maskedErrors } from './masked-errors';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: `input Line { productId: ID! quantity: Int! }
      type Query { n(x: Int): Int }
      type Mutation { order(lines: [Line!]!): Int }
      type Subscription { ticks(x: Int!): Int }`,
    resolvers: {
      Query: { n: () => 1 },
      Mutation: { order: () => 1 },
      Subscription: {
        ticks: {
          subscribe: async function* () {
            yield await Promise.resolve({ ticks: 1 });
          },
        },
      },
    },
  }),
  maskedErrors: maskedErrors(createConsoleLogger('test', { silent: true })),
  logging: false,
});

async function errorsOf(query: string, variables?: Record<string, unknown>) {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: response.status, errors: body.errors };
}

describe('variables that do not fit their types', () => {
  it('are refused with BAD_USER_INPUT, for queries, mutations and subscriptions alike', async () => {
    for (const [query, variables] of [
      ['query ($x: Int) { n(x: $x) }', { x: 'not a number' }],
      ['query ($x: Int!) { n(x: $x) }', {}],
      ['mutation ($lines: [Line!]!) { order(lines: $lines) }', { lines: [{ productId: 'p' }] }],
      ['subscription ($x: Int!) { ticks(x: $x) }', { x: 1.5 }],
    ] as const) {
      const { status, errors } = await errorsOf(query, variables);
      expect(status, query).toBe(400);
      expect(errors?.length, query).toBeGreaterThan(0);
      for (const error of errors ?? []) {
        expect(error.message).toMatch(/^Variable "\$/);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('leave the codes of other refusals as they are', async () => {
    const { errors } = await errorsOf('{ n(x: "a") }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
