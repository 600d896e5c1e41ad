import { randomUUID } from 'node:crypto';
import {
  createTemporaryDatabase,
  eventStoreBackends,
  postgresAvailability,
  seededRandom,
  untilReadable,
  type OpenedStore,
  type TemporaryDatabase,
} from '@sluice/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeAppend } from './encode-append';
import type { EventStore } from './event-store';
import { openPostgresEventStore } from './open-postgres-event-store';
import type { NewEvent, StoredEvent, StreamAppend } from './stored-event';

const metadata = { correlationId: 'types', causationId: 'types', at: '2026-01-01T00:00:00.000Z' };
const TYPES = ['Common', 'Frequent', 'Occasional', 'Rare'];
/** How often each of TYPES is drawn, in that order. */
const WEIGHTS = [0.55, 0.3, 0.13, 0.02];

/** Every page of a read after `from`, concatenated: a follower's view of it. */
async function paged(
  read: (after: bigint, limit: number) => Promise<StoredEvent[]>,
  from: bigint,
  limit: number,
): Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  for (let after = from, page = await read(after, limit); page.length > 0; page = await read(after, limit)) {
    expect(page.length).toBeLessThanOrEqual(limit);
    seen.push(...page);
    after = page.at(-1)!.position;
  }
  return seen;
}

const ids = (events: readonly StoredEvent[]) => events.map((event) => event.eventId);

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`the log read by type on ${backend.name}`, () => {
    let opened: OpenedStore;
    let store: EventStore;
    let log: StoredEvent[];

    beforeAll(async () => {
      opened = await backend.open();
      store = opened.store;
      await insertAcrossDigits(opened);
      await appendRandomLog(store, seededRandom(14), 1_500);
      await untilReadable(store, await store.head());
      log = await paged((after, limit) => store.readAllAfter(after, limit), 0n, 1_000);
    });
    afterAll(() => opened?.cleanup());

    it('returns exactly what the whole log filtered in memory holds, from any position, in pages of any size', async () => {
      const random = seededRandom(4);
      const filters = [['Rare'], ['Common'], ['Rare', 'Occasional'], ['Frequent', 'Rare', 'Common'], TYPES];
      for (let round = 0; round < 12; round++) {
        const types = filters[round % filters.length]!;
        const from = round === 0 ? 0n : log[Math.floor(random() * log.length)]!.position;
        const limit = 1 + Math.floor(random() * 200);
        const expected = log.filter((event) => event.position > from && types.includes(event.type));
        const read = await paged((after, size) => store.readTypesAfter(after, types, size), from, limit);
        expect(ids(read)).toEqual(ids(expected));
        expect(read).toEqual(expected);
      }
      expect(log.filter((event) => event.type === 'Rare').length).toBeGreaterThan(10);
    });

    it('orders by position where positions change their number of digits', async () => {
      const read = await store.readTypesAfter(0n, ['DigitsOdd', 'DigitsEven'], 100);
      expect(read.map((event) => event.position)).toEqual([9n, 10n, 99n, 100n, 101n, 999n]);
    });

    it('returns each event once for a type named twice, and nothing for no type or an unknown one', async () => {
      const rare = log.filter((event) => event.type === 'Rare');
      expect(ids(await store.readTypesAfter(0n, ['Rare', 'Rare'], 1_000))).toEqual(ids(rare));
      expect(await store.readTypesAfter(0n, [], 1_000)).toEqual([]);
      expect(await store.readTypesAfter(0n, ['NeverWritten'], 1_000)).toEqual([]);
    });
  });
}

const pg = await postgresAvailability();

