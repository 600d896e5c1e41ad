import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AuthConfig } from './auth-config';
import type { Authenticator } from './token-verifier';
import { verifyTokens } from './token-verifier';
import { cachingVerifiedTokens } from './verified-token-cache';

const secret = new TextEncoder().encode('a-shared-secret-of-at-least-32-characters');
const other = new TextEncoder().encode('another-secret-of-at-least-32-characters!');
const config: AuthConfig = {
  keys: { kind: 'secret', secret },
  issuer: undefined,
  audience: undefined,
  rolesClaim: 'roles',
};

/** A small deterministic generator, so a failing history can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

async function token(key: Uint8Array, claims: { sub: string; nbf?: number; exp?: number }): Promise<string> {
  let jwt = new SignJWT({ roles: ['customer'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(claims.sub);
  if (claims.nbf !== undefined) jwt = jwt.setNotBefore(claims.nbf);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(key);
}

async function outcome(authenticator: Authenticator, authorization: string | undefined): Promise<unknown> {
  try {
    return await authenticator.authenticate(authorization);
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

describe('the verified-token cache against verifying every token', () => {
  it('answers exactly as the plain path over random histories of tokens and time', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      let clock = 1_800_000_000_000;
      const now = () => clock;
      const plain = verifyTokens(config, now);
      const cached = cachingVerifiedTokens(verifyTokens(config, now), { capacity: 4, now });
      const seconds = () => Math.floor(clock / 1000);
      const pool: Array<string | undefined> = [undefined, 'Bearer garbage', 'Basic abc'];
      for (let i = 0; i < 12; i++) {
        const sub = `c${i}`;
        const exp = seconds() + 1 + Math.floor(next() * 20);
        pool.push(`Bearer ${await token(next() < 0.2 ? other : secret, { sub, exp })}`);
        if (next() < 0.3)
          pool.push(`Bearer ${await token(secret, { sub, nbf: seconds() + 5, exp: seconds() + 30 })}`);
        if (next() < 0.2) pool.push(`Bearer ${await token(secret, { sub })}`);
      }
      for (let step = 0; step < 300; step++) {
        const authorization = pool[Math.floor(next() * pool.length)];
        const label = `seed ${seed}, step ${step}, ${authorization?.slice(0, 20)}`;
        expect(await outcome(cached, authorization), label).toEqual(await outcome(plain, authorization));
        clock += Math.floor(next() * 400);
      }
    }
  });

  it('verifies a token once while it is valid, and never answers it after it expired', async () => {
    let clock = 1_800_000_000_000;
    let calls = 0;
    const plain = verifyTokens(config, () => clock);
    const counting: Authenticator = { authenticate: (value) => (calls++, plain.authenticate(value)) };
    const cached = cachingVerifiedTokens(counting, { now: () => clock });
    const authorization = `Bearer ${await token(secret, { sub: 'ada', exp: Math.floor(clock / 1000) + 2 })}`;
    for (let i = 0; i < 5; i++) await cached.authenticate(authorization);
    expect(calls).toBe(1);
    clock += 2_000;
    await expect(cached.authenticate(authorization)).rejects.toThrow('expired');
    expect(calls).toBe(2);
  });
});
