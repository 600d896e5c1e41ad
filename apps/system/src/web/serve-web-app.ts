import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpServer, type RunningHttpServer } from '@sluice/gateway';
import sirv from 'sirv';

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
 * Serves the built dashboard and the /config.json that tells it where the gateways are.
 * sirv handles content types, caching headers and path safety for the static files.
 */
export async function serveWebApp(config: WebAppConfig, gateways: GatewayPorts): Promise<RunningHttpServer> {
  if (!existsSync(join(config.distDir, 'index.html'))) {
    throw new Error(`The web app is not built in ${config.distDir}: run \`npm run build -w @sluice/web\``);
  }
  const files = sirv(config.distDir, { single: true, etag: true });
  return startHttpServer({
    port: config.port,
    host: config.host,
    handler(req, res) {
      if (req.url?.split('?')[0] !== '/config.json') return files(req, res);
      const host = pageHost(req.headers.host);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({
          writeUrl: `http://${host}:${gateways.writePort}/graphql`,
          readUrl: `http://${host}:${gateways.readPort}/graphql`,
          readWsUrl: `ws://${host}:${gateways.readPort}/graphql`,
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
