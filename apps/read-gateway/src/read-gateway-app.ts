import {
  operationsRoutes,
  startHttpServer,
  type HealthEndpoints,
  type RunningHttpServer,
} from '@sluice/gateway';
import { createReadYoga, readGatewayEdge, type ReadYogaOptions } from './read-yoga';
import { attachGraphQLWebSocket, type GraphQLWebSocket } from './websocket/graphql-ws-server';
import type { WebSocketLimits } from './websocket/websocket-limits';

export interface ReadGatewayOptions extends ReadYogaOptions {
  port: number;
  /** @default '0.0.0.0' */
  host?: string;
  /** @default 1048576 */
  maxBodyBytes?: number;
  /** @default 1000 */
  maxConnections?: number;
  /** graphql-ws on the same path; see WebSocketLimits for the defaults. */
  websocket?: Partial<WebSocketLimits>;
  /** /health and /readiness; told to drain when the gateway stops. */
  health?: HealthEndpoints;
  /** See HttpServerOptions. */
  maxConnectionsPerAddress?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface ReadGatewayApp {
  yoga: ReturnType<typeof createReadYoga>;
  /** Open graphql-ws sockets. */
  webSocketConnections(): number;
  /** Listens; resolves with the base URL (port 0 picks a free port). */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The read gateway, shared by the process that composes the read side and the tests. The
 * database, store, progress and feed are the caller's: they outlive start/stop.
 */
export function createReadGatewayApp(options: ReadGatewayOptions): ReadGatewayApp {
  const edge = readGatewayEdge(options);
  const yoga = createReadYoga(options, edge);
  let server: RunningHttpServer | undefined;
  let websocket: GraphQLWebSocket | undefined;
  return {
    yoga,
    webSocketConnections: () => websocket?.connections() ?? 0,
    async start() {
      server = await startHttpServer({
        ...options,
        handler: yoga,
        portVariable: 'READ_PORT',
        ...operationsRoutes({ health: options.health, metrics: options.metrics, callers: edge.callers }),
      });
      websocket = attachGraphQLWebSocket(server.server, yoga, {
        onRefused: (reason) => options.metrics?.refusedConnection('websocket', reason),
        path: '/graphql',
        callers: edge.callers,
        allowedOrigins: options.corsOrigins ?? [],
        requests: edge.requests,
        limits: options.websocket,
      });
      options.logger.info('read gateway listening', { url: `${server.url}/graphql` });
      return server.url;
    },
    async stop() {
      options.health?.drain();
      await websocket?.close();
      websocket = undefined;
      await server?.close();
      server = undefined;
    },
  };
}
