import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
}

describe('cursor codec', () => {
  it('round-trips every sort key, up to the largest bigint column value', () => {
    for (const key of [0n, 1n, 42n, 9_007_199_254_740_993n, 2n ** 63n - 1n])
      expect(decodeCursor(encodeCursor(key))).toBe(key);
  });

  it('gives out base64url text a client cannot mistake for a number', () => {
    const cursor = encodeCursor(1234n);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('1234');
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a b+c/='],
    ['not a number inside', Buffer.from('abc').toString('base64url')],
    ['negative', Buffer.from('-5').toString('base64url')],
    ['leading zeros', Buffer.from('007').toString('base64url')],
    ['past bigint', Buffer.from(String(2n ** 63n)).toString('base64url')],
    ['non-canonical padding', `${encodeCursor(5n)}==`],
    ['a raw position', '12'],
  ])('refuses a cursor that is %s with BAD_USER_INPUT', (_why, cursor) => {
    expect(codeOf(() => decodeCursor(cursor))).toBe('BAD_USER_INPUT');
  });
});
