import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { boundedSize, MAX_ROWS } from './bounded-size';
import { encodeCursor } from './cursor';
import { DEFAULT_PAGE_SIZE, pageRequest } from './page-request';

describe('connection arguments', () => {
  it('default to the first 20 rows from the top', () => {
    expect(pageRequest({})).toEqual({ size: DEFAULT_PAGE_SIZE, after: undefined });
    expect(pageRequest({ first: null, after: null })).toEqual({ size: 20, after: undefined });
  });

  it('cap first at 100 and accept 0', () => {
    expect(pageRequest({ first: 1000 }).size).toBe(MAX_ROWS);
    expect(pageRequest({ first: 100 }).size).toBe(100);
    expect(pageRequest({ first: 0 }).size).toBe(0);
  });

  it('decode after into the sort key to continue below', () => {
    expect(pageRequest({ first: 3, after: encodeCursor(77n) })).toEqual({ size: 3, after: 77n });
  });

  it('refuse a negative first with BAD_USER_INPUT naming it', () => {
    const error: unknown = (() => {
      try {
        return pageRequest({ first: -1 });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message: 'first must not be negative.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('apply the same rules to any row count, with its own default', () => {
    expect(boundedSize(undefined, 'limit', 5)).toBe(5);
    expect(boundedSize(7, 'limit', 5)).toBe(7);
    expect(boundedSize(500, 'limit', 5)).toBe(100);
    expect(() => boundedSize(-3, 'limit', 5)).toThrow('limit must not be negative.');
  });
});
