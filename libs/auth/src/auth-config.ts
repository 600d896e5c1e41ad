import { loadOrCreateDevSecret } from './dev-secret';

/**
 * How tokens are verified: a shared HS256 secret, the keys an identity provider publishes, or
 * the embedded default's secret, created once in the data folder. Only the last turns on the dev
 * conveniences (a token printer, GraphiQL signed in as operator, the dashboard's sign-in picker).
 */
export type TokenKeys =
  { kind: 'secret'; secret: Uint8Array } | { kind: 'jwks'; url: string } | { kind: 'dev'; dataDir: string };

export interface AuthConfig {
  keys: TokenKeys;
  /** Required `iss`, when set. */
  issuer: string | undefined;
  /** Required `aud`, when set. */
  audience: string | undefined;
  /** Where the roles are in the claims (dot-separated). @default 'roles' */
  rolesClaim: string;
}

/** The HS256 secret tokens are signed with, when this system holds one (not with a JWKS). */
export function signingSecret(keys: TokenKeys): Uint8Array | undefined {
  switch (keys.kind) {
    case 'secret':
      return keys.secret;
    case 'dev':
      return loadOrCreateDevSecret(keys.dataDir);
    case 'jwks':
      return undefined;
  }
}
