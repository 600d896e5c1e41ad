import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPgliteEventStore, openPostgresEventStore, type EventStore } from '@sluice/event-store';
import type { GatewayConfig, Logger } from '@sluice/gateway';
import { InProcessBus, RabbitMqBus, rabbitMqNames, type EventBus } from '@sluice/messaging';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import { lockDataDir } from './data-dir-lock';

export interface Infrastructure {
  store: EventStore;
  projections: OpenedProjections;
  bus: EventBus;
  /** What the system runs on, for the start-up log line. */
  description: string;
  close(): Promise<void>;
}

/** What a process with no read side opens: the log and the bus, not the read models. */
export type WriteInfrastructure = Omit<Infrastructure, 'projections'>;

export type InfrastructureConfig = Pick<
  GatewayConfig,
  'databaseUrl' | 'amqpUrl' | 'amqpPrefix' | 'amqpQueueType' | 'dataDir' | 'databasePoolSize'
>;

/**
 * What every entry point runs on (the system, each gateway as a process, the CLI, the bench):
 * real PostgreSQL (and RabbitMQ when AMQP_URL is set) or, with neither, the embedded default: one
 * PGlite persisted in the data folder holding the log and the read models, and an in-process bus.
 * `{ readModels: false }` leaves the read models closed, for a process with no read side.
 */
export async function openInfrastructure(
  config: InfrastructureConfig,
  logger: Logger,
): Promise<Infrastructure>;
export async function openInfrastructure(
  config: InfrastructureConfig,
  logger: Logger,
  parts: { readModels: false },
): Promise<WriteInfrastructure>;
export async function openInfrastructure(
  config: InfrastructureConfig,
  logger: Logger,
  parts: { readModels: boolean } = { readModels: true },
): Promise<WriteInfrastructure & { projections?: OpenedProjections }> {
  if (config.databaseUrl) {
    const store = await openPostgresEventStore({
      url: config.databaseUrl,
      maxConnections: config.databasePoolSize,
    });
    const projections = parts.readModels
      ? await openPostgresProjections(config.databaseUrl, config.databasePoolSize)
      : undefined;
    const bus: EventBus = config.amqpUrl
      ? new RabbitMqBus({
          url: config.amqpUrl,
          names: rabbitMqNames(config.amqpPrefix),
          queueType: config.amqpQueueType,
          onError: (error) => logger.warn('rabbitmq', { error: String(error) }),
        })
      : new InProcessBus({ onError: (error) => logger.warn('projection retry', { error: String(error) }) });
    return {
      store,
      projections,
      bus,
      description: config.amqpUrl ? 'PostgreSQL + RabbitMQ' : 'PostgreSQL + in-process bus',
      async close() {
        await bus.close();
        await projections?.close();
        await store.close();
      },
    };
  }
  const folder = join(config.dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const unlock = lockDataDir(config.dataDir);
  const pglite = new PGlite(folder);
  const store = await openPgliteEventStore({ pglite });
  const projections = parts.readModels ? await openPgliteProjections(pglite) : undefined;
  const bus = new InProcessBus({
    onError: (error) => logger.warn('projection retry', { error: String(error) }),
  });
  return {
    store,
    projections,
    bus,
    description: `embedded PGlite in ${folder} + in-process bus`,
    async close() {
      await bus.close();
      await store.close();
      await pglite.close();
      unlock();
    },
  };
}
