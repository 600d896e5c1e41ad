import { randomUUID } from 'node:crypto';
import { createTemporaryDatabase, postgresAvailability, type TemporaryDatabase } from '@sluice/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAppend } from './encode-append';
import type { EventStore } from './event-store';
import { openPostgresEventStore } from './open-postgres-event-store';
import type { StoredEvent, StreamAppend } from './stored-event';

const pg = await postgresAvailability();
const LATER_APPENDS = 200;

function single(type: string): StreamAppend {
  const metadata = { correlationId: 'gap', causationId: 'gap', at: '2026-01-01T00:00:00.000Z' };
  return {
    streamId: randomUUID(),
    expectedVersion: 0,
    events: [{ eventId: randomUUID(), type, data: {}, metadata }],
  };
}

/** Follows the log like a relay: reads pages after the last position it has taken. */
class Follower {
  readonly seen: Array<{ eventId: string; position: bigint }> = [];
  private after = 0n;

  constructor(
    private readonly read: (after: bigint) => Promise<Array<Pick<StoredEvent, 'eventId' | 'position'>>>,
  ) {}

  async poll(): Promise<void> {
    for (let page = await this.read(this.after); page.length > 0; page = await this.read(this.after)) {
      this.seen.push(...page);
      this.after = page.at(-1)!.position;
    }
  }
}

describe.skipIf(!pg.available)('reading the log while a transaction commits late (PostgreSQL)', () => {
  let database: TemporaryDatabase;
  let store: EventStore;
  let raw: postgres.Sql;

  beforeAll(async () => {
    database = await createTemporaryDatabase();
    store = await openPostgresEventStore({ url: database.url, maxConnections: 8 });
    raw = postgres(database.url, { max: 4, onnotice: () => {} });
  });

  afterAll(async () => {
    await raw?.end();
    await store?.close();
    await database?.drop();
  });

  it('never skips the late event, never duplicates, where a naive position reader skips it', async () => {
    const ours = new Follower((after) => store.readAllAfter(after, 50));
    const naive = new Follower(async (after) => {
      const rows = await raw<{ event_id: string; position: string }[]>`
        select event_id, position::text from events where position > ${after.toString()}::bigint
        order by position limit 50`;
      return rows.map((row) => ({ eventId: row.event_id, position: BigInt(row.position) }));
    });

    let releaseHeld!: () => void;
    const heldGate = new Promise<void>((resolve) => (releaseHeld = resolve));
    let heldWritten!: () => void;
    const heldReady = new Promise<void>((resolve) => (heldWritten = resolve));
    const late = single('CommittedLate');
    const held = raw.begin(async (tx) => {
      const encoded = encodeAppend([late]);
      // postgres.js would serialise a string sent as jsonb once more; send it as text.
      await tx`select sluice_append(${encoded.streams}::text::jsonb, ${encoded.events}::text::jsonb, null)`;
      heldWritten();
      await heldGate;
    });
    await heldReady;

    const later: StreamAppend[] = Array.from({ length: LATER_APPENDS }, (_, i) => single(`Later${i}`));
    try {
      let appending = true;
      const following = (async () => {
        while (appending) {
          await Promise.all([ours.poll(), naive.poll()]);
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      for (let i = 0; i < later.length; i += 8) {
        const outcomes = await Promise.all(later.slice(i, i + 8).map((append) => store.append([append])));
        expect(outcomes.every((o) => o.kind === 'appended')).toBe(true);
      }
      appending = false;
      await following;
      await Promise.all([ours.poll(), naive.poll()]);

      // While the early transaction is open, the naive reader has moved past its position;
      // ours waits for it.
      expect(naive.seen.length).toBeGreaterThan(0);
      expect(ours.seen).toHaveLength(0);
    } finally {
      releaseHeld();
      await held;
    }
    await Promise.all([ours.poll(), naive.poll()]);

    const lateId = late.events[0]!.eventId;
    const expected = [lateId, ...later.map((append) => append.events[0]!.eventId)];
    // The naive reader lost the late event for good (and, with 8 writers committing out of
    // order, usually some of the later ones too).
    expect(naive.seen.map((e) => e.eventId)).not.toContain(lateId);
    expect(naive.seen.length).toBeLessThan(expected.length);

    // Every event once; in position order, which follows the writing transactions' ids.
    expect(ours.seen.map((e) => e.eventId).sort()).toEqual([...expected].sort());
    expect(ours.seen[0]!.eventId).toBe(lateId);
    expect(new Set(ours.seen.map((e) => e.eventId)).size).toBe(expected.length);
    const positions = ours.seen.map((e) => e.position);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
  });
});
