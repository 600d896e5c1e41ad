import type { PGlite } from '@electric-sql/pglite';
import { pgliteRawQuery, postgresRawQuery, type RawQuery } from '@sluice/event-store';
import type postgres from 'postgres';

/**
 * The read models' database as the projector uses it: statements on the driver itself, and
 * transactions of them. The projector's statements are on every event's way to subscribers, so
 * they skip the query builder (see RawQuery); queries off that path use drizzle.
 */
export interface SqlSession {
  query: RawQuery;
  /** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: RawQuery) => Promise<T>): Promise<T>;
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    query: pgliteRawQuery(pglite),
    transaction: (work) => pglite.transaction((tx) => work(pgliteRawQuery(tx))),
  };
}

export function postgresSession(client: postgres.Sql): SqlSession {
  return {
    query: postgresRawQuery(client),
    // postgres-js types the callback's result as a possibly-array-unwrapped value; it is ours as is.
    transaction: async <T>(work: (query: RawQuery) => Promise<T>) =>
      (await client.begin((tx) => work(postgresRawQuery(tx)))) as T,
  };
}
