import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Db } from './projection';

/**
 * Runs `read` with its statements planned for the values they are given. On PGlite every statement
 * is prepared once and run again (PgliteStatements), and after a few runs PostgreSQL may plan it
 * for any value (a generic plan) where that looks no dearer. For most statements that is right;
 * for one whose best plan depends on its values, such as a search whose pattern decides whether
 * an index can serve it, it is not. On PostgreSQL drizzle's statements are unnamed, planned at
 * every run, so there is nothing to do.
 */
export function plannedForItsValues<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (!((db as { $client?: unknown }).$client instanceof PGlite)) return read(db);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    return read(tx);
  });
}
