import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTemporaryDatabase,
  eventStoreBackends,
  openOlderTransaction,
  postgresAvailability,
  untilReadable,
  type OpenedStore,
} from '@sluice/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppendedEvents } from './appended-events';
import type { EventStore } from './event-store';
import { openPgliteEventStore } from './open-pglite-event-store';
import { openPostgresEventStore } from './open-postgres-event-store';
import type { NewEvent, StreamAppend } from './stored-event';

const metadata = { correlationId: 'test', causationId: 'test', at: '2026-01-01T00:00:00.000Z' };

function event(type: string, data: Record<string, unknown> = {}): NewEvent {
  return { eventId: randomUUID(), type, data, metadata };
}

function to(streamId: string, expectedVersion: number, ...events: NewEvent[]): StreamAppend {
  return { streamId, expectedVersion, events };
}

function record(commandId: string, fingerprint = 'f') {
  return { commandId, commandType: 'test', fingerprint, result: { kind: 'CommandAccepted', id: 'x' } };
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`event store on ${backend.name}`, () => {
    let opened: OpenedStore;
    let store: EventStore;

    beforeAll(async () => {
      opened = await backend.open();
      store = opened.store;
    });
    afterAll(() => opened?.cleanup());

    it('appends to a stream and reads it back in version order', async () => {
      const stream = randomUUID();
      const first = await store.append([to(stream, 0, event('A', { n: 1 }), event('B', { n: 2 }))]);
      expect(first.kind).toBe('appended');
      const second = await store.append([to(stream, 2, event('C', { n: 3 }))]);
      expect(second.kind).toBe('appended');
      const read = (await store.readStreams([{ streamId: stream, afterVersion: 0 }])).get(stream)!;
      expect(read.map((e) => [e.version, e.type, e.data])).toEqual([
        [1, 'A', { n: 1 }],
        [2, 'B', { n: 2 }],
        [3, 'C', { n: 3 }],
      ]);
      expect(read[0]!.metadata).toEqual(metadata);
      expect(read[0]!.occurredAt).toBeInstanceOf(Date);
      expect((await store.readAllAfter(0n, 1))[0]!.occurredAt).toBeInstanceOf(Date);
      expect(read[0]!.position < read[1]!.position && read[1]!.position < read[2]!.position).toBe(true);
      if (first.kind === 'appended' && second.kind === 'appended') {
        expect(read[1]!.position).toBe(first.lastPosition);
        expect(read[2]!.position).toBe(second.lastPosition);
      }
      expect(await store.head()).toBeGreaterThanOrEqual(read[2]!.position);
      const after = (await store.readStreams([{ streamId: stream, afterVersion: 2 }])).get(stream)!;
      expect(after.map((e) => e.type)).toEqual(['C']);
    });

    it('refuses an append behind or ahead of the stream, writing nothing', async () => {
      const stream = randomUUID();
      await store.append([to(stream, 0, event('A'), event('B'))]);
      expect(await store.append([to(stream, 1, event('Stale'))])).toEqual({ kind: 'version-conflict' });
      expect(await store.append([to(stream, 0, event('Stale'))])).toEqual({ kind: 'version-conflict' });
      expect(await store.append([to(stream, 5, event('Gap'))])).toEqual({ kind: 'version-conflict' });
      expect(await store.append([to(randomUUID(), 1, event('Gap'))])).toEqual({ kind: 'version-conflict' });
      const read = (await store.readStreams([{ streamId: stream, afterVersion: 0 }])).get(stream)!;
      expect(read.map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('appends to several streams atomically: all of them or none', async () => {
      const order = randomUUID();
      const stocked = randomUUID();
      const raced = randomUUID();
      await store.append([to(stocked, 0, event('Registered'))]);
      await store.append([to(raced, 0, event('Registered')), to(randomUUID(), 0, event('Other'))]);
      await store.append([to(raced, 1, event('RacedAhead'))]);
      const outcome = await store.append([
        to(order, 0, event('OrderPlaced')),
        to(stocked, 1, event('StockReserved')),
        to(raced, 1, event('StockReserved')),
      ]);
      expect(outcome).toEqual({ kind: 'version-conflict' });
      const read = await store.readStreams([
        { streamId: order, afterVersion: 0 },
        { streamId: stocked, afterVersion: 0 },
      ]);
      expect(read.get(order)).toEqual([]);
      expect(read.get(stocked)!.map((e) => e.type)).toEqual(['Registered']);
    });

    it('lets exactly one of many concurrent appends at the same version win', async () => {
      const stream = randomUUID();
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () => store.append([to(stream, 0, event('Claimed'))])),
      );
      expect(outcomes.filter((o) => o.kind === 'appended')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'version-conflict')).toHaveLength(19);
    });

    it('writes a command once, also when it is retried concurrently, and returns the first result', async () => {
      const commandId = randomUUID();
      const streams = Array.from({ length: 5 }, () => randomUUID());
      const outcomes = await Promise.all(
        streams.map((stream) => store.append([to(stream, 0, event('Once'))], record(commandId))),
      );
      const appended = outcomes.filter((o) => o.kind === 'appended');
      expect(appended).toHaveLength(1);
      const duplicates = outcomes.filter((o) => o.kind === 'duplicate-command');
      expect(duplicates).toHaveLength(4);
      for (const duplicate of duplicates) {
        expect(duplicate.existing).toEqual({ ...record(commandId), lastPosition: appended[0]!.lastPosition });
      }
      const read = await store.readStreams(streams.map((streamId) => ({ streamId, afterVersion: 0 })));
      expect([...read.values()].flat()).toHaveLength(1);
      expect(await store.findCommand(commandId)).toEqual({
        ...record(commandId),
        lastPosition: appended[0]!.lastPosition,
      });
    });

    it('records a command that wrote no events, once', async () => {
      const commandId = randomUUID();
      expect(await store.recordCommand(record(commandId, 'first'))).toEqual({ kind: 'recorded' });
      expect(await store.recordCommand(record(commandId, 'second'))).toEqual({
        kind: 'duplicate',
        existing: { ...record(commandId, 'first'), lastPosition: null },
      });
      expect(await store.findCommand(randomUUID())).toBeUndefined();
    });

    it('reads the whole log after a position, in order, a page at a time', async () => {
      const start = await store.head();
      const streams = Array.from({ length: 7 }, () => randomUUID());
      for (const stream of streams) await store.append([to(stream, 0, event('Paged'), event('Paged'))]);
      const seen: string[] = [];
      let after = start;
      for (;;) {
        const page = await store.readAllAfter(after, 3);
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(3);
        seen.push(...page.map((e) => `${e.streamId}:${e.version}`));
        after = page.at(-1)!.position;
      }
      expect(seen).toEqual(streams.flatMap((s) => [`${s}:1`, `${s}:2`]));
      expect(after).toBe(await store.head());
      expect(await store.countAfter(start)).toBe(14);
      expect(await store.countAfter(after)).toBe(0);
    });

    it('reads the newest events of the log, oldest first', async () => {
      const streams = Array.from({ length: 3 }, () => randomUUID());
      for (const stream of streams) await store.append([to(stream, 0, event('Newest'), event('Newest'))]);
      const last = await store.readLast(3);
      expect(last.map((e) => `${e.streamId}:${e.version}`)).toEqual([
        `${streams[1]}:2`,
        `${streams[2]}:1`,
        `${streams[2]}:2`,
      ]);
      expect(last.at(-1)!.position).toBe(await store.head());
    });

    it('reads in numeric order where positions change their number of digits, skipping none', async () => {
      // Positions as a long-lived log reaches them (xid × 65536 crosses 10^10 at xid 152,588),
      // written directly: appends take theirs from the transaction id.
      const positions = [9n, 10n, 99n, 100n, 101n, 999n];
      const insert = `insert into events (position, event_id, stream_id, version, type, data, metadata)
        values ($1::text::bigint, gen_random_uuid(), $2, 1, 'Digits', '{}', '{}')`;
      const sql = opened.pglite ? undefined : postgres(opened.databaseUrl!, { max: 1, onnotice: () => {} });
      try {
        for (const position of positions) {
          const params = [position.toString(), `digits-${position}`];
          if (opened.pglite) await opened.pglite.query(insert, params);
          else await sql!.unsafe(insert, params);
        }
      } finally {
        await sql?.end();
      }
      const seen: bigint[] = [];
      for (let after = 0n, page = await store.readAllAfter(after, 2); seen.length < positions.length;) {
        seen.push(...page.map((e) => e.position));
        after = page.at(-1)!.position;
        page = await store.readAllAfter(after, 2);
      }
      expect(seen.slice(0, positions.length)).toEqual(positions);
    });

    it('wakes a watcher after each commit with its last position', async () => {
      const seen: Array<bigint | undefined> = [];
      const stop = await store.watchAppends((position) => seen.push(position));
      const outcome = await store.append([to(randomUUID(), 0, event('Watched'))]);
      if (outcome.kind !== 'appended') throw new Error(outcome.kind);
      await expect.poll(() => seen).toContain(outcome.lastPosition);
      await stop();
      const after = seen.length;
      await store.append([to(randomUUID(), 0, event('Unwatched'))]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toHaveLength(after);
    });

    it('hands a watcher each append as the log holds it, with the position right before it', async () => {
      const handed: Array<AppendedEvents | undefined> = [];
      const stop = await store.watchAppends((position, appended) => appended && handed.push(appended));
      const before = await store.head();
      // Keys out of jsonb's order, a nested object and an array, a multi-byte key.
      const data = { zebra: 1, a: { long: true, b: [{ yy: 2, x: null }] }, é: 'é', ab: 'two' };
      // The id as the caller wrote it: PostgreSQL prints it lower case, with hyphens.
      const shouted = { ...event('Handed'), eventId: `{${randomUUID().toUpperCase()}}` };
      const outcome = await store.append([
        to(randomUUID(), 0, event('Handed', data), event('Handed', { n: 2 })),
        to(randomUUID(), 0, shouted),
      ]);
      if (outcome.kind !== 'appended') throw new Error(outcome.kind);
      await stop();
      expect(handed).toHaveLength(1);

      await untilReadable(store, outcome.lastPosition);
      const logged = await store.readAllAfter(before, 10);
      expect(handed[0]!.previousPosition).toBe(before);
      expect(handed[0]!.events).toEqual(logged);
      expect(handed[0]!.events.at(-1)!.position).toBe(outcome.lastPosition);
      // Equal as text too: a subscriber cannot tell a handed event from one read back.
      expect(JSON.stringify(handed[0]!.events.map((e) => [e.data, e.metadata]))).toBe(
        JSON.stringify(logged.map((e) => [e.data, e.metadata])),
      );
    });

    if (backend.name === 'PostgreSQL')
      it('hands over no events while an older transaction could still commit some before them', async () => {
        const handed: Array<AppendedEvents | undefined> = [];
        const stop = await store.watchAppends((position, appended) => position && handed.push(appended));
        const older = await openOlderTransaction(opened.databaseUrl!);
        try {
          const outcome = await store.append([to(randomUUID(), 0, event('Unhanded'))]);
          expect(outcome.kind).toBe('appended');
        } finally {
          await older.end();
          await stop();
        }
        expect(handed.length).toBeGreaterThan(0);
        expect(handed.every((appended) => appended === undefined)).toBe(true);
      });

    it('moves a checkpoint forward only', async () => {
      const name = `relay-${randomUUID()}`;
      expect(await store.loadCheckpoint(name)).toBe(0n);
      await store.saveCheckpoint(name, 500n);
      await store.saveCheckpoint(name, 300n);
      expect(await store.loadCheckpoint(name)).toBe(500n);
      await store.saveCheckpoint(name, 900n);
      expect(await store.loadCheckpoint(name)).toBe(900n);
    });
  });
}

