import type { AuthConfig } from '@sluice/auth';
import { ConfigError, readString, readUrl } from './config-errors';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * AUTH_SECRET (a shared HS256 secret, at least 32 characters) or AUTH_JWKS_URL with AUTH_ISSUER
 * and AUTH_AUDIENCE (an identity provider), AUTH_ROLES_CLAIM. With neither, the embedded default
 * signs with a secret created once in the data folder and turns the dev conveniences on; real
 * mode (DATABASE_URL) refuses to start without keys, so no deployment runs open by accident.
 */
export function readAuthConfig(env: Env, options: { embedded: boolean; dataDir: string }): AuthConfig {
  const secret = env.AUTH_SECRET;
  const jwksUrl = readUrl(env, 'AUTH_JWKS_URL', ['https:', 'http:']);
  const issuer = env.AUTH_ISSUER || undefined;
  const audience = env.AUTH_AUDIENCE || undefined;
  const rolesClaim = readString(env, 'AUTH_ROLES_CLAIM', 'roles');
  if (!/^[A-Za-z0-9_:/.-]{1,200}$/.test(rolesClaim)) {
    throw new ConfigError(
      `AUTH_ROLES_CLAIM must be a claim name or a dot-separated path, got "${rolesClaim}"`,
    );
  }
  const common = { issuer, audience, rolesClaim };
  if (secret && jwksUrl) throw new ConfigError('Set AUTH_SECRET or AUTH_JWKS_URL, not both');
  if (jwksUrl) {
    if (!issuer || !audience) {
      throw new ConfigError(
        'AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE, so tokens meant for other apps are refused',
      );
    }
    return { ...common, keys: { kind: 'jwks', url: jwksUrl } };
  }
  if (secret) {
    if (secret.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters');
    return { ...common, keys: { kind: 'secret', secret: new TextEncoder().encode(secret) } };
  }
  if (!options.embedded) {
    throw new ConfigError(
      'DATABASE_URL is set, so set AUTH_SECRET (a shared HS256 secret) or AUTH_JWKS_URL (your identity provider) too',
    );
  }
  return { ...common, keys: { kind: 'dev', dataDir: options.dataDir } };
}
