import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';

/**
 * One parameterised statement on the driver itself, prepared where the driver can. The hot
 * paths (append, stream reads) use it: through drizzle's `execute` postgres-js does not prepare,
 * which costs ~40% of append throughput (measured in bench/).
 */
export type RawQuery = (text: string, params: readonly unknown[]) => Promise<Array<Record<string, unknown>>>;

export function postgresRawQuery(client: postgres.Sql): RawQuery {
  return async (text, params) =>
    client.unsafe<Array<Record<string, unknown>>>(text, params as postgres.ParameterOrJSON<never>[], {
      prepare: true,
    });
}

export function pgliteRawQuery(pglite: PGlite): RawQuery {
  return async (text, params) => (await pglite.query<Record<string, unknown>>(text, [...params])).rows;
}
