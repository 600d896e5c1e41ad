import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './projection';

/**
 * Writes many rows in one statement with one parameter: the rows as a JSON array that PostgreSQL
 * unpacks with jsonb_populate_recordset. Building a multi-row VALUES list instead costs a
 * parameter per cell (tens of thousands per batch) and most of a rebuild's CPU in drizzle.
 */
export async function bulkWrite<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
  onConflict?: { target: PgColumn; update: readonly PgColumn[] },
): Promise<void> {
  if (rows.length === 0) return;
  const { name, columns } = getTableConfig(table);
  const keys = Object.entries(table as unknown as Record<string, unknown>).filter(
    (entry): entry is [string, PgColumn] => columns.includes(entry[1] as PgColumn),
  );
  const json = JSON.stringify(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, column] of keys) {
        const value = (row as Record<string, unknown>)[key];
        record[column.name] = typeof value === 'bigint' ? value.toString() : value;
      }
      return record;
    }),
  );
  const columnList = sql.raw(keys.map(([, column]) => `"${column.name}"`).join(', '));
  const conflict: SQL = onConflict
    ? sql` on conflict (${sql.raw(`"${onConflict.target.name}"`)}) do update set ${sql.raw(
        onConflict.update.map((column) => `"${column.name}" = excluded."${column.name}"`).join(', '),
      )}`
    : sql``;
  await db.execute(
    sql`insert into ${sql.identifier(name)} (${columnList}) select ${columnList} from jsonb_populate_recordset(null::${sql.identifier(name)}, ${json}::jsonb)${conflict}`,
  );
}

/**
 * `column in (ids)` with the ids as one JSON parameter, for the thousands of ids a batch loads
 * (drizzle's inArray spends a parameter, and noticeable CPU, on each).
 */
export function inIds(column: PgColumn, ids: readonly string[]): SQL {
  return sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;
}
