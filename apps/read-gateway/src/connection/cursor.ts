import { badUserInput } from '../bad-user-input';

const MAX_KEY = 2n ** 63n - 1n;
const DIGITS = /^(0|[1-9][0-9]{0,18})$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Opaque to clients: the base64url of the list's sort key (a position), so it can change form later. */
export function encodeCursor(key: bigint): string {
  return Buffer.from(key.toString(), 'utf8').toString('base64url');
}

/** The sort key of a cursor this server gave out; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): bigint {
  if (BASE64URL.test(cursor)) {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    if (DIGITS.test(text)) {
      const key = BigInt(text);
      if (key <= MAX_KEY && encodeCursor(key) === cursor) return key;
    }
  }
  throw badUserInput('after is not a cursor of this list.');
}
