import type { PGlite } from '@electric-sql/pglite';
import { pgliteRawQuery, postgresRawQuery, type RawQuery } from '@sluice/event-store';
import type postgres from 'postgres';

/** One parameterised statement. */
export type Statement = readonly [text: string, params: readonly unknown[]];

/**
 * The read models' database as the projector uses it: statements on the driver itself, and
 * transactions of them. The projector's statements are on every event's way to subscribers, so
 * they skip the query builder (see RawQuery); queries off that path use drizzle.
 */
export interface SqlSession {
  query: RawQuery;
  /** Runs `work` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: RawQuery) => Promise<T>): Promise<T>;
  /**
   * Runs `statements` in one transaction, sent all at once where the driver can (PostgreSQL
   * pipelines begin, them and commit: one round trip). Rejects with the first statement's error,
   * and then nothing was committed.
   */
  transactionOf(statements: readonly Statement[]): Promise<void>;
}

export function pgliteSession(pglite: PGlite): SqlSession {
  return {
    query: pgliteRawQuery(pglite),
    transaction: (work) => pglite.transaction((tx) => work(pgliteRawQuery(tx))),
    async transactionOf(statements) {
      await pglite.transaction(async (tx) => {
        for (const [text, params] of statements) await tx.query(text, [...params]);
      });
    },
  };
}

export function postgresSession(client: postgres.Sql): SqlSession {
  return {
    query: postgresRawQuery(client),
    // postgres-js types the callback's result as a possibly-array-unwrapped value; it is ours as is.
    transaction: async <T>(work: (query: RawQuery) => Promise<T>) =>
      (await client.begin((tx) => work(postgresRawQuery(tx)))) as T,
    async transactionOf(statements) {
      const connection = await client.reserve();
      try {
        const query = postgresRawQuery(connection);
        // After a failed statement the server runs the rest in an aborted transaction: each of
        // them fails too, and the commit rolls back. The first failure is the one to report.
        const settled = await Promise.allSettled([
          query('begin', []),
          ...statements.map(([text, params]) => query(text, params)),
          query('commit', []),
        ]);
        const failed = settled.find((outcome) => outcome.status === 'rejected');
        if (failed) throw failed.reason;
      } finally {
        connection.release();
      }
    },
  };
}
