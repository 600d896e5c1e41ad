import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from './config-errors';
import { capConnections } from './connection-caps';
import { requestIdHeader, requestIdOf } from './request-id';

export interface HttpServerOptions {
  /** Yoga's node handler (a yoga instance is one), or any request listener. */
  handler: (req: IncomingMessage, res: ServerResponse) => unknown;
  port: number;
  /** The variable that sets `port`, named when the port is taken. */
  portVariable?: string;
  /** @default '0.0.0.0' */
  host?: string;
  /** Largest request body accepted; larger ones get 413. @default 1048576 */
  maxBodyBytes?: number;
  /**
   * Open HTTP connections at once, not counting those upgraded to WebSockets (capped where they
   * are accepted); further ones are answered 503 (see connection-caps.ts). @default 1000
   */
  maxConnections?: number;
  /** Open connections from one address, WebSockets included; further ones are answered 503. @default 200 */
  maxConnectionsPerAddress?: number;
  /** Time to send the headers, then the whole request: a client that trickles gets 408. @default 10 s, 30 s */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Routes tried before the handler (/health, /readiness, /metrics): each answers or says false. */
  routes?: ReadonlyArray<(req: IncomingMessage, res: ServerResponse) => boolean>;
  /** Told of each connection refused because a cap is reached. */
  onRefused?: (reason: string) => void;
  /** How long `close` lets requests in flight finish before it cuts their connections. @default 5000 */
  drainMs?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: ReturnType<typeof createServer>;
  close(): Promise<void>;
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Node's HTTP server in front of a GraphQL handler, refusing oversized bodies before the
 * handler reads a byte. A body must declare its length (411 otherwise): Node's parser then
 * enforces the declared length, so the check cannot be bypassed by streaming more.
 */
export function checkRequestBody(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): boolean {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
  if (!hasBody) return true;
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return true;
    refuse(res, 411, 'LENGTH_REQUIRED', 'A request body must declare its Content-Length.');
    return false;
  }
  if (Number(declared) > maxBodyBytes) {
    refuse(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    req.resume();
    return false;
  }
  return true;
}

export function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(options.requestTimeoutMs ?? 30_000, headersTimeout);
  // Node checks those timeouts every connectionsCheckingInterval (30 s unless told).
  const checkEvery = Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 2)));
  let refused: (socket: IncomingMessage['socket']) => boolean = () => false;
  const server = createServer(
    { headersTimeout, requestTimeout, connectionsCheckingInterval: checkEvery },
    (req, res) => {
      // Already answered 503 when it connected; it is cut once its grace is over.
      if (refused(req.socket)) return;
      identify(req, res);
      if (options.routes?.some((route) => route(req, res))) return;
      if (checkRequestBody(req, res, maxBodyBytes)) void options.handler(req, res);
    },
  );
  refused = capConnections(server, {
    maxConnections: options.maxConnections ?? 1000,
    maxConnectionsPerAddress: options.maxConnectionsPerAddress ?? 200,
    onRefused: options.onRefused,
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `port ${options.port} is in use${options.portVariable ? `: set ${options.portVariable}` : ''}`,
            )
          : error,
      ),
    );
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.removeAllListeners('error');
      const { port } = server.address() as AddressInfo;
      const host = options.host && options.host !== '0.0.0.0' ? options.host : 'localhost';
      resolve({
        url: `http://${host}:${port}`,
        port,
        server,
        close: () =>
          new Promise<void>((done) => {
            // A kept-alive connection whose request finishes during the drain goes as soon as it is idle.
            const sweep = setInterval(() => server.closeIdleConnections(), 50);
            server.close(() => {
              clearInterval(sweep);
              done();
            });
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), options.drainMs ?? 5_000).unref();
          }),
      });
    });
  });
}

/**
 * Gives a request its id (see requestIdOf) before anything reads it: the handler finds it in
 * place of what the client sent, and every answer, a refusal here included, carries it back.
 */
function identify(req: IncomingMessage, res: ServerResponse): void {
  const requestId = requestIdOf((name) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  });
  req.headers[requestIdHeader] = requestId;
  res.setHeader(requestIdHeader, requestId);
}
