import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { EventStore } from './event-store';
import { migrationsFolder } from './migrations-folder';
import { pgliteWithPreparedStatements } from './pglite-with-prepared-statements';
import { pgliteRawQuery } from './raw-query';
import { createSqlEventStore } from './sql-event-store';
import { newPglite } from './pglite-extensions';

export interface PgliteEventStoreOptions {
  /** Folder the database persists in; in memory when left out. */
  dataDir?: string;
  /** An already open PGlite to share (the caller closes it); overrides dataDir. */
  pglite?: PGlite;
}

/** The embedded default: real PostgreSQL compiled to WASM, in this process. */
export async function openPgliteEventStore(options: PgliteEventStoreOptions = {}): Promise<EventStore> {
  let pglite = options.pglite;
  const owned = pglite === undefined;
  if (!pglite) {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    pglite = newPglite(options.dataDir);
  }
  await pglite.waitReady;
  await migrate(drizzle(pglite), { migrationsFolder });
  const instance = pglite;
  return createSqlEventStore({
    db: drizzle(pgliteWithPreparedStatements(instance)),
    query: pgliteRawQuery(instance),
    pagesAsOneRow: true,
    async close() {
      if (owned) await instance.close();
    },
  });
}
