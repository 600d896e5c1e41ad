import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';

/**
 * One parameterised statement on the driver itself, prepared where the driver can. The hot
 * paths (append, stream reads, the projector's statements) use it: through drizzle's `execute`
 * postgres-js does not prepare, which costs ~40% of append throughput, and on PGlite drizzle
 * more than doubles each statement's time (both measured in bench/).
 */
export type RawQuery = (text: string, params: readonly unknown[]) => Promise<Array<Record<string, unknown>>>;

export function postgresRawQuery(client: postgres.Sql | postgres.TransactionSql): RawQuery {
  return async (text, params) =>
    client.unsafe<Array<Record<string, unknown>>>(text, params as postgres.ParameterOrJSON<never>[], {
      prepare: true,
    });
}

export function pgliteRawQuery(pglite: PGlite | Transaction): RawQuery {
  return async (text, params) => (await pglite.query<Record<string, unknown>>(text, [...params])).rows;
}
