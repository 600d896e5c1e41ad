import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheableOperation } from './cacheable-operations';

describe('cacheableOperation', () => {
  it('takes queries, not mutations or subscriptions', () => {
    expect(cacheableOperation(parse('{ products { totalCount } }'), undefined)).toBe(true);
    expect(
      cacheableOperation(parse('mutation { skipDeadLetter(input: {}) { __typename } }'), undefined),
    ).toBe(false);
    expect(cacheableOperation(parse('subscription { productChanged { id } }'), undefined)).toBe(false);
  });

  it('picks the operation named among several', () => {
    const document = parse('query A { me { id } } mutation B { x } subscription C { y }');
    expect(cacheableOperation(document, 'A')).toBe(true);
    expect(cacheableOperation(document, 'B')).toBe(false);
    expect(cacheableOperation(document, undefined)).toBe(false);
  });

  it('leaves out anything asked as of the past, in a fragment too', () => {
    expect(cacheableOperation(parse('{ product(id: "p", asOf: { position: "3" }) { id } }'), undefined)).toBe(
      false,
    );
    expect(
      cacheableOperation(
        parse('query ($at: AsOf) { ...F } fragment F on Query { salesStats(asOf: $at) { ordersPaid } }'),
        undefined,
      ),
    ).toBe(false);
  });
});