describe.skipIf(!pg.available)('reading by type while a transaction commits late (PostgreSQL)', () => {
  let database: TemporaryDatabase;
  let store: EventStore;
  let raw: postgres.Sql;

  beforeAll(async () => {
    database = await createTemporaryDatabase();
    store = await openPostgresEventStore({ url: database.url, maxConnections: 8 });
    raw = postgres(database.url, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await raw?.end();
    await store?.close();
    await database?.drop();
  });

  it('returns an event of the type only once its transaction commits, and never skips it', async () => {
    const one = (type: string): StreamAppend => ({
      streamId: randomUUID(),
      expectedVersion: 0,
      events: [{ eventId: randomUUID(), type, data: {}, metadata }],
    });
    const seen: StoredEvent[] = [];
    let after = 0n;
    const poll = async () => {
      for (let page = await store.readTypesAfter(after, ['Late'], 3); page.length > 0;) {
        seen.push(...page);
        after = page.at(-1)!.position;
        page = await store.readTypesAfter(after, ['Late'], 3);
      }
    };

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written!: () => void;
    const ready = new Promise<void>((resolve) => (written = resolve));
    const late = one('Late');
    const held = raw.begin(async (tx) => {
      const encoded = encodeAppend([late]);
      // postgres.js would serialise a string sent as jsonb once more; send it as text.
      await tx`select sluice_append(${encoded.streams}::text::jsonb, ${encoded.events}::text::jsonb, null)`;
      written();
      await gate;
    });
    await ready;

    const later = Array.from({ length: 12 }, (_, i) => one(i % 3 === 0 ? 'Late' : 'Other'));
    try {
      for (const append of later) {
        expect((await store.append([append])).kind).toBe('appended');
        await poll();
      }
      // Committed, of the type, and past the open one: a reader that took them would skip it.
      expect(seen).toEqual([]);
    } finally {
      release();
      await held;
    }

    const expected = [late, ...later]
      .filter((append) => append.events[0]!.type === 'Late')
      .map((append) => append.events[0]!.eventId);
    // Suites on the same server may hold the bound down a while longer: polled until readable.
    await vi.waitFor(
      async () => {
        await poll();
        expect(seen).toHaveLength(expected.length);
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(ids(seen)).toEqual(expected);
  });
});

/** Appends `count` events of TYPES drawn by WEIGHTS, one to five an append, over a few streams. */
async function appendRandomLog(store: EventStore, random: () => number, count: number): Promise<void> {
  const streams = Array.from({ length: 6 }, () => ({ id: randomUUID(), version: 0 }));
  const draw = () => {
    let left = random();
    for (const [index, weight] of WEIGHTS.entries()) if ((left -= weight) < 0) return TYPES[index]!;
    return TYPES.at(-1)!;
  };
  for (let written = 0; written < count;) {
    const appends: StreamAppend[] = [];
    for (const stream of streams) {
      if (random() < 0.6) continue;
      const events: NewEvent[] = Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({
        eventId: randomUUID(),
        type: draw(),
        data: { n: written },
        metadata,
      }));
      appends.push({ streamId: stream.id, expectedVersion: stream.version, events });
      stream.version += events.length;
      written += events.length;
    }
    if (appends.length === 0) continue;
    const outcome = await store.append(appends);
    expect(outcome.kind).toBe('appended');
  }
}

/**
 * Positions as a long-lived log reaches them, written directly (appends take theirs from the
 * transaction id): ordered as text, 10 would come before 9.
 */
async function insertAcrossDigits(opened: OpenedStore): Promise<void> {
  const insert = `insert into events (position, event_id, stream_id, version, type, data, metadata)
    values ($1::text::bigint, gen_random_uuid(), $2, 1, $3, '{}', '{}')`;
  const sql = opened.pglite ? undefined : postgres(opened.databaseUrl!, { max: 1, onnotice: () => {} });
  try {
    for (const position of [9n, 10n, 99n, 100n, 101n, 999n]) {
      const params = [position.toString(), `digits-${position}`, position % 2n ? 'DigitsOdd' : 'DigitsEven'];
      if (opened.pglite) await opened.pglite.query(insert, params);
      else await sql!.unsafe(insert, params);
    }
  } finally {
    await sql?.end();
  }
}
