import { randomUUID } from 'node:crypto';
import {
  createTemporaryDatabase,
  eventStoreBackends,
  postgresAvailability,
  type OpenedStore,
} from '@sluice/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppendOutcome, CommandRecord } from './command-record';
import type { EventStore } from './event-store';
import { openPostgresEventStore } from './open-postgres-event-store';
import type { NewEvent, StreamAppend } from './stored-event';

const metadata = { correlationId: 'test', causationId: 'test', at: '2026-01-01T00:00:00.000Z' };
const event = (type: string): NewEvent => ({ eventId: randomUUID(), type, data: {}, metadata });
const to = (streamId: string, expectedVersion: number, ...types: string[]): StreamAppend => ({
  streamId,
  expectedVersion,
  events: types.map(event),
});
const record = (commandId: string, result: string): CommandRecord => ({
  commandId,
  commandType: 'test',
  fingerprint: 'f',
  result,
});

/** A transaction's id: positions are `transaction id × 65536 + index`. */
const transactionOf = (position: bigint) => position >> 16n;

/**
 * Commands that refuse each other in every way an append can be refused, by an earlier command
 * and by an earlier one of the same batch. Each is [appends, record?].
 */
function scenario(): Array<[StreamAppend[], CommandRecord?]> {
  const [a, b, c, d, e] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const once = randomUUID();
  return [
    [[to(a, 0, 'A1', 'A2')]],
    [[to(b, 0, 'B1')], record(once, 'first')],
    [[to(a, 0, 'Behind')]],
    [[to(c, 0, 'C1')], record(once, 'again')],
    [[to(d, 0, 'D1')]],
    [[to(d, 0, 'D-again')]],
    [[to(a, 2, 'A3'), to(e, 0, 'E1')]],
    [[to(a, 2, 'A-again'), to(c, 0, 'C-with-it')]],
    [[to(e, 7, 'Gap')]],
    [[to(e, 1, 'E2')], record(randomUUID(), 'own')],
  ];
}

/** Outcomes without positions, and each stream's types: what must not depend on batching. */
async function summary(
  store: EventStore,
  commands: Array<[StreamAppend[], CommandRecord?]>,
  outcomes: AppendOutcome[],
) {
  const streams = [...new Set(commands.flatMap(([appends]) => appends.map(({ streamId }) => streamId)))];
  const read = await store.readStreams(streams.map((streamId) => ({ streamId, afterVersion: 0 })));
  return {
    outcomes: outcomes.map((outcome) =>
      outcome.kind === 'duplicate-command' ? `duplicate of ${String(outcome.existing.result)}` : outcome.kind,
    ),
    streams: streams.map((stream) => read.get(stream)!.map(({ version, type }) => `${version}:${type}`)),
  };
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`group commit on ${backend.name}`, () => {
    let opened: OpenedStore;
    let store: EventStore;

    beforeAll(async () => {
      opened = await backend.open();
      // One batch at a time, so that a batch's commands commit in the order they came: with more
      // in flight, concurrent commands have no order, as without group commit.
      store = opened.databaseUrl
        ? await openPostgresEventStore({ url: opened.databaseUrl, appendsInFlight: 1 })
        : opened.store;
    });
    afterAll(async () => {
      if (store !== opened?.store) await store?.close();
      await opened?.cleanup();
    });

    it('answers each command of a batch on its own, as one at a time would', async () => {
      const alone = scenario();
      const oneByOne: AppendOutcome[] = [];
      for (const [appends, command] of alone) oneByOne.push(await store.append(appends, command));

      const together = scenario();
      const batched = await Promise.all(together.map(([appends, command]) => store.append(appends, command)));

      expect(await summary(store, together, batched)).toEqual(await summary(store, alone, oneByOne));
      expect((await summary(store, together, batched)).outcomes).toEqual([
        'appended',
        'appended',
        'version-conflict',
        'duplicate of first',
        'appended',
        'version-conflict',
        'appended',
        'version-conflict',
        'version-conflict',
        'appended',
      ]);
      // They did share transactions: fewer commits than commands appended.
      const positions = batched.flatMap((outcome) =>
        outcome.kind === 'appended' ? [outcome.lastPosition] : [],
      );
      expect(new Set(positions.map(transactionOf)).size).toBeLessThan(positions.length);
      expect(
        new Set(oneByOne.flatMap((o) => (o.kind === 'appended' ? [transactionOf(o.lastPosition)] : []))).size,
      ).toBe(5);
    });

    it('keeps a batch in log order, each command’s events together and its position its last', async () => {
      const streams = Array.from({ length: 20 }, () => randomUUID());
      const outcomes = await Promise.all(
        streams.map((stream) => store.append([to(stream, 0, 'X', 'Y', 'Z')])),
      );
      const log = await store.readAllAfter(0n, 100_000);
      for (const [index, stream] of streams.entries()) {
        const outcome = outcomes[index]!;
        expect(outcome.kind).toBe('appended');
        const mine = log.filter((e) => e.streamId === stream);
        expect(mine.map((e) => e.type)).toEqual(['X', 'Y', 'Z']);
        expect(mine.at(-1)!.position).toBe(outcome.kind === 'appended' ? outcome.lastPosition : undefined);
        expect(mine[2]!.position - mine[0]!.position).toBe(2n);
      }
    });
  });
}

describe.skipIf(!(await postgresAvailability()).available)('group commit racing another process', () => {
  let database: Awaited<ReturnType<typeof createTemporaryDatabase>>;
  let store: EventStore;
  let other: postgres.Sql;

  beforeAll(async () => {
    database = await createTemporaryDatabase();
    store = await openPostgresEventStore({ url: database.url, appendsInFlight: 1 });
    other = postgres(database.url, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await store?.close();
    await other?.end();
    await database?.drop();
  });

  it('fails no command of a batch for the one another process beat to its stream', async () => {
    const [raced, bystander] = [randomUUID(), randomUUID()];
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const holding = new Promise<void>((resolve) => (inserted = resolve));
    // Another writer's transaction holds `raced` at version 1, not yet committed.
    const racer = other.begin(async (tx) => {
      await tx`insert into events (position, event_id, stream_id, version, type, data, metadata)
        values (pg_current_xact_id()::text::bigint * 65536, ${randomUUID()}, ${raced}, 1, 'Theirs', '{}', '{}')`;
      inserted();
      await committed;
    });
    await holding;

    // Appended in one turn of the event loop, the two go as one batch. It waits on the racer's
    // key, then fails as a whole; each goes again alone.
    const ours = store.append([to(raced, 0, 'Ours')]);
    const theirs = store.append([to(bystander, 0, 'B')], record(randomUUID(), 'bystander'));
    await expect
      .poll(
        async () =>
          (await other<Array<{ n: number }>>`select count(*)::int as n from pg_locks where not granted`)[0]!
            .n,
      )
      .toBeGreaterThan(0);
    commit();
    await racer;

    expect(await ours).toEqual({ kind: 'version-conflict' });
    expect((await theirs).kind).toBe('appended');
    const read = await store.readStreams([
      { streamId: raced, afterVersion: 0 },
      { streamId: bystander, afterVersion: 0 },
    ]);
    expect(read.get(raced)!.map((e) => e.type)).toEqual(['Theirs']);
    expect(read.get(bystander)!.map((e) => e.type)).toEqual(['B']);
  });
});
