import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DevTokens } from '@sluice/auth';
import { startHttpServer, StartupError, type RunningHttpServer } from '@sluice/gateway';
import sirv from 'sirv';
import { answerDevToken } from './dev-token-endpoint';

export interface WebAppConfig {
  /** @default 4000 */
  port: number;
  host: string;
  /** The built web app (apps/web/dist). */
  distDir: string;
}

/** The gateways' ports; the page reaches them on whatever host name it was itself opened with. */
export interface GatewayPorts {
  writePort: number;
  readPort: number;
}

/**
 * Serves the built dashboard and the /config.json that tells it where the gateways are and how to
 * sign in: the dev picker (POST /dev-token) on the embedded default, a pasted token otherwise.
 * sirv handles content types, caching headers and path safety for the static files. The ports
 * may be learnt after it listens, as the gateways need its origin first.
 */
export async function serveWebApp(
  config: WebAppConfig,
  gateways: () => GatewayPorts,
  dev?: DevTokens,
): Promise<RunningHttpServer> {
  if (!existsSync(join(config.distDir, 'index.html'))) {
    throw new StartupError(
      `the dashboard is not built in ${config.distDir}: run \`npm run build -w @sluice/web\`, or set WEB_PORT=off`,
    );
  }
  const files = sirv(config.distDir, { single: true, etag: true });
  return startHttpServer({
    port: config.port,
    portVariable: 'WEB_PORT',
    host: config.host,
    handler(req, res) {
      const path = req.url?.split('?')[0];
      if (path === '/dev-token' && dev) return answerDevToken(req, res, dev);
      if (path !== '/config.json') return files(req, res);
      const host = pageHost(req.headers.host);
      const { writePort, readPort } = gateways();
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({
          writeUrl: `http://${host}:${writePort}/graphql`,
          readUrl: `http://${host}:${readPort}/graphql`,
          readWsUrl: `ws://${host}:${readPort}/graphql`,
          signIn: dev ? 'dev' : 'token',
        }),
      );
    },
  });
}

/** The host name the page was opened with; a Host header that is no host at all falls back. */
function pageHost(header: string | undefined): string {
  try {
    return new URL(`http://${header ?? 'localhost'}`).hostname;
  } catch {
    return 'localhost';
  }
}
