import type { Tracer } from '@opentelemetry/api';
import type { EventStore } from '@sluice/event-store';
import { GatewayMetrics, HealthEndpoints, type Logger } from '@sluice/gateway';
import type { EventBus } from '@sluice/messaging';
import type { OpenedProjections } from '@sluice/projections';
import type { ReadGatewayConfig } from './config';
import { createReadGatewayApp } from './read-gateway-app';
import { registerReadSideMetrics } from './read-side-metrics';
import { readSideChecks } from './readiness-checks';
import { openReadSideRuntime, type ReadSideRuntime } from './runtime/read-side-runtime';

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
  /** Traces deliveries, the projections' batches and the pushes; none when tracing is off. */
  tracer?: Tracer;
}): Promise<RunningReadSide> {
  const { config, store, projections, bus, logger, tracer } = options;
  const runtime = await openReadSideRuntime({
    store,
    projections,
    bus,
    logger,
    tracer,
    maxQueuedPerSubscriber: config.subscriptionQueueLimit,
    eventReplays: config.eventReplays,
  });
  const health = new HealthEndpoints(
    readSideChecks({ projections, store, bus, runtime, maxLag: config.readinessMaxLag }),
    logger,
  );
  const metrics = new GatewayMetrics('read', logger);
  const app = createReadGatewayApp({
    ...config,
    db: projections.queryDb,
    liveDb: projections.db,
    store,
    progress: runtime.progress,
    readModelsVersion: runtime.version,
    feed: runtime.feed,
    deadLetters: runtime.deadLetters,
    logger,
    health,
    metrics,
  });
  registerReadSideMetrics(metrics, {
    store,
    projections,
    runtime,
    webSocketConnections: () => app.webSocketConnections(),
  });
  // It listens at once: while it catches up, /readiness says so, with how far it is.
  let url: string;
  try {
    url = await app.start();
    const started = performance.now();
    await runtime.catchUpAndFollow();
    logger.info('read side caught up', {
      position: String(runtime.progress.applied()),
      seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  } catch (error) {
    await app.stop();
    await runtime.stop();
    throw error;
  }
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
