import { fileURLToPath } from 'node:url';
import { readPort, readString } from '@sluice/gateway';
import type { WebAppConfig } from './serve-web-app';

const builtWebApp = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * WEB_PORT (default 4000; 0 picks a free port; `off` serves no dashboard, e.g. for benchmarks or
 * when it is served elsewhere), WEB_DIST (default apps/web/dist), HOST (127.0.0.1 on the embedded
 * default, 0.0.0.0 with DATABASE_URL).
 */
export function readWebAppConfig(env: NodeJS.ProcessEnv): WebAppConfig | undefined {
  if (env.WEB_PORT?.trim().toLowerCase() === 'off') return undefined;
  return {
    port: readPort(env, 'WEB_PORT', 4000),
    host: readString(env, 'HOST', env.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    distDir: readString(env, 'WEB_DIST', builtWebApp),
  };
}
