import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Db } from './projection';
import { pgliteSession, postgresSession, type SqlSession } from './sql-session';

const migrations = {
  migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  migrationsTable: '__drizzle_migrations_projections',
};

export interface OpenedProjections {
  /** Queries of the read models. */
  db: Db;
  /** The projector's statements and transactions. */
  session: SqlSession;
  /** The driver for LISTEN, on PostgreSQL only. */
  client: postgres.Sql | undefined;
  close(): Promise<void>;
}

/** The read models on the embedded PGlite the event store uses (the caller owns it). */
export async function openPgliteProjections(pglite: PGlite): Promise<OpenedProjections> {
  const db = drizzlePglite(pglite);
  await migratePglite(db, migrations);
  return { db, session: pgliteSession(pglite), client: undefined, close: () => Promise.resolve() };
}

/** The read models on PostgreSQL; several processes may start at once (advisory lock). */
export async function openPostgresProjections(url: string, maxConnections = 10): Promise<OpenedProjections> {
  const migrator = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrator`select pg_advisory_lock(hashtext('sluice:projection-migrations'))`;
    await migratePostgres(drizzlePostgres(migrator), migrations);
  } finally {
    await migrator.end({ timeout: 5 });
  }
  const client = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    // Everything written here is derived from the log, with the position it was applied to in
    // the same transaction: a crash may lose the last fraction of a second of commits, models and
    // checkpoints together, and the projector applies those events again. Not waiting for the
    // WAL flush takes ~0.4 ms off every projector commit (the event store keeps waiting for it).
    connection: { synchronous_commit: 'off' },
  });
  return {
    db: drizzlePostgres(client),
    session: postgresSession(client),
    client,
    close: () => client.end({ timeout: 5 }),
  };
}
