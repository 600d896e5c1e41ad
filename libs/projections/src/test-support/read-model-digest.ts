import type { RawQuery } from '@sluice/event-store';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { allProjections } from '../all-projections';

/** Every read-model table's name, in the order of the projections that own them. */
export const readModelTables = allProjections.flatMap((projection) =>
  projection.tables.map((table) => getTableConfig(table).name),
);

/**
 * A digest of each read-model table's rows, whatever order they are stored in: equal digests, the
 * same rows. (Rows as text, sorted; md5 here only names content, it guards nothing.)
 */
export async function readModelDigest(query: RawQuery): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of readModelTables) {
    const [row] = await query(
      `select count(*)::int as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as md5 from "${table}" t`,
      [],
    );
    digest[table] = `${String(row?.rows)} rows ${String(row?.md5)}`;
  }
  return digest;
}
