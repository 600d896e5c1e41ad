import { join } from 'node:path';
import { openPgliteEventStore, openPostgresEventStore, type EventStore } from '@sluice/event-store';

/** Real PostgreSQL when a URL is given, else PGlite persisted in the data folder. */
export function openEventStore(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
}): Promise<EventStore> {
  return options.databaseUrl
    ? openPostgresEventStore({ url: options.databaseUrl, maxConnections: options.poolSize })
    : openPgliteEventStore({ dataDir: join(options.dataDir, 'pglite') });
}
