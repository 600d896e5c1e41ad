import type { RawQuery } from '@sluice/event-store';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { allProjections } from '../all-projections';

/** Every read-model table's name, in the order of the projections that own them. */
export const readModelTables = allProjections.flatMap((projection) =>
  projection.tables.map((table) => getTableConfig(table).name),
);

const COLUMNS = `select column_name as name, data_type as type from information_schema.columns
  where table_schema = current_schema() and table_name = $1::text order by ordinal_position`;

/**
 * A digest of each read-model table's rows, whatever order they are stored in: equal digests, the
 * same rows. (Rows as text, sorted; md5 here only names content, it guards nothing.) With
 * `contentOnly`, positions and recorded times are left out: two logs of the same events, written
 * at other times or to another database, then digest alike.
 */
export async function readModelDigest(
  query: RawQuery,
  options: { contentOnly?: boolean } = {},
): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of readModelTables) {
    let row = 't';
    if (options.contentOnly) {
      const columns = (await query(COLUMNS, [table])).filter(
        (column) => !String(column.name).endsWith('position') && !String(column.type).startsWith('timestamp'),
      );
      row = `row(${columns.map((column) => `t."${String(column.name)}"`).join(', ')})`;
    }
    const [result] = await query(
      `select count(*)::int as rows, coalesce(md5(string_agg(${row}::text, '|' order by ${row}::text)), '') as md5 from "${table}" t`,
      [],
    );
    digest[table] = `${String(result?.rows)} rows ${String(result?.md5)}`;
  }
  return digest;
}
