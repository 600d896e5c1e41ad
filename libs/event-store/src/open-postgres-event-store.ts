import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { EventStore } from './event-store';
import { migrationsFolder } from './migrations-folder';
import { postgresRawQuery } from './raw-query';
import { createSqlEventStore } from './sql-event-store';

export interface PostgresEventStoreOptions {
  url: string;
  /** Pool size of this process. @default 10 */
  maxConnections?: number;
  /** Batches of appends written at once, each one transaction (group commit). @default 2 */
  appendsInFlight?: number;
}

/** Several gateways may start at once: migrations run under one advisory lock. */
export async function migratePostgres(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(hashtext('sluice:migrations'))`;
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** The event store on real PostgreSQL, migrated before it is returned. */
export async function openPostgresEventStore(options: PostgresEventStoreOptions): Promise<EventStore> {
  await migratePostgres(options.url);
  const client = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
  return createSqlEventStore({
    db: drizzle(client),
    query: postgresRawQuery(client),
    shared: true,
    appendsInFlight: options.appendsInFlight ?? 2,
    listen: async (channel, onNotify, onListen) => {
      const listening = await client.listen(channel, onNotify, onListen);
      return () => listening.unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  });
}
