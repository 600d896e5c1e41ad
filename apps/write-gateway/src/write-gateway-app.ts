import {
  operationsRoutes,
  startHttpServer,
  type HealthEndpoints,
  type RunningHttpServer,
} from '@sluice/gateway';
import { createWriteYoga, writeGatewayEdge, type WriteYogaOptions } from './write-yoga';

export interface WriteGatewayOptions extends WriteYogaOptions {
  port: number;
  host?: string;
  maxBodyBytes?: number;
  maxConnections?: number;
  /** /health and /readiness; told to drain when the gateway stops. */
  health?: HealthEndpoints;
  /** See HttpServerOptions. */
  maxConnectionsPerAddress?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

export interface WriteGatewayApp {
  yoga: ReturnType<typeof createWriteYoga>;
  /** Listens; resolves with the base URL (port 0 picks a free port). */
  start(): Promise<string>;
  stop(): Promise<void>;
}

/** The write gateway, shared by the CLI and the tests. The store's lifetime is the caller's. */
export function createWriteGatewayApp(options: WriteGatewayOptions): WriteGatewayApp {
  const edge = writeGatewayEdge(options);
  const yoga = createWriteYoga(options, edge);
  let server: RunningHttpServer | undefined;
  return {
    yoga,
    async start() {
      server = await startHttpServer({
        ...options,
        handler: yoga,
        portVariable: 'WRITE_PORT',
        ...operationsRoutes({ health: options.health, metrics: options.metrics, callers: edge.callers }),
      });
      options.logger.info('write gateway listening', { url: `${server.url}/graphql` });
      return server.url;
    },
    async stop() {
      options.health?.drain();
      await server?.close();
      server = undefined;
    },
  };
}
