import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';
import { pgliteStatements } from './pglite-statements';

/**
 * One parameterised statement on the driver itself, prepared: by postgres-js on PostgreSQL, by
 * PgliteStatements on PGlite. The hot paths (append, stream reads, the projector's statements)
 * use it: through drizzle's `execute` postgres-js does not prepare, which costs ~40% of append
 * throughput, and on PGlite drizzle more than doubles each statement's time (both measured in
 * bench/).
 */
export type RawQuery = (text: string, params: readonly unknown[]) => Promise<Array<Record<string, unknown>>>;

export function postgresRawQuery(client: postgres.Sql | postgres.TransactionSql): RawQuery {
  return async (text, params) =>
    client.unsafe<Array<Record<string, unknown>>>(text, params as postgres.ParameterOrJSON<never>[], {
      prepare: true,
    });
}

/** Statements on `pglite`, prepared (see PgliteStatements); those of `tx` when given. */
export function pgliteRawQuery(pglite: PGlite, tx?: Transaction): RawQuery {
  const statements = pgliteStatements(pglite);
  return tx ? statements.inTransaction(tx) : statements.query;
}
