import type { Tracer } from '@opentelemetry/api';
import type { EventStore } from '@sluice/event-store';
import { GatewayMetrics, HealthEndpoints, type Logger } from '@sluice/gateway';
import { Relay, runAsLeader, type EventBus } from '@sluice/messaging';
import type { WriteGatewayConfig } from './config';
import { createWriteGatewayApp } from './write-gateway-app';

export interface RunningWriteSide {
  url: string;
  stop(): Promise<void>;
}

/**
 * The write gateway and the relay that carries its log to the bus. On PostgreSQL several write
 * gateways may run: one relay at a time leads (an advisory lock), another takes over when it dies.
 */
export async function startWriteSide(options: {
  config: Omit<WriteGatewayConfig, 'amqpUrl' | 'dataDir' | 'databasePoolSize'>;
  store: EventStore;
  bus: EventBus;
  logger: Logger;
  /** Traces requests, commands and the relay's publishing; none when tracing is off. */
  tracer?: Tracer;
}): Promise<RunningWriteSide> {
  const { config, store, bus, logger, tracer } = options;
  const onError = (error: unknown) => logger.warn('relay', { error: String(error) });
  // The relay this process leads, if it leads one: its lag is measured here.
  let leading: Relay | undefined;
  const startRelay = async () => {
    const relay = new Relay({ store, bus, onError, tracer });
    await relay.start();
    leading = relay;
    logger.info('relay started', { from: String(relay.position()) });
    return async () => {
      leading = undefined;
      await relay.stop();
    };
  };
  const leadership = config.databaseUrl
    ? runAsLeader({ url: config.databaseUrl, lockName: 'sluice:relay', lead: startRelay, onError })
    : undefined;
  const stopRelay = leadership ? undefined : await startRelay();
  const health = new HealthEndpoints(
    [
      {
        name: 'database',
        check: async () => {
          await store.head();
          return { ok: true };
        },
      },
      // Commands are taken without it: the relay publishes what they appended once it is back.
      { name: 'broker', check: () => Promise.resolve({ ok: bus.connected() }), required: false },
    ],
    logger,
  );
  const metrics = new GatewayMetrics('write', logger);
  metrics.gauge('sluice_log_head', 'The position of the newest event in the log', [], async () => [
    { value: Number(await store.head()) },
  ]);
  metrics.gauge(
    'sluice_relay_lag_events',
    'Events in the log the relay has not published yet (from the process that leads it)',
    [],
    async () => {
      const relay = leading;
      return relay ? [{ value: Number((await store.head()) - relay.position()) }] : [];
    },
  );
  const app = createWriteGatewayApp({
    ...config,
    store,
    logger,
    health,
    metrics,
    tracer,
  });
  const url = await app.start();
  return {
    url,
    async stop() {
      await app.stop();
      await (leadership ? leadership.stop() : stopRelay?.());
    },
  };
}
