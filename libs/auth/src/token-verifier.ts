import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError } from './auth-errors';
import { signingSecret, type AuthConfig } from './auth-config';
import { anonymous, type Caller } from './caller';
import { bearerToken } from './bearer';
import { rolesFromClaims } from './claims';
import { cachingVerifiedTokens } from './verified-token-cache';

/** Asymmetric algorithms an identity provider signs with; a JWKS never verifies an HS* token. */
const providerAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

export interface Authenticator {
  /**
   * The caller an `Authorization` value names: anonymous when there is none, otherwise the
   * token's verified subject and roles. Throws AuthenticationError for anything else.
   */
  authenticate(authorization: string | null | undefined): Promise<Caller>;
}

/**
 * Verifies bearer JWTs with jose: signature, `exp` and `nbf`, and `iss`/`aud` when configured. A
 * token already verified is answered from a bounded cache until it expires (clients send the same
 * token with every request); `verifyTokens` is the plain path that cache sits in front of.
 */
export function createAuthenticator(config: AuthConfig): Authenticator {
  return cachingVerifiedTokens(verifyTokens(config));
}

/** Every token verified afresh: the plain path. `now` is the clock `exp` and `nbf` are read by. */
export function verifyTokens(config: AuthConfig, now: () => number = Date.now): Authenticator {
  const secret = signingSecret(config.keys);
  // Imported once: jose would import a raw secret again on every verification.
  const key: Promise<CryptoKey> | JWTVerifyGetKey = secret
    ? crypto.subtle.importKey('raw', secret.slice(), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    : createRemoteJWKSet(new URL(config.keys.kind === 'jwks' ? config.keys.url : ''));
  const options = {
    algorithms: secret ? ['HS256'] : providerAlgorithms,
    requiredClaims: ['sub', 'exp'],
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };
  return {
    async authenticate(authorization) {
      const token = bearerToken(authorization);
      if (token === undefined) return anonymous;
      try {
        // jose's overloads differ for a key and a key getter; both take the same options.
        const at = { ...options, currentDate: new Date(now()) };
        const { payload } =
          key instanceof Promise ? await jwtVerify(token, await key, at) : await jwtVerify(token, key, at);
        // Every caller is someone: rows are kept per `sub` (a customer's orders, say).
        if (typeof payload.sub !== 'string' || payload.sub.trim() === '')
          throw new AuthenticationError('The token was refused: its "sub" claim is empty.');
        return {
          sub: payload.sub,
          roles: rolesFromClaims(payload, config.rolesClaim),
          expiresAt: (payload.exp ?? 0) * 1000,
        };
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        throw new AuthenticationError(describe(error));
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token was refused: ${error.message}.`;
  if (error instanceof errors.JOSEError) return 'The token is not valid.';
  return 'The token could not be verified.';
}
