import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostCache } from './cost-cache';
import { defaultPageSizes, operationCost } from './query-cost';

const schema = buildSchema(`
  type Item { id: ID! name: String! children(first: Int): ItemPage! tags(limit: Int): [String!]! }
  type ItemPage { nodes: [Item!]! total: Int! }
  type Query { items(first: Int, search: String): ItemPage! top(limit: Int): [Item!]! }
`);

/** Documents whose cost moves with their variables in every way the cache keys on. */
const documents = [
  `query A($first: Int, $search: String) { items(first: $first, search: $search) { total nodes { id name } } }`,
  `query B($first: Int = 50, $inner: Int, $show: Boolean!) {
     items(first: $first) { nodes { id children(first: $inner) { nodes { name @include(if: $show) } } } }
   }`,
  `query C($limit: Int, $skip: Boolean = false) { top(limit: $limit) { id tags(limit: $limit) @skip(if: $skip) } }
   query D($first: Int) { items(first: $first) { ...Page } }
   fragment Page on ItemPage { total nodes { id name children(first: 3) { total } } }`,
].map((text) => parse(text));

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('the cost cache against costing every operation anew', () => {
  it('answers what operationCost answers, over random documents, operations and variables', () => {
    const options = { maxCost: 10_000, pageSizes: defaultPageSizes };
    const cache = new CostCache(new Set(Object.keys(defaultPageSizes)), 4);
    const next = random(7);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
    const size = () => pick([undefined, null, 0, 1, 3, 20, 50, 99, 100, 101, 5000]);
    for (let step = 0; step < 2_000; step++) {
      const document = pick(documents);
      const operationName = document === documents[2] ? pick(['C', 'D']) : undefined;
      const variables: Record<string, unknown> = {};
      for (const name of ['first', 'inner', 'limit']) {
        const value = size();
        if (value !== undefined) variables[name] = value;
      }
      variables.show = next() < 0.5;
      if (next() < 0.5) variables.skip = next() < 0.5;
      if (next() < 0.5) variables.search = pick(['a', 'b', null]);
      const operation = { schema, document, variableValues: variables, operationName };
      const plain = operationCost(operation, options);
      const cached = cache.cost(document, operationName, variables, () => operationCost(operation, options));
      expect(cached, `step ${step}: ${operationName ?? ''} ${JSON.stringify(variables)}`).toBe(plain);
    }
  });
});
