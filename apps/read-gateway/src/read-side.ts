import type { EventStore } from '@sluice/event-store';
import type { Logger } from '@sluice/gateway';
import type { EventBus } from '@sluice/messaging';
import type { OpenedProjections } from '@sluice/projections';
import type { ReadGatewayConfig } from './config';
import { createReadGatewayApp } from './read-gateway-app';
import { startReadSideRuntime, type ReadSideRuntime } from './runtime/read-side-runtime';

export interface RunningReadSide {
  url: string;
  runtime: ReadSideRuntime;
  /** Open graphql-ws sockets. */
  webSocketConnections(): number;
  stop(): Promise<void>;
}

/** The read gateway and the runtime that keeps it current; the store, models and bus are the caller's. */
export async function startReadSide(options: {
  config: Omit<ReadGatewayConfig, 'databaseUrl' | 'amqpUrl' | 'dataDir' | 'databasePoolSize'>;
  store: EventStore;
  projections: OpenedProjections;
  bus: EventBus;
  logger: Logger;
}): Promise<RunningReadSide> {
  const { config, store, projections, bus, logger } = options;
  const runtime = await startReadSideRuntime({
    store,
    projections,
    bus,
    logger,
    maxQueuedPerSubscriber: config.subscriptionQueueLimit,
  });
  const app = createReadGatewayApp({
    ...config,
    db: projections.db,
    store,
    progress: runtime.progress,
    feed: runtime.feed,
    logger,
  });
  const url = await app.start();
  return {
    url,
    runtime,
    webSocketConnections: () => app.webSocketConnections(),
    async stop() {
      await app.stop();
      await runtime.stop();
    },
  };
}
