import type { RawQuery } from '@sluice/event-store';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { binaryCopyEncoder } from './copy-binary';
import { registerInStepStatement } from './in-step-function';
import type { CacheWork } from './row-cache';

/**
 * Columns the two drivers return in different shapes (int8 as string or number, timestamps as
 * Date or text): selected as text, then decoded by the column as drizzle would.
 */
const SELECTED_AS_TEXT = new Set([
  'PgBigInt53',
  'PgBigInt64',
  'PgNumericBigInt',
  'PgTimestamp',
  'PgTimestampString',
]);

/**
 * A table's hot statements, written once from its drizzle definition and run on the driver
 * itself, with the rows typed and decoded as drizzle's own select would give them.
 *
 * Ids and rows travel as one JSON parameter each, whatever their number: a list of parameters
 * costs one per id or cell (tens of thousands in a rebuild's batch) and most of its CPU.
 *
 * Given a cache, a table with a one-column primary key is read from it by that key where it can,
 * and what is read or written is staged in it. The rows are staged as written: the projections
 * write whole rows, each derived from the row they loaded.
 */
export function tableStatements<T extends PgTable>(table: T) {
  type Row = T['$inferSelect'];
  const { name, columns, primaryKeys } = getTableConfig(table);
  const keyed = Object.entries(table as unknown as Record<string, unknown>).filter(
    (entry): entry is [string, PgColumn] => columns.includes(entry[1] as PgColumn),
  );
  const quoted = (identifier: string) => `"${identifier}"`;
  const tableName = quoted(name);
  const columnList = keyed.map(([, column]) => quoted(column.name)).join(', ');
  const selectList = keyed
    .map(([key, column]) => {
      // Timestamps kept as text are read back as the projections write them (toISOString):
      // a row loaded and a row cached must be the same row.
      if (column.columnType === 'PgTimestampString')
        return `to_char(${quoted(column.name)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${quoted(key)}`;
      return SELECTED_AS_TEXT.has(column.columnType)
        ? `${quoted(column.name)}::text as ${quoted(key)}`
        : `${quoted(column.name)} as ${quoted(key)}`;
    })
    .join(', ');
  const primaryKey = keyed.find(([, column]) => column.primary);
  const keyOf = (row: Record<string, unknown>) => String(row[primaryKey![0]]);
  const inJsonArray = (column: PgColumn) =>
    `${quoted(column.name)} in (select jsonb_array_elements_text($1::text::jsonb)::${column.getSQLType()})`;
  const propertyOf = (column: PgColumn) => keyed.find(([, own]) => own.name === column.name)![0];
  // A complete cache holds rows by their whole primary key, one column or several.
  const keyProperties = primaryKey ? [primaryKey[0]] : (primaryKeys[0]?.columns.map(propertyOf) ?? []);
  const [firstKey] = keyProperties;
  const wholeKeyOf =
    keyProperties.length === 1
      ? (row: Record<string, unknown>) => String(row[firstKey!])
      : (row: Record<string, unknown>) =>
          keyProperties.map((property) => String(row[property])).join('\u0000');
  /** The rows whose `column` holds one of `values`, from a complete cache. */
  const rowsIn = (cache: CacheWork, column: PgColumn, values: readonly string[]): Row[] =>
    primaryKey?.[1] === column
      ? values.flatMap((value): Row[] => {
          const row = cache.get<Row>(name, value);
          return row == null ? [] : [row];
        })
      : values.flatMap((value) => cache.rowsWhere<Row>(name, propertyOf(column), value));

  /** An insert into a complete cache, as the database would do it: `update` names what a conflict updates. */
  const stageInsert = (cache: CacheWork, row: Record<string, unknown>, update?: readonly string[]) => {
    const key = wholeKeyOf(row);
    const existing = cache.get<Record<string, unknown>>(name, key);
    if (existing && !update) throw new UniqueViolation(name, key);
    if (!existing) return cache.stage(name, key, row);
    const merged = { ...existing };
    for (const property of update!) merged[property] = row[property];
    cache.stage(name, key, merged);
  };

  const decode = (record: Record<string, unknown>): Row => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of keyed) {
      const value = record[key];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row;
  };

  const encode = (rows: ReadonlyArray<Row>): string =>
    JSON.stringify(
      rows.map((row) => {
        const record: Record<string, unknown> = {};
        for (const [key, column] of keyed) {
          const value = (row as Record<string, unknown>)[key];
          record[column.name] = typeof value === 'bigint' ? value.toString() : value;
        }
        return record;
      }),
    );

  // Made at the first COPY: tables never copied need no encoder for their column types.
  let copyEncoder: ReturnType<typeof binaryCopyEncoder> | undefined;

  return {
    /** The quoted column names, in the order `copyBinary` writes them. */
    copyColumns: columnList,

    /** Rows in COPY's binary format, in pieces. Throws for a column type it cannot encode. */
    copyBinary(rows: Iterable<Row>): Generator<Uint8Array<ArrayBuffer>> {
      copyEncoder ??= binaryCopyEncoder(
        keyed.map(([, column]) => column),
        keyed.map(([key]) => key),
      );
      return copyEncoder(rows as Iterable<Record<string, unknown>>);
    },

    /** The rows whose `column` holds one of `values` (given as text). */
    selectWhereIn(column: PgColumn) {
      const text = `select ${selectList} from ${tableName} where ${inJsonArray(column)}`;
      const byKey = primaryKey?.[1] === column;
      return async (query: RawQuery, values: readonly string[], cache?: CacheWork): Promise<Row[]> => {
        if (cache?.complete) return rowsIn(cache, column, values);
        const cached: Row[] = [];
        const missing: string[] = [];
        for (const value of values) {
          const row = cache && byKey ? cache.get<Row>(name, value) : undefined;
          if (row) cached.push(row);
          else if (row === undefined) missing.push(value);
        }
        if (missing.length === 0) return cached;
        const loaded = (await query(text, [JSON.stringify(missing)])).map(decode);
        if (cache && primaryKey) for (const row of loaded) cache.stage(name, keyOf(row), row);
        if (cache && byKey && loaded.length < missing.length) {
          const found = new Set(loaded.map(keyOf));
          for (const value of missing) if (!found.has(value)) cache.stage(name, value, null);
        }
        return [...cached, ...loaded];
      };
    },

    /**
     * Keys known to have no row, without a read: a row of an entity the batch itself begins (a
     * product's sales at its registration). A cache keeps them as looked for and not found.
     */
    absent() {
      if (!primaryKey) throw new TypeError(`${name}: rows known absent are known by a one-column key`);
      return (values: readonly string[], cache?: CacheWork): void => {
        if (!cache || cache.complete) return;
        for (const value of values) cache.stage(name, value, null);
      };
    },

    /** Deletes the rows whose `column` holds one of `values`. */
    deleteWhereIn(column: PgColumn) {
      const text = `delete from ${tableName} where ${inJsonArray(column)}`;
      registerInStepStatement(text);
      const byKey = primaryKey?.[1] === column;
      return async (query: RawQuery, values: readonly string[], cache?: CacheWork): Promise<void> => {
        if (values.length === 0) return;
        if (cache?.complete) {
          for (const row of rowsIn(cache, column, values)) cache.stage(name, wholeKeyOf(row), undefined);
          return;
        }
        await query(text, [JSON.stringify(values)]);
        if (cache && byKey) for (const value of values) cache.stage(name, value, undefined);
      };
    },

    /** Inserts rows; with `onConflict`, a row whose `target` exists updates the `update` columns instead. */
    insert(onConflict?: { target: PgColumn; update: readonly PgColumn[] }) {
      const conflict = onConflict
        ? ` on conflict (${quoted(onConflict.target.name)}) do update set ${onConflict.update
            .map((column) => `${quoted(column.name)} = excluded.${quoted(column.name)}`)
            .join(', ')}`
        : '';
      const text = `insert into ${tableName} (${columnList}) select ${columnList} from jsonb_populate_recordset(null::${tableName}, $1::text::jsonb)${conflict}`;
      registerInStepStatement(text);
      const updated = onConflict?.update.map(propertyOf) ?? [];
      const onKey = onConflict === undefined || keyProperties.join() === propertyOf(onConflict.target);
      return async (query: RawQuery, rows: ReadonlyArray<Row>, cache?: CacheWork): Promise<void> => {
        if (rows.length === 0) return;
        if (cache?.complete) {
          if (!onKey)
            throw new TypeError(`${name}: a complete cache resolves conflicts on the primary key only`);
          for (const row of rows) stageInsert(cache, row, onConflict && updated);
          return;
        }
        await query(text, [encode(rows)]);
        if (cache && primaryKey) for (const row of rows) cache.stage(name, keyOf(row), row);
      };
    },
  };
}

/** What the database would answer an insert of a key already there, from a complete cache. */
export class UniqueViolation extends Error {
  constructor(table: string, key: string) {
    super(
      `duplicate key value violates a unique constraint of ${table}: (${key.split('\u0000').join(', ')})`,
    );
    this.name = 'UniqueViolation';
  }
}
