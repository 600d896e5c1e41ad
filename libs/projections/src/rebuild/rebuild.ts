import type { EventStore, RawQuery } from '@sluice/event-store';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { OpenedProjections } from '../open-projections';
import type { AnyProjection } from '../projection';
import { Projector } from '../projector';
import { announceReadModelsChanged } from '../read-models-changed';
import type { Alone, SqlSession } from '../sql-session';
import {
  beginGenerations,
  currentGenerations,
  ensureGenerations,
  forgetBuilding,
  goLive,
} from './generations';
import { foldInMemory, writeFolded } from './fold-in-memory';
import { RebuildError, withRebuildLock } from './rebuild-lock';
import { SpillQueue } from './spill-queue';
import { recordRebuildProgress, type ProgressRecorder } from './rebuild-progress-record';
import {
  createShadowTables,
  dropShadowTables,
  finishShadowTables,
  keyShadowTables,
  SHADOW_SCHEMA,
  shadowExists,
  swapInShadowTables,
} from './shadow-tables';

/** Where a rebuild's projector announces its commits: nobody waits on them. */
const REBUILD_CHANNEL = 'sluice_rebuild';

export interface RebuildProgress {
  phase: 'catching up' | 'writing' | 'indexing' | 'switching' | 'switched';
  /** The position the new generation has applied. */
  position: bigint;
  /** The log's head as last read. */
  head: bigint;
  /** Events the rebuild has applied so far. */
  events: number;
  seconds: number;
}

export interface RebuildOptions {
  /** The projections to rebuild, together: the log is read once for all of them. */
  projections: readonly AnyProjection[];
  /** Events per page read, and per transaction. @default 20000 */
  batchSize?: number;
  /**
   * Rows the rebuild may hold in memory. It applies the log in memory first (the new tables are
   * empty, and it alone writes them), writes the rows out at once, then applies the rest as a
   * projector; past this many rows, or once half the heap is used, it writes them out and goes
   * on as a projector from there. 0 applies the whole log as a projector. @default 4,000,000
   */
  memoryRows?: number;
  /**
   * Rows of an insert-only table (a history) the in-memory fold holds before it writes them out
   * while it goes on. @default 25,000
   */
  spillRows?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** Stops the rebuild before it switches, between two batches: the live generation stays. */
  signal?: AbortSignal;
}

export interface RebuildResult {
  /** The generation now live, by projection. */
  generations: Map<string, number>;
  position: bigint;
  events: number;
  seconds: number;
  /** Events the new generation set aside as dead letters. */
  deadLetters: number;
}

/**
 * Builds a new generation of each projection from the log, in tables of its own, while the live
 * one keeps serving: catches up to the head, indexes the new tables, then switches to them in one
 * transaction that locks the live checkpoints, applies what came meanwhile, puts the new tables
 * in place of the old (dropped), and moves each checkpoint to the new generation.
 *
 * One rebuild at a time per database; another is refused with a RebuildError.
 */
export async function rebuildProjections(
  opened: OpenedProjections,
  store: EventStore,
  options: RebuildOptions,
): Promise<RebuildResult> {
  return withRebuildLock(opened, () => rebuild(opened, store, options));
}

/**
 * Forgets what a rebuild left when its process died (its shadow schema, its generations marked
 * building), unless a rebuild is under way: answers whether there was anything to forget.
 */
export async function forgetAbandonedRebuild(
  opened: OpenedProjections,
  names: readonly string[],
): Promise<boolean> {
  // Nearly always nothing was left: then no lock is taken and no DDL runs at start.
  const generations = await currentGenerations(opened.session.query, names);
  if (!generations.some(({ state }) => state === 'building') && !(await shadowExists(opened.session.query)))
    return false;
  try {
    return await withRebuildLock(opened, async () => {
      const left = await shadowExists(opened.session.query);
      await dropShadowTables(opened.session.query);
      return (await forgetBuilding(opened.session.query, names)) > 0 || left;
    });
  } catch (error) {
    if (error instanceof RebuildError) return false;
    throw error;
  }
}

