import { fileURLToPath } from 'node:url';
import { ConfigError, readPort, readString } from '@sluice/gateway';
import type { WebAppConfig } from './serve-web-app';

const builtWebApp = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * WEB_PORT (default 4000; 0 picks a free port; `off` serves no dashboard, e.g. for benchmarks or
 * when it is served elsewhere), WEB_DIST (default apps/web/dist), HOST (127.0.0.1 on the embedded
 * default, 0.0.0.0 with DATABASE_URL), and WEB_WRITE_URL with WEB_READ_URL (where the page finds
 * the gateways behind a reverse proxy, e.g. /write/graphql and /read/graphql; by default at
 * WRITE_PORT and READ_PORT on the page's own host).
 */
export function readWebAppConfig(env: NodeJS.ProcessEnv): WebAppConfig | undefined {
  if (env.WEB_PORT?.trim().toLowerCase() === 'off') return undefined;
  return {
    port: readPort(env, 'WEB_PORT', 4000),
    host: readString(env, 'HOST', env.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    distDir: readString(env, 'WEB_DIST', builtWebApp),
    ...readGatewayUrls(env),
  };
}

function readGatewayUrls(env: NodeJS.ProcessEnv): Pick<WebAppConfig, 'gatewayUrls'> {
  const write = readGatewayUrl(env, 'WEB_WRITE_URL');
  const read = readGatewayUrl(env, 'WEB_READ_URL');
  if (!write && !read) return {};
  if (!write || !read) throw new ConfigError('Set WEB_WRITE_URL and WEB_READ_URL together, or neither');
  return { gatewayUrls: { write, read } };
}

/** A path on the page's origin (`/write/graphql`) or an absolute http(s) URL. */
function readGatewayUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (raw.startsWith('/') && !raw.startsWith('//')) return raw;
  if (URL.canParse(raw) && ['http:', 'https:'].includes(new URL(raw).protocol)) return raw;
  throw new ConfigError(`${name} must be a path like /write/graphql or an http(s) URL, got "${raw}"`);
}
