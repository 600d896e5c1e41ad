import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CostCache } from './cost-cache';

describe('the cost cache', () => {
  const document = parse(`
    query Page($first: Int = 50, $show: Boolean!, $search: String) {
      items(first: $first, search: $search) { a @include(if: $show) }
    }
  `);

  function counted() {
    let computed = 0;
    const cache = new CostCache(new Set(['first', 'limit']), 3);
    const cost = (variables: Record<string, unknown>, operationName?: string) =>
      cache.cost(document, operationName, variables, () => ++computed);
    return { cost, computed: () => computed };
  }

  it('costs a document once per value of the variables its cost depends on', () => {
    const { cost, computed } = counted();
    expect(cost({ first: 10, show: true, search: 'a' })).toBe(1);
    expect(cost({ first: 10, show: true, search: 'b' })).toBe(1);
    expect(cost({ first: 100, show: true })).toBe(2);
    expect(cost({ first: 10, show: false })).toBe(3);
    expect(computed()).toBe(3);
  });

  it('tells a variable left out (its default) from one sent as null', () => {
    const { cost } = counted();
    expect(cost({ show: true })).toBe(1);
    expect(cost({ show: true, first: null })).toBe(2);
    expect(cost({ show: true })).toBe(1);
  });

  it('keys by operation name, and keeps a bounded number of costs per document', () => {
    const { cost, computed } = counted();
    cost({ show: true }, 'Page');
    cost({ show: true });
    for (const first of [1, 2, 3, 4]) cost({ first, show: true });
    expect(computed()).toBe(6);
    cost({ show: true }, 'Page');
    expect(computed()).toBe(7);
  });

  it('keeps nothing when costing throws', () => {
    const cache = new CostCache(new Set(['first']));
    const failing = () => {
      throw new Error('variables do not fit');
    };
    expect(() => cache.cost(document, undefined, { first: 'many' }, failing)).toThrow('variables do not fit');
    expect(cache.cost(document, undefined, { first: 'many' }, () => 5)).toBe(5);
  });
});
