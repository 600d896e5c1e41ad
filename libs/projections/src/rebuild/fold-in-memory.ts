import type { EventStore, RawQuery, StoredEvent } from '@sluice/event-store';
import { getHeapStatistics } from 'node:v8';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { describeError } from '../describe-error';
import { logPages } from '../log-pages';
import type { AnyProjection } from '../projection';
import type { SqlSession } from '../sql-session';
import { tableStatements } from '../table-statements';
import { MemoryTables } from './memory-tables';

/** An event a projection failed on in the fold: it is that projection's dead letter. */
export interface FoldedDeadLetter {
  projection: string;
  event: StoredEvent;
  error: string;
}

export interface Folded {
  /** The position applied to every projection. */
  position: bigint;
  /** Events read. */
  events: number;
  tables: MemoryTables;
  deadLetters: FoldedDeadLetter[];
}

export interface FoldOptions {
  pageSize: number;
  /** Rows held past which the fold stops after the page it is on (memory stays bounded). */
  maxRows: number;
  /** Whether memory is short, asked after each page: then it stops too. @default half the heap used */
  memoryShort?: () => boolean;
  /**
   * Where the rows of the projections' insert-only tables go while the fold goes on, once a table
   * holds `rows` of them: they are never read again, so they need not be held to the end.
   */
  spill?: { rows: number; write(table: PgTable, rows: unknown[]): void };
  signal?: AbortSignal;
  onPage?: (position: bigint, events: number) => void;
}

const heapLimit = getHeapStatistics().heap_size_limit;
const heapHalfFull = () => process.memoryUsage().heapUsed > heapLimit / 2;

/** The database a complete cache never reaches: reaching it is a bug, not a bad event. */
class DatabaseReached extends Error {}
const noDatabase: RawQuery = () =>
  Promise.reject(new DatabaseReached('the in-memory fold reached the database'));

/**
 * A rebuild's fast path: applies the log to projections whose tables are empty, in memory, with
 * nothing read from or written to the database until `writeFolded` writes the rows at once. The
 * projections run their own code on `MemoryTables`, a complete cache, and an event one fails on
 * is its dead letter as on the projector's path: the others apply it. (Failures in memory do not
 * come and go, so each is tried once.) It stops at the head, or past `maxRows` rows.
 */
export async function foldInMemory(
  store: EventStore,
  projections: readonly AnyProjection[],
  { pageSize, maxRows, memoryShort = heapHalfFull, spill, signal, onPage }: FoldOptions,
): Promise<Folded> {
  const folded: Folded = { position: 0n, events: 0, tables: new MemoryTables(), deadLetters: [] };
  const insertOnly = projections.flatMap(({ insertOnly = [] }) =>
    insertOnly.map((table) => ({ table, name: getTableConfig(table).name })),
  );
  for await (const events of logPages(store, { after: 0n, pageSize, signal })) {
    for (const projection of projections) await applyOrSetAside(folded, projection, events);
    folded.position = events.at(-1)!.position;
    folded.events += events.length;
    onPage?.(folded.position, folded.events);
    if (spill)
      for (const { table, name } of insertOnly)
        if (folded.tables.sizeOf(name) >= spill.rows) spill.write(table, folded.tables.take(name));
    if (folded.tables.size > maxRows || memoryShort()) break;
  }
  return folded;
}

async function applyOrSetAside(
  folded: Folded,
  projection: AnyProjection,
  events: readonly StoredEvent[],
): Promise<void> {
  if ((await applied(folded.tables, projection, events)) === true) return;
  for (const event of events) {
    const failure = await applied(folded.tables, projection, [event]);
    if (failure !== true) folded.deadLetters.push({ projection: projection.name, event, error: failure });
  }
}

