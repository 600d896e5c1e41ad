import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openPgliteEventStore, openPostgresEventStore, type EventStore } from '@sluice/event-store';
import { StartupError, type GatewayConfig, type Logger } from '@sluice/gateway';
import { InProcessBus, RabbitMqBus, rabbitMqNames, type EventBus } from '@sluice/messaging';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import { lockDataDir } from './data-dir-lock';
import { openEmbeddedPglite } from './embedded-pglite';

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
    const url = config.databaseUrl;
    const store = await reaching(url, () =>
      openPostgresEventStore({ url, maxConnections: config.databasePoolSize }),
    );
    const projections = parts.readModels
      ? await reaching(url, () => openPostgresProjections(url, config.databasePoolSize)).catch(
          async (error: unknown) => {
            await store.close();
            throw error;
          },
        )
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
  const { pglite } = await openEmbeddedPglite(folder);
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

/** Database errors that mean "not there" rather than a bug: said in one line, with what to check. */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name does not resolve',
  ETIMEDOUT: 'it does not answer',
  '28P01': 'the password is wrong',
  '28000': 'the user may not connect',
  '3D000': 'the database does not exist',
};

/** Runs `open`, turning a database out of reach into a StartupError that names where (no password). */
async function reaching<T>(url: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' ? UNREACHABLE[code] : undefined;
    if (!reason) throw error;
    throw new StartupError(`cannot open the database at ${where(url)}: ${reason} (check DATABASE_URL)`);
  }
}

function where(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname}:${port || '5432'}${pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
