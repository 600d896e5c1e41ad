import type { RawQuery } from '@sluice/event-store';

/** The schema a rebuild builds its generation in, beside the live tables it will replace. */
export const SHADOW_SCHEMA = 'sluice_rebuild';

/** A projector's own bookkeeping, which a rebuild's projector keeps in the shadow schema too. */
const BOOKKEEPING = ['projection_checkpoints', 'projection_dead_letters'];

const LIVE_SCHEMA = 'select current_schema() as schema';
const KEY_CONSTRAINTS = `select conname as name, pg_get_constraintdef(oid) as definition
  from pg_constraint where conrelid = to_regclass($1::text) and contype in ('p', 'u') order by conname`;
const OTHER_INDEXES = `select indexname as name, indexdef as definition from pg_indexes
  where schemaname = $1::text and tablename = $2::text
    and indexname not in (select conname from pg_constraint where conrelid = to_regclass($3::text))
  order by indexname`;

const quoted = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The schema the live read models are in, as unqualified names resolve on `query`'s connection. */
export async function liveSchema(query: RawQuery): Promise<string> {
  const [row] = await query(LIVE_SCHEMA, []);
  return String(row?.schema);
}

/**
 * Creates empty copies of `tables` (and of the bookkeeping tables) in the shadow schema, dropping
 * what an interrupted rebuild left there. But for the bookkeeping, they have no keys: rows go in
 * fastest that way. `keyShadowTables` adds the keys once the first rows are in, and
 * `finishShadowTables` the other indexes before the switch. (They are logged from the start:
 * COPY into a logged table cost less than making an unlogged one logged after, by a rewrite.)
 */
export async function createShadowTables(query: RawQuery, tables: readonly string[]): Promise<void> {
  const live = await liveSchema(query);
  await query(`drop schema if exists ${quoted(SHADOW_SCHEMA)} cascade`, []);
  await query(`create schema ${quoted(SHADOW_SCHEMA)}`, []);
  for (const table of [...tables, ...BOOKKEEPING])
    await query(
      `create table ${shadowOf(table)} (like ${quoted(live)}.${quoted(table)} including defaults including constraints including generated)`,
      [],
    );
  await keyShadowTables(query, BOOKKEEPING);
}

/** Gives the shadow copies of `tables` the live ones' primary keys and unique constraints. */
export async function keyShadowTables(query: RawQuery, tables: readonly string[]): Promise<void> {
  const live = await liveSchema(query);
  for (const table of tables)
    for (const { name, definition } of await query(KEY_CONSTRAINTS, [`${quoted(live)}.${quoted(table)}`]))
      await query(
        `alter table ${shadowOf(table)} add constraint ${quoted(String(name))} ${String(definition)}`,
        [],
      );
}

const shadowOf = (table: string) => `${quoted(SHADOW_SCHEMA)}.${quoted(table)}`;

/**
 * Gives the shadow copies of `tables` the live ones' other indexes, under the same names.
 */
export async function finishShadowTables(query: RawQuery, tables: readonly string[]): Promise<void> {
  const live = await liveSchema(query);
  for (const table of tables) {
    const source = `${quoted(live)}.${quoted(table)}`;
    const shadow = `${quoted(SHADOW_SCHEMA)}.${quoted(table)}`;
    for (const { definition } of await query(OTHER_INDEXES, [live, table, source])) {
      const on = ` ON ${live}.${table} `;
      const text = String(definition);
      if (!text.includes(on)) throw new Error(`cannot copy the index ${text}`);
      await query(text.replace(on, ` ON ${shadow} `), []);
    }
  }
}

/**
 * Puts the shadow copies of `tables` in the live ones' place, dropping those: run inside the
 * switch's transaction, so that readers see the old tables or the new ones, never neither.
 */
export async function swapInShadowTables(query: RawQuery, tables: readonly string[]): Promise<void> {
  const live = await liveSchema(query);
  for (const table of tables) {
    await query(`drop table ${quoted(live)}.${quoted(table)}`, []);
    await query(`alter table ${quoted(SHADOW_SCHEMA)}.${quoted(table)} set schema ${quoted(live)}`, []);
  }
}

export async function dropShadowTables(query: RawQuery): Promise<void> {
  await query(`drop schema if exists ${quoted(SHADOW_SCHEMA)} cascade`, []);
}

/** Whether a rebuild's shadow schema exists (one is under way, or was interrupted). */
export async function shadowExists(query: RawQuery): Promise<boolean> {
  const [row] = await query(`select to_regnamespace($1::text) is not null as exists`, [SHADOW_SCHEMA]);
  return row?.exists === true;
}
