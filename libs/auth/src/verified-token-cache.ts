import { LRUCache } from 'lru-cache';
import type { Authenticator } from './token-verifier';
import { bearerToken } from './bearer';
import type { Caller } from './caller';

/** Tokens remembered at most; the one least recently used is forgotten first. */
const defaultCapacity = 10_000;

/**
 * Answers a token that `verify` accepted before from memory, until the token's own expiry; a token
 * it refused, or one not seen yet, goes to `verify` every time (so a refusal is never cached and a
 * token not yet valid is checked again). The cache holds the exact token text, so nothing but the
 * same signed token can hit it.
 */
export function cachingVerifiedTokens(
  verify: Authenticator,
  { capacity = defaultCapacity, now = () => Date.now() }: { capacity?: number; now?: () => number } = {},
): Authenticator {
  const verified = new LRUCache<string, Caller>({ max: capacity });
  return {
    async authenticate(authorization) {
      const token = bearerToken(authorization);
      if (token === undefined) return verify.authenticate(authorization);
      const known = verified.get(token);
      if (known?.expiresAt !== undefined && known.expiresAt > now()) return known;
      if (known) verified.delete(token);
      const caller = await verify.authenticate(authorization);
      if (caller.expiresAt !== undefined && caller.expiresAt > now()) {
        verified.set(token, caller);
      }
      return caller;
    },
  };
}
