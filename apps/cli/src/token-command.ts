import { defaultDevSub, isRole, roles, signingSecret, signToken } from '@sluice/auth';
import { ConfigError, readAuthConfig, readString } from '@sluice/gateway';

type Env = Readonly<Record<string, string | undefined>>;

const usage = `usage: sluice token <${roles.join('|')}> [sub] [--ttl <seconds>]`;

/**
 * `sluice token <role> [sub]`: a token signed with AUTH_SECRET, or on the embedded default with
 * the dev secret in the data folder (created if missing). With AUTH_JWKS_URL, tokens come from the
 * identity provider, so there is nothing to sign with.
 */
export async function tokenCommand(args: readonly string[], env: Env): Promise<string> {
  const ttlIndex = args.indexOf('--ttl');
  const ttlSeconds = ttlIndex >= 0 ? Number(args[ttlIndex + 1]) : undefined;
  const positional = ttlIndex >= 0 ? args.filter((_, i) => i !== ttlIndex && i !== ttlIndex + 1) : args;
  const [role, sub, ...rest] = positional;
  if (!isRole(role) || rest.length > 0) throw new ConfigError(usage);
  if (
    ttlSeconds !== undefined &&
    !(Number.isInteger(ttlSeconds) && ttlSeconds > 0 && ttlSeconds <= 31_536_000)
  ) {
    throw new ConfigError('--ttl must be a whole number of seconds from 1 to 31536000');
  }
  if (sub !== undefined && !/^[\w.@:-]{1,200}$/.test(sub)) {
    throw new ConfigError('sub must be 1-200 letters, digits or ._@:-');
  }
  const config = readAuthConfig(env, {
    embedded: !env.DATABASE_URL,
    dataDir: readString(env, 'SLUICE_DATA_DIR', '.data'),
  });
  const secret = signingSecret(config.keys);
  if (!secret) throw new ConfigError('AUTH_JWKS_URL is set: tokens come from your identity provider');
  return signToken(secret, {
    sub: sub ?? defaultDevSub(role),
    roles: [role],
    ttlSeconds,
    issuer: config.issuer,
    audience: config.audience,
  });
}