/** True once `projection` applied `events` to `tables`; otherwise what it failed with, and nothing changed. */
async function applied(
  tables: MemoryTables,
  projection: AnyProjection,
  events: readonly StoredEvent[],
): Promise<true | string> {
  const work = tables.begin();
  try {
    await projection.run(noDatabase, noDatabase, events, work);
    work.commit();
    return true;
  } catch (error) {
    work.rollback();
    if (error instanceof DatabaseReached) throw error;
    return describeError(error);
  }
}

const DEAD_LETTER_CHUNK = 10_000;
const ROWS_PER_COPY = 25_000;
const INSERT_DEAD_LETTERS = `insert into projection_dead_letters (projection, position, event_id, type, error, attempts)
  select projection, position, event_id, type, error, 1
  from jsonb_to_recordset($1::text::jsonb) as d(projection text, position bigint, event_id text, type text, error text)`;
const SET_CHECKPOINTS = `insert into projection_checkpoints (name, position)
  select jsonb_array_elements_text($1::text::jsonb), $2::text::bigint
  on conflict (name) do update set position = excluded.position, updated_at = now()`;

/**
 * Writes what `foldInMemory` built into the projections' empty tables in `schema`, with COPY on
 * each of `copyLanes` (sessions in that schema, each of its own connection), then, on `session`,
 * their dead letters, and moves their checkpoints to where it stopped. The tables are a rebuild's:
 * nobody reads them before it switches, and a rebuild that fails drops them.
 */
export async function writeFolded(
  session: SqlSession,
  copyLanes: readonly SqlSession[],
  schema: string,
  projections: readonly AnyProjection[],
  folded: Folded,
): Promise<void> {
  const tables = projections
    .flatMap((projection) => projection.tables)
    .map((table) => ({ table, name: getTableConfig(table).name }))
    .sort((a, b) => folded.tables.sizeOf(b.name) - folded.tables.sizeOf(a.name));
  // The largest tables first, each to the lane with the fewest rows so far: on PostgreSQL the
  // lanes' connections take their rows in side by side. One COPY at a time per lane: postgres-js
  // would send a second statement into a connection that is still in COPY.
  const lanes = copyLanes.map(() => ({ rows: 0, tables: [] as typeof tables }));
  for (const entry of tables) {
    const lane = lanes.reduce((least, next) => (next.rows < least.rows ? next : least));
    lane.rows += folded.tables.sizeOf(entry.name);
    lane.tables.push(entry);
  }
  await Promise.all(
    lanes.map(async (lane, i) => {
      for (const { table, name } of lane.tables)
        await copyRows(copyLanes[i]!, schema, table, folded.tables.rowsOf(name));
    }),
  );
  await session.transaction(async (query) => {
    for (let from = 0; from < folded.deadLetters.length; from += DEAD_LETTER_CHUNK) {
      const letters = folded.deadLetters
        .slice(from, from + DEAD_LETTER_CHUNK)
        .map(({ projection, event, error }) => ({
          projection,
          position: event.position.toString(),
          event_id: event.eventId,
          type: event.type,
          error,
        }));
      await query(INSERT_DEAD_LETTERS, [JSON.stringify(letters)]);
    }
    const names = JSON.stringify(projections.map(({ name }) => name));
    await query(SET_CHECKPOINTS, [names, folded.position.toString()]);
  });
}

/** Writes `rows` into `table` in `schema`, with COPY. */
export async function copyRows(
  session: SqlSession,
  schema: string,
  table: PgTable,
  rows: Iterable<unknown>,
): Promise<void> {
  const statements = tableStatements(table);
  const name = getTableConfig(table).name;
  // In parts: PGlite takes each COPY's data as one blob, copied whole into its memory.
  for (const part of inParts(rows as Iterable<typeof table.$inferSelect>, ROWS_PER_COPY)) {
    await session.copyIn(`"${schema}"."${name}"`, statements.copyColumns, statements.copyBinary(part));
  }
}

function* inParts<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let part: T[] = [];
  for (const item of items) {
    part.push(item);
    if (part.length === size) {
      yield part;
      part = [];
    }
  }
  if (part.length > 0) yield part;
}
