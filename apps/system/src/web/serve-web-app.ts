import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
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
  /**
   * Where the page reaches the gateways when they are not at their ports on the page's host, as
   * behind a reverse proxy: absolute URLs, or paths on the page's own origin (`/write/graphql`).
   */
  gatewayUrls?: { write: string; read: string };
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
      const urls = config.gatewayUrls
        ? urlsOnOrigin(config.gatewayUrls, pageOrigin(req))
        : urlsAtPorts(pageHost(req.headers.host), gateways());
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ ...urls, signIn: dev ? 'dev' : 'token' }));
    },
  });
}

interface PageGatewayUrls {
  writeUrl: string;
  readUrl: string;
  readWsUrl: string;
}

function urlsAtPorts(host: string, { writePort, readPort }: GatewayPorts): PageGatewayUrls {
  return {
    writeUrl: `http://${host}:${writePort}/graphql`,
    readUrl: `http://${host}:${readPort}/graphql`,
    readWsUrl: `ws://${host}:${readPort}/graphql`,
  };
}

function urlsOnOrigin(urls: { write: string; read: string }, origin: string): PageGatewayUrls {
  const readUrl = new URL(urls.read, origin);
  const readWsUrl = new URL(readUrl);
  readWsUrl.protocol = readUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  return { writeUrl: new URL(urls.write, origin).href, readUrl: readUrl.href, readWsUrl: readWsUrl.href };
}

/**
 * The origin the page was opened on: its Host, and https when the proxy in front says so
 * (X-Forwarded-Proto). A client that lies about either only misleads its own page.
 */
function pageOrigin(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const scheme = proto === 'https' ? 'https' : 'http';
  try {
    return new URL(`${scheme}://${req.headers.host ?? 'localhost'}`).origin;
  } catch {
    return `${scheme}://localhost`;
  }
}

/** The host name the page was opened with; a Host header that is no host at all falls back. */
function pageHost(header: string | undefined): string {
  try {
    return new URL(`http://${header ?? 'localhost'}`).hostname;
  } catch {
    return 'localhost';
  }
}