describe.skipIf(!(await postgresAvailability()).available)(
  'commit notifications across processes (PostgreSQL)',
  () => {
    it("wakes a watcher on another connection pool's append", async () => {
      const database = await createTemporaryDatabase();
      const writer = await openPostgresEventStore({ url: database.url, maxConnections: 2 });
      const follower = await openPostgresEventStore({ url: database.url, maxConnections: 2 });
      try {
        const seen: Array<bigint | undefined> = [];
        const stop = await follower.watchAppends((position) => seen.push(position));
        const outcome = await writer.append([to(randomUUID(), 0, event('Elsewhere'))]);
        if (outcome.kind !== 'appended') throw new Error(outcome.kind);
        await expect.poll(() => seen).toContain(outcome.lastPosition);
        await stop();
      } finally {
        await writer.close();
        await follower.close();
        await database.drop();
      }
    });

    it('announces appended positions, each at most once, and nothing for an append refused', async () => {
      const database = await createTemporaryDatabase();
      const writer = await openPostgresEventStore({ url: database.url, maxConnections: 2 });
      const follower = await openPostgresEventStore({ url: database.url, maxConnections: 2 });
      try {
        const seen: bigint[] = [];
        const stop = await follower.watchAppends((position) => position !== undefined && seen.push(position));
        const stream = randomUUID();
        const first = await writer.append([to(stream, 0, event('First'))]);
        if (first.kind !== 'appended') throw new Error(first.kind);
        const refused = await writer.append([to(stream, 0, event('Conflicting'))]);
        expect(refused.kind).toBe('version-conflict');
        // Concurrent appends: a notification may cover several (the highest of them).
        const outcomes = await Promise.all(
          Array.from({ length: 12 }, () => writer.append([to(randomUUID(), 0, event('Together'))])),
        );
        const positions = outcomes.map((outcome) => {
          if (outcome.kind !== 'appended') throw new Error(outcome.kind);
          return outcome.lastPosition;
        });
        const last = positions.reduce((a, b) => (a > b ? a : b));
        await expect.poll(() => seen).toContain(last);
        await stop();
        const appended = new Set([first.lastPosition, ...positions]);
        expect(seen.every((position) => appended.has(position))).toBe(true);
        expect(new Set(seen).size).toBe(seen.length);
      } finally {
        await writer.close();
        await follower.close();
        await database.drop();
      }
    });
  },
);

describe('embedded PGlite persisted to a folder', () => {
  it('keeps every event across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sluice-pglite-'));
    try {
      const stream = randomUUID();
      const first = await openPgliteEventStore({ dataDir });
      await first.append([to(stream, 0, event('BeforeRestart'))]);
      const head = await first.head();
      await first.close();

      const second = await openPgliteEventStore({ dataDir });
      expect(await second.head()).toBe(head);
      const read = (await second.readStreams([{ streamId: stream, afterVersion: 0 }])).get(stream)!;
      expect(read.map((e) => e.type)).toEqual(['BeforeRestart']);
      expect((await second.append([to(stream, 1, event('AfterRestart'))])).kind).toBe('appended');
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
