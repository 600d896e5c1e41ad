import type { PGlite } from '@electric-sql/pglite';
import {
  newPglite,
  openPgliteEventStore,
  openPostgresEventStore,
  type EventStore,
} from '@sluice/event-store';
import { createTemporaryDatabase, postgresAvailability } from './postgres-for-tests';

export interface OpenedStore {
  store: EventStore;
  /** The temporary database's URL on PostgreSQL; undefined on PGlite. */
  databaseUrl: string | undefined;
  /** The in-memory database on PGlite, for read models beside the log; undefined on PostgreSQL. */
  pglite: PGlite | undefined;
  cleanup(): Promise<void>;
}

/** A backend a suite runs on: `skip` is the one-line reason when its service is missing. */
export interface StoreBackend {
  name: string;
  skip: string | false;
  open(): Promise<OpenedStore>;
}

/** PGlite in memory, and real PostgreSQL in a database of the suite's own. */
export async function eventStoreBackends(): Promise<StoreBackend[]> {
  const pg = await postgresAvailability();
  return [
    {
      name: 'PGlite',
      skip: false,
      async open() {
        const pglite = newPglite();
        const store = await openPgliteEventStore({ pglite });
        return {
          store,
          databaseUrl: undefined,
          pglite,
          async cleanup() {
            await store.close();
            await pglite.close();
          },
        };
      },
    },
    {
      name: 'PostgreSQL',
      skip: pg.available ? false : pg.reason,
      async open() {
        const database = await createTemporaryDatabase();
        const store = await openPostgresEventStore({ url: database.url, maxConnections: 10 });
        return {
          store,
          databaseUrl: database.url,
          pglite: undefined,
          async cleanup() {
            await store.close();
            await database.drop();
          },
        };
      },
    },
  ];
}