async function rebuild(
  opened: OpenedProjections,
  store: EventStore,
  {
    projections,
    batchSize = 20_000,
    memoryRows = 4_000_000,
    spillRows = 25_000,
    onProgress,
    signal,
  }: RebuildOptions,
): Promise<RebuildResult> {
  const started = performance.now();
  const live = opened.session;
  const names = projections.map(({ name }) => name);
  const tables = projections.flatMap((projection) =>
    projection.tables.map((table) => getTableConfig(table).name),
  );
  let head = await store.head();
  let events = 0;
  let deadLetters = 0;
  let recorder: ProgressRecorder | undefined;
  const report = (phase: RebuildProgress['phase'], position: bigint) => {
    if (position > head) head = position;
    const progress = { phase, position, head, events, seconds: (performance.now() - started) / 1000 };
    recorder?.record(progress);
    onProgress?.(progress);
  };

  await ensureGenerations(live.query, projections);
  const generations = await beginGenerations(live.query, projections);
  const shadow = await opened.sessionIn(SHADOW_SCHEMA);
  const spilled = new SpillQueue(shadow.session, SHADOW_SCHEMA);
  try {
    await createShadowTables(live.query, tables);
    recorder = await recordRebuildProgress(live.query);
    if (memoryRows > 0) {
      const folded = await foldInMemory(store, projections, {
        pageSize: batchSize,
        maxRows: memoryRows,
        spill: { rows: spillRows, write: (table, rows) => spilled.write(table, rows) },
        signal,
        onPage(position, read) {
          events = read;
          report('catching up', position);
        },
      });
      report('writing', folded.position);
      await spilled.drained();
      const lane = await opened.sessionIn(SHADOW_SCHEMA);
      try {
        await writeFolded(shadow.session, [shadow.session, lane.session], SHADOW_SCHEMA, projections, folded);
      } finally {
        await lane.close();
      }
      deadLetters += folded.deadLetters.length;
    }
    await keyShadowTables(live.query, tables);
    const projector = new Projector(shadow.session, store, projections, {
      batchSize,
      channel: REBUILD_CHANNEL,
      onApplied(position, applied) {
        events += applied?.events.length ?? 0;
        report('catching up', position);
      },
      onDeadLetter: () => Promise.resolve(void deadLetters++),
    });
    const catchUp = () => projector.catchUp(undefined, signal);
    report('catching up', await catchUp());
    report('indexing', await projector.appliedPosition());
    await finishShadowTables(live.query, tables);
    head = await store.head();
    report('switching', await catchUp());
    signal?.throwIfAborted();
    const position = await live.transaction((tx, alone) =>
      switchGenerations(tx, alone, store, projections, tables, generations),
    );
    report('switched', position);
    await recorder.flushed();
    await dropShadowTables(live.query);
    return { generations, position, events, seconds: (performance.now() - started) / 1000, deadLetters };
  } catch (error) {
    await spilled.drained().catch(() => {});
    await recorder?.flushed();
    await dropShadowTables(live.query).catch(() => {});
    await forgetBuilding(live.query, names).catch(() => {});
    throw error;
  } finally {
    await shadow.close();
  }
}

const SEARCH_PATH = `select current_setting('search_path') as path`;
const SET_SEARCH_PATH = `select set_config('search_path', $1::text, true)`;
const LOCK_LIVE = `select name, position::text as position from projection_checkpoints
  where name in (select jsonb_array_elements_text($1::text::jsonb)) for update`;
const CREATE_MISSING = `insert into projection_checkpoints (name, position)
  select jsonb_array_elements_text($1::text::jsonb), 0 on conflict do nothing`;
const SHADOW_POSITION = `select position::text as position from "${SHADOW_SCHEMA}".projection_checkpoints where name = $1::text`;
const REPLACE_DEAD_LETTERS = [
  `delete from projection_dead_letters where projection in (select jsonb_array_elements_text($1::text::jsonb))`,
  `insert into projection_dead_letters select * from "${SHADOW_SCHEMA}".projection_dead_letters
     where projection in (select jsonb_array_elements_text($1::text::jsonb))`,
];
const MOVE_TO_GENERATION = `update projection_checkpoints
  set position = $2::text::bigint, generation = $3::integer, updated_at = now() where name = $1::text`;

/**
 * The switch, in the live session's transaction `tx`. Holding the live checkpoints, no projector
 * can apply anything: the new generation takes what the live one applied beyond it, then takes
 * its place. A live projector whose cached rows were the old generation's finds the generation
 * changed at its next commit, and reads the new tables.
 */
async function switchGenerations(
  tx: RawQuery,
  alone: Alone,
  store: EventStore,
  projections: readonly AnyProjection[],
  tables: readonly string[],
  generations: ReadonlyMap<string, number>,
): Promise<bigint> {
  const names = JSON.stringify(projections.map(({ name }) => name));
  await tx(`set local lock_timeout = '10s'`, []);
  await tx(CREATE_MISSING, [names]);
  const livePositions = (await tx(LOCK_LIVE, [names])).map((row) => BigInt(String(row.position)));
  const target = livePositions.reduce((high, position) => (position > high ? position : high), 0n);

  const [row] = await tx(SEARCH_PATH, []);
  const livePath = String(row?.path);
  await tx(SET_SEARCH_PATH, [`"${SHADOW_SCHEMA}", ${livePath}`]);
  // The plain path: nothing may fail inside the switch's transaction but a savepoint.
  await new Projector(sessionInside(tx, alone), store, projections, {
    channel: REBUILD_CHANNEL,
    shortPath: false,
  }).catchUp(target);
  await tx(SET_SEARCH_PATH, [livePath]);

  await swapInShadowTables(tx, tables);
  for (const statement of REPLACE_DEAD_LETTERS) await tx(statement, [names]);
  let switchedAt = target;
  for (const { name } of projections) {
    const [shadow] = await tx(SHADOW_POSITION, [name]);
    const position = typeof shadow?.position === 'string' ? BigInt(shadow.position) : 0n;
    if (position > switchedAt) switchedAt = position;
    await tx(MOVE_TO_GENERATION, [name, position.toString(), generations.get(name)]);
    await goLive(tx, name, generations.get(name)!);
  }
  await announceReadModelsChanged(tx);
  return switchedAt;
}

/** A session whose transactions are savepoints of `tx`: a projector run inside the switch. */
function sessionInside(tx: RawQuery, alone: Alone): SqlSession {
  return {
    query: tx,
    transaction: (work) => alone((query) => work(query, alone)),
    copyIn: () => Promise.reject(new Error('no COPY inside the switch')),
  };
}
