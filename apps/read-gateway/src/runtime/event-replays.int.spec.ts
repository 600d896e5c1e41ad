import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { newPglite, openPgliteEventStore, type EventStore, type StoredEvent } from '@sluice/event-store';
import { openPgliteProjections, type OpenedProjections } from '@sluice/projections';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SubscriberTransport } from '../live-feed';
import { take } from '../test-support/take';
import { ChangeStream } from './change-stream';
import { LiveFeedHub } from './live-feed-hub';

const metadata = { correlationId: 'test', causationId: 'test', at: '2026-01-01T00:00:00.000Z' };

describe('replays of the event log', () => {
  let pglite: PGlite;
  let store: EventStore;
  let projections: OpenedProjections;
  let stream: ChangeStream;
  const reads = { log: 0, types: 0, stream: 0 };

  const counted = (inner: EventStore): EventStore =>
    Object.assign(Object.create(inner) as EventStore, {
      readAllAfter: (position: bigint, limit: number) => (reads.log++, inner.readAllAfter(position, limit)),
      readTypesAfter: (position: bigint, types: readonly string[], limit: number) => (
        reads.types++,
        inner.readTypesAfter(position, types, limit)
      ),
      readStreamPage: (streamId: string, page: Parameters<EventStore['readStreamPage']>[1]) => (
        reads.stream++,
        inner.readStreamPage(streamId, page)
      ),
    });

  async function append(streamId: string, count: number, type = 'Noted'): Promise<void> {
    const version = await store.streamVersion(streamId);
    await store.append([
      {
        streamId,
        expectedVersion: version,
        events: Array.from({ length: count }, (_, i) => ({
          eventId: randomUUID(),
          type,
          data: { i: version + i + 1 },
          metadata,
        })),
      },
    ]);
  }

  beforeAll(async () => {
    pglite = newPglite();
    store = await openPgliteEventStore({ pglite });
    projections = await openPgliteProjections(pglite);
    for (let round = 0; round < 3; round++) {
      await append('busy', 400);
      await append('quiet', 300);
      await append('flags', 250, 'Flagged');
    }
    stream = new ChangeStream(store, await store.head());
  });
  afterAll(async () => {
    await store?.close();
    await pglite?.close();
  });

  it("replays one stream from its own index, never the log's, then follows it live", async () => {
    const hub = new LiveFeedHub(projections.db, stream, counted(store));
    reads.log = reads.types = reads.stream = 0;
    const feed = hub.events({ after: 0n, streamId: 'quiet' })[Symbol.asyncIterator]();
    const replayed = await take(feed, 900);
    expect(replayed.map((event) => (event.data as { i: number }).i)).toEqual(
      Array.from({ length: 900 }, (_, i) => i + 1),
    );
    expect(reads.log + reads.types).toBe(0);
    expect(reads.stream).toBe(2);

    const previous = await store.head();
    await append('busy', 1);
    await append('quiet', 1);
    stream.advanceTo(await store.head());
    const [live] = await take<StoredEvent>(feed, 1);
    expect(live).toMatchObject({ streamId: 'quiet', version: 901 });
    expect(live!.position).toBeGreaterThan(previous);
    await feed.return?.();
    hub.close();
  });

  it('caps replays running at once, per socket and per process, and lets one start once another is done', async () => {
    const hub = new LiveFeedHub(projections.db, stream, store, { maxReplays: 2, maxReplaysPerSocket: 1 });
    const socket: SubscriberTransport = { cutOff: () => {} };
    const first = hub.events({ after: 0n, streamId: 'busy' }, socket)[Symbol.asyncIterator]();
    await first.next();
    expect(() => hub.events({ after: 0n }, socket)).toThrow(
      expect.objectContaining({ extensions: { code: 'TOO_MANY_REPLAYS' } }) as Error,
    );
    const second = hub.events({ after: 0n, streamId: 'quiet' })[Symbol.asyncIterator]();
    await second.next();
    expect(() => hub.events({ after: 0n })).toThrow(/this gateway runs 2 at once/);
    // Live only, no replay: never capped.
    const live = hub.events({ streamId: 'busy' }, socket)[Symbol.asyncIterator]();

    // The first replay catches up: 1 + 1200 events are all 'busy' held (1,201 with the first
    // test's), and its subscriber asks for what follows, the live part. The socket may start another.
    await take(first, 1200);
    const waitingLive = first.next();
    // Its end is one more (empty) read of the stream away: retried until then, not timed.
    const third = await vi.waitFor(
      () => hub.events({ after: 0n, streamId: 'quiet' }, socket)[Symbol.asyncIterator](),
      { timeout: 10_000, interval: 10 },
    );
    await third.next();
    // A subscriber that leaves mid-replay frees its place too.
    await second.return?.();
    const fourth = hub.events({ after: 0n, streamId: 'busy' })[Symbol.asyncIterator]();
    await fourth.next();

    // A live event ends the first one's wait, so that it can be closed.
    await append('busy', 1);
    stream.advanceTo(await store.head());
    expect((await waitingLive).value).toMatchObject({ streamId: 'busy', version: 1202 });
    for (const feed of [first, third, fourth, live]) await feed.return?.();
    hub.close();
  });
  it('replays some types from the (type, position) index, never the log, a page at a time, then follows them live', async () => {
    const hub = new LiveFeedHub(projections.db, stream, counted(store));
    reads.log = reads.types = reads.stream = 0;
    const feed = hub.events({ after: 0n, types: ['Flagged', 'Unwritten'] })[Symbol.asyncIterator]();
    const replayed = await take(feed, 750);
    expect(replayed.map((event) => [event.type, (event.data as { i: number }).i])).toEqual(
      Array.from({ length: 750 }, (_, i) => ['Flagged', i + 1]),
    );
    // 500 and 250: a short page is the end of the range.
    expect(reads).toEqual({ log: 0, types: 2, stream: 0 });

    await append('busy', 1);
    await append('flags', 1, 'Flagged');
    stream.advanceTo(await store.head());
    const [live] = await take<StoredEvent>(feed, 1);
    expect(live).toMatchObject({ streamId: 'flags', version: 751 });
    await feed.return?.();
    hub.close();
  });

  it('replays no event of the type where the range holds none, and hands over those past it live, once each', async () => {
    const hub = new LiveFeedHub(projections.db, stream, counted(store));
    const after = stream.current();
    await append('busy', 30);
    stream.advanceTo(await store.head());
    await vi.waitFor(async () => expect(stream.current()).toBe(await store.head()), { timeout: 10_000 });
    // Readable, but past where the live stream stands when the subscriber joins.
    await append('flags', 3, 'Flagged');
    reads.log = reads.types = reads.stream = 0;
    const feed = hub.events({ after, types: ['Flagged'] })[Symbol.asyncIterator]();
    const first = feed.next();
    await vi.waitFor(() => expect(reads.types).toBe(1), { timeout: 10_000 });

    stream.advanceTo(await store.head());
    await append('flags', 1, 'Flagged');
    stream.advanceTo(await store.head());
    const versions = [(await first).value as StoredEvent, ...(await take<StoredEvent>(feed, 3))].map(
      (event) => event.version,
    );
    expect(versions).toEqual([752, 753, 754, 755]);
    expect(reads).toEqual({ log: 0, types: 1, stream: 0 });
    await feed.return?.();
    hub.close();
  });
});
