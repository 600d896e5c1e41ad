import { randomUUID } from 'node:crypto';
import {
  newPglite,
  openPgliteEventStore,
  openPostgresEventStore,
  pgliteRawQuery,
  type EventStore,
} from '@sluice/event-store';
import { createTemporaryDatabase } from '@sluice/testing';
import postgres from 'postgres';
import { appendOne, benchEventData, benchEventMetadata } from './lib/append-count';
import { closedLoop } from './lib/closed-loop';
import { figure, type Figure } from './lib/figures';

// An exact copy of the events table, written with the plainest statement the driver allows.
const rawTable = `
  create table bench_raw (like events including all);
  create sequence bench_raw_position;`;
const rawInsert = `insert into bench_raw (position, event_id, stream_id, version, type, data, metadata)
  values (nextval('bench_raw_position'), $1, $2, 1, 'StockReserved', $3, $4)`;

interface Target {
  backend: string;
  store: EventStore;
  raw: () => Promise<unknown>;
  /**
   * The same INSERT prepared as the store's statements are, where the driver's plain statement is
   * not (PGlite: see PgliteStatements).
   */
  rawPrepared?: () => Promise<unknown>;
  /** Runs a statement on the store's own database. */
  exec: (statement: string) => Promise<unknown>;
  close(): Promise<void>;
}

const ROUNDS = 4;
const DROP_TYPE_INDEX = 'drop index events_type_position';
const CREATE_TYPE_INDEX = 'create index events_type_position on events (type, position)';

async function postgresTarget(writers: number): Promise<Target> {
  const database = await createTemporaryDatabase();
  const store = await openPostgresEventStore({ url: database.url, maxConnections: writers });
  const sql = postgres(database.url, { max: writers, onnotice: () => {} });
  await sql.unsafe(rawTable);
  return {
    backend: 'PostgreSQL',
    store,
    raw: () =>
      sql.unsafe(
        rawInsert,
        [randomUUID(), randomUUID(), JSON.stringify(benchEventData), JSON.stringify(benchEventMetadata)],
        {
          prepare: true,
        },
      ),
    exec: (statement) => sql.unsafe(statement),
    async close() {
      await store.close();
      await sql.end();
      await database.drop();
    },
  };
}

async function pgliteTarget(): Promise<Target> {
  const log = newPglite();
  const store = await openPgliteEventStore({ pglite: log });
  // Its own in-memory PGlite with the same migrated table: same driver, same engine.
  const pglite = newPglite();
  await pglite.exec(`create table events (position bigint primary key, event_id uuid not null unique,
    stream_id text not null, version integer not null, type text not null, data jsonb not null,
    metadata jsonb not null, occurred_at timestamptz not null default now(), unique (stream_id, version));
    create index on events (type, position);`);
  await pglite.exec(rawTable);
  const rawParams = () => [
    randomUUID(),
    randomUUID(),
    JSON.stringify(benchEventData),
    JSON.stringify(benchEventMetadata),
  ];
  const prepared = pgliteRawQuery(pglite);
  return {
    backend: 'PGlite',
    store,
    raw: () => pglite.query(rawInsert, rawParams()),
    rawPrepared: () => prepared(rawInsert, rawParams()),
    exec: (statement) => log.exec(statement),
    async close() {
      await store.close();
      await log.close();
      await pglite.close();
    },
  };
}

/** Appends of one event per command against a raw single-row INSERT, 1 and 8 writers. */
export async function benchAppend(options: { seconds: number; postgres: boolean }): Promise<Figure[]> {
  const figures: Figure[] = [];
  const durationMs = options.seconds * 1000;
  for (const writers of [1, 8]) {
    const targets = [await pgliteTarget()];
    if (options.postgres) targets.push(await postgresTarget(writers));
    for (const target of targets) {
      try {
        await closedLoop(writers, 300, target.raw);
        await closedLoop(writers, 300, appendOne(target.store, false));
        const raw = await closedLoop(writers, durationMs, target.raw);
        const append = await closedLoop(writers, durationMs, appendOne(target.store, false));
        const withCommand = await closedLoop(writers, durationMs, appendOne(target.store, true));
        const index = await typeIndexCost(target, writers, durationMs / 4);
        figures.push(
          figure({
            name: `append, ${writers} writer${writers > 1 ? 's' : ''}`,
            backend: target.backend,
            value: append.perSecond,
            baseline: raw.perSecond,
            unit: 'events/s',
            target: '≥ 0.8×',
          }),
          figure({
            name: `append + commandId record, ${writers} writer${writers > 1 ? 's' : ''}`,
            backend: target.backend,
            value: withCommand.perSecond,
            baseline: raw.perSecond,
            unit: 'events/s',
          }),
          index,
        );
        if (target.rawPrepared) {
          await closedLoop(writers, 300, target.rawPrepared);
          const rawPrepared = await closedLoop(writers, durationMs, target.rawPrepared);
          const again = await closedLoop(writers, durationMs, appendOne(target.store, false));
          figures.push(
            figure({
              name: `append vs the raw INSERT prepared, ${writers} writer${writers > 1 ? 's' : ''}`,
              backend: target.backend,
              value: again.perSecond,
              baseline: rawPrepared.perSecond,
              unit: 'events/s',
            }),
          );
        }
      } finally {
        await target.close();
      }
    }
  }
  return figures;
}

/**
 * The append rate on the log as migrated against the same with its (type, position) index
 * dropped, in ROUNDS rounds of four legs (with, without, without, with), so that drift within a
 * round falls on both alike. The figure is over all legs; each round's ratio and their median are
 * in its notes (on a shared machine one disturbed leg moves one round, not the median).
 */
async function typeIndexCost(target: Target, writers: number, legMs: number): Promise<Figure> {
  const ratios: number[] = [];
  const totals = { with: { operations: 0, seconds: 0 }, without: { operations: 0, seconds: 0 } };
  let indexed = true;
  for (let round = 0; round < ROUNDS; round++) {
    const rates = { with: 0, without: 0 };
    for (const withIndex of [true, false, false, true]) {
      if (withIndex !== indexed) await target.exec(withIndex ? CREATE_TYPE_INDEX : DROP_TYPE_INDEX);
      indexed = withIndex;
      const result = await closedLoop(writers, legMs, appendOne(target.store, false));
      const leg = withIndex ? 'with' : 'without';
      rates[leg] += result.perSecond / 2;
      totals[leg].operations += result.operations;
      totals[leg].seconds += result.seconds;
    }
    ratios.push(rates.with / rates.without);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = (sorted[(ROUNDS - 1) >> 1]! + sorted[ROUNDS >> 1]!) / 2;
  const rounds = ratios.map((ratio) => `${ratio.toFixed(2)}×`).join(', ');
  return figure({
    name: `append with the (type, position) index vs without it, ${writers} writer${writers > 1 ? 's' : ''}`,
    backend: target.backend,
    value: totals.with.operations / totals.with.seconds,
    baseline: totals.without.operations / totals.without.seconds,
    unit: 'events/s',
    notes: `rounds ${rounds}: median ${median.toFixed(2)}× (index cost ${((1 - median) * 100).toFixed(1)}%)`,
  });
}
