import type { EventStore, StoredEvent } from '@sluice/event-store';
import {
  foldSnapshots,
  openPgliteProjections,
  openPostgresProjections,
  type OpenedProjections,
} from '@sluice/projections';
import { appendRandomShopHistory, eventStoreBackends, type OpenedStore } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotKey, type EntityFold } from './entity-fold';
import { foldUntil } from './fold-until';
import { orderFold, orderOf } from './order-as-of';
import type { PastPoint } from './past-point';
import { productFold, productOf } from './product-as-of';

/** The store, counting the events a fold reads. */
function counting(store: EventStore): { store: Pick<EventStore, 'readStreamPage'>; read: () => number } {
  let read = 0;
  return {
    store: {
      readStreamPage: async (streamId, page) => {
        const events = await store.readStreamPage(streamId, page);
        read += events.length;
        return events;
      },
    },
    read: () => read,
  };
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`folding a stream up to a point on ${backend.name}`, () => {
    let opened: OpenedStore;
    let readModels: OpenedProjections;
    const streams: Array<{ id: string; events: StoredEvent[] }> = [];

    beforeAll(async () => {
      opened = await backend.open();
      readModels = opened.pglite
        ? await openPgliteProjections(opened.pglite)
        : await openPostgresProjections(opened.databaseUrl!, 4);
      await appendRandomShopHistory(opened.store, { seed: 21, steps: 200, tag: 'fold' });
      const byStream = new Map<string, StoredEvent[]>();
      for (const event of await opened.store.readAllAfter(0n, 10_000))
        byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
      for (const [id, events] of byStream) if (!id.startsWith('sku:')) streams.push({ id, events });
    });
    afterAll(async () => {
      await readModels?.close();
      await opened?.cleanup();
    });

    /** Every point worth asking of a stream: before it, at and between each of its events, by position and by time. */
    const pointsOf = (events: readonly StoredEvent[]): PastPoint[] => [
      { position: events[0]!.position - 1n },
      ...events.flatMap((event) => [
        { position: event.position },
        { position: event.position + 1n },
        { time: event.occurredAt },
      ]),
    ];

    it('answers from snapshots exactly what folding from the first event answers, at every point', async () => {
      const folds: Array<[EntityFold<never>, (held: never) => unknown]> = [
        [productFold as EntityFold<never>, productOf],
        [orderFold as EntityFold<never>, orderOf],
      ];
      let compared = 0;
      for (const { id, events } of streams) {
        const [fold, shown] = id.includes('-product-') ? folds[0]! : folds[1]!;
        const context = { store: opened.store, db: readModels.db };
        for (const point of pointsOf(events)) {
          const plain = shown(await foldUntil(context, fold, id, point, { snapshots: false }));
          // Twice: the first keeps snapshots every 2 versions, the second starts from one.
          for (let round = 0; round < 2; round++)
            expect(
              shown(await foldUntil(context, fold, id, point, { snapshots: { every: 2 } })),
              `${id} at ${JSON.stringify(point, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))}`,
            ).toEqual(plain);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(300);
      const [kept] = await readModels.session.query(
        'select count(*)::int as snapshots from fold_snapshots',
        [],
      );
      expect(Number(kept!.snapshots)).toBeGreaterThan(50);
    });

    it('reads only the events after the nearest snapshot once one is kept', async () => {
      const { id, events } = streams
        .filter(({ id }) => id.includes('-product-'))
        .sort((a, b) => b.events.length - a.events.length)[0]!;
      expect(events.length).toBeGreaterThanOrEqual(6);
      const head = { position: events.at(-1)!.position };
      await readModels.session.query('delete from fold_snapshots where stream_id = $1', [id]);
      const cold = counting(opened.store);
      const first = await foldUntil({ store: cold.store, db: readModels.db }, productFold, id, head, {
        snapshots: { every: 5 },
      });
      expect(cold.read()).toBe(events.length);
      const warm = counting(opened.store);
      expect(
        await foldUntil({ store: warm.store, db: readModels.db }, productFold, id, head, {
          snapshots: { every: 5 },
        }),
      ).toEqual(first);
      expect(warm.read()).toBe(events.length % 5);
    });

    it("passes over a snapshot kept by another version of the fold or of the events' schemas", async () => {
      const { id, events } = streams.find(({ id }) => id.includes('-product-'))!;
      const head = { position: events.at(-1)!.position };
      const truth = productOf(
        await foldUntil({ store: opened.store, db: readModels.db }, productFold, id, head, {
          snapshots: false,
        }),
      );
      const stale = {
        ...productFold.initial(),
        state: { ...productFold.initial().state, exists: true, name: 'stale' },
      };
      await readModels.db.insert(foldSnapshots).values({
        streamId: id,
        fold: snapshotKey({ ...productFold, version: productFold.version - 1 }),
        version: events.at(-1)!.version,
        position: head.position,
        recordedAt: events.at(-1)!.occurredAt.toISOString(),
        state: stale,
      });
      expect(
        productOf(await foldUntil({ store: opened.store, db: readModels.db }, productFold, id, head)),
      ).toEqual(truth);
    });
  });
}
