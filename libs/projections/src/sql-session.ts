import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { pgliteRawQuery, postgresRawQuery, type RawQuery } from '@sluice/event-store';
import type postgres from 'postgres';

/**
 * Runs `work` inside a transaction as a savepoint: if it throws, what it did is undone alone and
 * the error rethrown, and the transaction goes on. (postgres-js fails a whole transaction at any
 * failed statement of its own, so a savepoint must be its, not a statement of ours.)
 */
export type Alone = <T>(work: (query: RawQuery) => Promise<T>) => Promise<T>;

/**
 * The read models' database as the projector uses it: statements on the driver itself, and
 * transactions of them. The projector's statements are on every event's way to subscribers, so
 * they skip the query builder (see RawQuery); queries off that path use drizzle.
 */
export interface SqlSession {
  query: RawQuery;
  /** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: RawQuery, alone: Alone) => Promise<T>): Promise<T>;
  /**
   * Writes rows into `table` (quoted, qualified) with COPY: `data` is COPY's binary format, in
   * pieces, for `columns` (quoted) in order. Outside any transaction: for tables nobody else
   * reads yet.
   */
  copyIn(table: string, columns: string, data: Iterable<Uint8Array<ArrayBuffer>>): Promise<void>;
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    query: pgliteRawQuery(pglite),
    transaction: (work) =>
      pglite.transaction((tx) => {
        const query = pgliteRawQuery(pglite, tx);
        let savepoints = 0;
        const alone: Alone = async (inner) => {
          const name = `alone_${++savepoints}`;
          await tx.query(`savepoint ${name}`);
          try {
            const result = await inner(query);
            await tx.query(`release savepoint ${name}`);
            return result;
          } catch (error) {
            await tx.query(`rollback to savepoint ${name}`);
            throw error;
          }
        };
        return work(query, alone);
      }),
    async copyIn(table, columns, data) {
      await pglite.query(`copy ${table} (${columns}) from '/dev/blob' with (format binary)`, [], {
        blob: new Blob([...data]),
      });
    },
  };
}

/**
 * `session` with `searchPath` in force for each of its statements and transactions, and for
 * nothing else on the connection (e.g. PGlite's one connection, shared with the live models).
 */
export function sessionWithSearchPath(session: SqlSession, searchPath: string): SqlSession {
  const scoped = async (query: RawQuery) => {
    await query(`select set_config('search_path', $1::text, true)`, [searchPath]);
    return query;
  };
  return {
    query: (text, params) => session.transaction(async (query) => (await scoped(query))(text, params)),
    transaction: (work) => session.transaction(async (query, alone) => work(await scoped(query), alone)),
    copyIn: (table, columns, data) => session.copyIn(table, columns, data),
  };
}

export function postgresSession(client: postgres.Sql): SqlSession {
  return {
    query: postgresRawQuery(client),
    // postgres-js types the callback's result as a possibly-array-unwrapped value; it is ours as is.
    transaction: async <T>(work: (query: RawQuery, alone: Alone) => Promise<T>) =>
      (await client.begin((tx) => {
        const alone: Alone = async <R>(inner: (query: RawQuery) => Promise<R>) =>
          (await tx.savepoint((sp) => inner(postgresRawQuery(sp)))) as R;
        return work(postgresRawQuery(tx), alone);
      })) as T,
    async copyIn(table, columns, data) {
      const sink = await client
        .unsafe(`copy ${table} (${columns}) from stdin with (format binary)`)
        .writable();
      for (const piece of data) if (!sink.write(piece)) await once(sink, 'drain');
      sink.end();
      await finished(sink);
    },
  };
}
