import { getIntrospectionQuery } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { securityPlugins } from './query-limits';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: `
      type Item { a: Int b: Int c: Int d: Int e: Int f: Int g: Int h: Int i: Int parts(first: Int): Page! }
      type Edge { node: Item! }
      type Page { edges: [Edge!]! }
      type Query { items(first: Int): Page! top(limit: Int): [Item!]! item: Item }
      type Subscription { ticks(first: Int): Page! }
    `,
    resolvers: {
      Query: { items: () => ({ edges: [] }), top: () => [], item: () => ({ a: 1 }) },
      Item: { parts: () => ({ edges: [] }) },
      Subscription: {
        ticks: {
          subscribe: () =>
            (async function* () {
              yield await Promise.resolve({ ticks: { edges: [] } });
            })(),
        },
      },
    },
  }),
  plugins: securityPlugins(),
  logging: false,
});

interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function ask(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const fields = 'a b c d e f g h i';
const page = (first: string) => `items(first: ${first}) { edges { node { ${fields} } } }`;

describe('the query cost', () => {
  it('charges a fragment what its fields cost inline', async () => {
    const inline = await ask(`{ ${page('100')} }`);
    const spread = await ask(
      `{ items(first: 100) { edges { node { ...F } } } } fragment F on Item { ${fields} }`,
    );
    expect(inline.errors).toBeUndefined();
    expect(spread.errors).toBeUndefined();
  });

  it('counts a variable page size as the literal one: a variable cannot bypass the limit', async () => {
    // 1 + 100 × (1 + 1 + 1 + 100 × (1 + 1 + 9)) = 110,301, however the sizes are written.
    const nested = (outer: string, inner: string) =>
      `items(first: ${outer}) { edges { node { parts(first: ${inner}) { edges { node { ${fields} } } } } } }`;
    const literal = await ask(`{ ${nested('100', '100')} }`);
    const variables = await ask(`query ($o: Int, $i: Int) { ${nested('$o', '$i')} }`, { o: 100, i: 100 });
    const defaults = await ask(`query ($o: Int = 100, $i: Int = 100) { ${nested('$o', '$i')} }`);
    for (const refused of [literal, variables, defaults]) {
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toEqual([
        {
          message: 'Query rejected: it exceeds the limits of this server (cost: 110301, limit 10000).',
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 10000, found: 110301 } },
        },
      ]);
    }
    const small = await ask(`query ($o: Int, $i: Int) { ${nested('$o', '$i')} }`, { o: 5, i: 5 });
    expect(small.errors).toBeUndefined();
  });

  it('sizes a page by the most the field returns, and by its default when left out', async () => {
    // A page asked larger than 100 returns 100 rows: it costs what 100 costs.
    const tenPages = (variables?: Record<string, unknown>) => {
      const aliased = Array.from({ length: 10 }, (_, i) => `p${i}: ${page('$n')}`).join(' ');
      return ask(`query ($n: Int) { ${aliased} }`, variables);
    };
    const huge = await tenPages({ n: 100_000 });
    expect(huge.errors?.[0]?.extensions?.limit).toEqual({
      name: 'cost',
      max: 10000,
      found: 10 * (1 + 100 * 11),
    });
    // Left out, `first` is 20: ten pages cost 10 × (1 + 20 × 11) = 2,210.
    expect((await tenPages()).errors).toBeUndefined();
    // `limit` left out is 5; at most 100 as well.
    const top = await ask(`query ($n: Int) { top(limit: $n) { ${fields} } }`, { n: 1e6 });
    expect(top.errors).toBeUndefined();
  });

  it('applies to subscriptions too', async () => {
    const nested = `ticks(first: $n) { edges { node { parts(first: $n) { edges { node { a } } } } } }`;
    const refused = await ask(`subscription ($n: Int) { ${nested} }`, { n: 100 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a fragment spread into itself over and over without counting it all', async () => {
    // 30⁴ (810,000) fields once expanded, within the depth limit.
    const spreads = (i: number) => Array.from({ length: 30 }, () => `...F${i + 1}`).join(' ');
    const levels = Array.from({ length: 4 }, (_, i) => `fragment F${i} on Item { ${spreads(i)} }`).join(' ');
    const started = Date.now();
    const refused = await ask(`{ item { ...F0 } } ${levels} fragment F4 on Item { a }`);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Query rejected: it exceeds the limits of this server (cost: more than 10000, limit 10000).',
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 10000 } },
    });
  });

  it('leaves variables that do not fit to execution', async () => {
    const answer = await ask(`query ($n: Int) { ${page('$n')} }`, { n: 'many' });
    expect(answer.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value "many"/);
  });
});

describe('the other limits', () => {
  const cases = [
    {
      limit: 'depth',
      code: 'QUERY_TOO_DEEP',
      query: `{ item { ${'parts { edges { node { '.repeat(4)}a${' } } }'.repeat(4)} } }`,
      max: 12,
      found: 14,
    },
    {
      limit: 'aliases',
      code: 'TOO_MANY_ALIASES',
      query: `{ ${Array.from({ length: 21 }, (_, i) => `x${i}: item { a }`).join(' ')} }`,
      max: 20,
      found: 21,
    },
    {
      limit: 'directives',
      code: 'TOO_MANY_DIRECTIVES',
      query: `{ item { ${'a @include(if: true) '.repeat(21)} } }`,
      max: 20,
      found: 21,
    },
    {
      limit: 'tokens',
      code: 'QUERY_TOO_LARGE',
      query: `{ item { ${'a '.repeat(3000)} } }`,
      max: 3000,
      found: undefined,
    },
  ];

  for (const { limit, code, query, max, found } of cases) {
    it(`refuses too many ${limit} with ${code}, naming the limit`, async () => {
      const refused = await ask(query);
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      const figure = found ?? `more than ${max}`;
      expect(refused.errors).toEqual([
        {
          message: `Query rejected: it exceeds the limits of this server (${limit}: ${figure}, limit ${max}).`,
          extensions: {
            code,
            limit: found === undefined ? { name: limit, max } : { name: limit, max, found },
          },
        },
      ]);
    });
  }

  it("lets a client's fullest introspection through, and refuses an ofType chain without end", async () => {
    const full = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    expect((await ask(full)).errors).toBeUndefined();
    const chain = `{ __schema { types { fields { type { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } } } }`;
    const refused = await ask(chain);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      limit: { name: 'depth', max: 25 },
    });
  });

  it('passes what is within every limit', async () => {
    const answer = await ask(
      `{ item { ${'parts(first: 5) { edges { node { '.repeat(3)}a${' } } }'.repeat(3)} } }`,
    );
    expect(answer.errors).toBeUndefined();
  });
});
