import { hostname, networkInterfaces } from 'node:os';
import { listensOnLoopbackOnly } from '@sluice/auth';
import { ConfigError, readInteger } from './config-errors';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * CORS_ORIGINS: a comma-separated list of origins (`https://shop.example`), or `*` for any. By
 * default the dashboard's own origin on this machine (WEB_PORT, default 4000), and when the
 * gateways listen on `host` beyond the loopback, its origins by this machine's addresses too.
 */
export function readOrigins(env: Env, host: string): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) {
    const webPort =
      env.WEB_PORT?.trim().toLowerCase() === 'off'
        ? 4000
        : readInteger(env, 'WEB_PORT', 4000, { min: 0, max: 65535 });
    return webPort === 0 ? [] : dashboardOrigins(webPort, host);
  }
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    if (origin === '*') return origin;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(
        `CORS_ORIGINS holds "${origin}", which is not an origin like https://shop.example`,
      );
    }
    if (url.origin !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS holds "${origin}"; an origin is scheme, host and port only: ${url.origin}`,
      );
    }
    return origin;
  });
}

/** The origins a page served on this machine at that port has. */
export function localOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/**
 * The origins of the dashboard served on this machine at `port`: at localhost, and, when the
 * gateways listen on `host` beyond the loopback, by this machine's addresses and name too.
 */
export function dashboardOrigins(port: number, host: string): string[] {
  return listensOnLoopbackOnly(host) ? localOrigins(port) : [...localOrigins(port), ...networkOrigins(port)];
}

/**
 * The origins a page served on this machine at that port has when it is opened from the network:
 * by each of its addresses and by its host name. (Another name for it needs CORS_ORIGINS.)
 */
function networkOrigins(port: number): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal)
    .map((address) => (address!.family === 'IPv6' ? `[${address!.address}]` : address!.address));
  return [...addresses, hostname()].map((host) => `http://${host}:${port}`);
}
