import { randomUUID } from 'node:crypto';
import type { EventStore } from '@sluice/event-store';
import {
  appendDomainEvents as write,
  appendRandomShopHistory,
  eventStoreBackends,
  eventTime as at,
  type OpenedStore,
  placeAndPay,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from '../all-projections';
import { projectionStatuses } from '../checkpoints';
import { waitingDeadLetters } from '../dead-letter-operations';
import type { OpenedProjections } from '../open-projections';
import type { AnyProjection } from '../projection';
import { Projector } from '../projector';
import { readModelDigest } from '../test-support/read-model-digest';
import { readModelsOn } from '../test-support/read-models-on';
import { currentGenerations } from './generations';
import { rebuildProjections } from './rebuild';
import { RebuildError } from './rebuild-lock';
import { shadowExists } from './shadow-tables';

const byName = (name: string) => allProjections.find((projection) => projection.name === name)!;

/** The products projection as a new version of its code would write it: names in capitals. */
const shoutingProducts: AnyProjection = {
  ...byName('products'),
  version: 2,
  async run(load, save, events, cache) {
    const shouted = events.map((event) =>
      event.type === 'ProductRegistered'
        ? {
            ...event,
            data: {
              ...(event.data as { name: string }),
              name: (event.data as { name: string }).name.toUpperCase(),
            },
          }
        : event,
    );
    return byName('products').run(load, save, shouted, cache);
  },
};

/** A store whose reads fail after the first page: a rebuild that cannot finish. */
function failingAfterFirstRead(store: EventStore): EventStore {
  let reads = 0;
  return Object.assign(Object.create(store) as EventStore, {
    readAllAfter: (position: bigint, limit: number) =>
      ++reads > 1 ? Promise.reject(new Error('the log went away')) : store.readAllAfter(position, limit),
  });
}

/** A store whose reads wait, after the first, until `release`: a rebuild caught in its first phase. */
function heldAfterFirstRead(store: EventStore): { store: EventStore; release(): void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  return {
    store: Object.assign(Object.create(store) as EventStore, {
      async readAllAfter(position: bigint, limit: number) {
        if (++reads > 1) await held;
        return store.readAllAfter(position, limit);
      },
    }),
    release,
  };
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`blue-green rebuild on ${backend.name}`, () => {
    let opened: OpenedStore;
    let readModels: OpenedProjections;
    let live: Projector;

    const productNames = async () =>
      (await readModels.session.query('select name from products order by name', [])).map((row) =>
        String(row.name),
      );
    const checkpoint = async (name: string) =>
      (
        await readModels.session.query(
          'select position::text as position, generation from projection_checkpoints where name = $1',
          [name],
        )
      )[0];

    /** A shop of `products` products with one paid order each, applied by the live projector. */
    async function shop(products: number): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < products; i++) {
        const productId = randomUUID();
        ids.push(productId);
        await write(opened.store, [productId, 0, registered(productId, 100)]);
        await placeAndPay(opened.store, productId, 1, 1 + (i % 3));
      }
      await live.catchUp();
      return ids;
    }

    beforeAll(async () => {
      opened = await backend.open();
      readModels = await readModelsOn(opened);
      live = new Projector(readModels.session, opened.store, allProjections);
    });
    afterAll(async () => {
      await readModels?.close();
      await opened?.cleanup();
    });

    it('builds every projection anew beside the live tables and switches to rows equal to them', async () => {
      await shop(20);
      const before = await readModelDigest(readModels.session.query);
      const head = await opened.store.head();

      const phases: string[] = [];
      const result = await rebuildProjections(readModels, opened.store, {
        projections: allProjections,
        batchSize: 7,
        onProgress: ({ phase }) => void (phases.at(-1) !== phase && phases.push(phase)),
      });

      expect(result.position).toBe(head);
      expect(result.events).toBe(await opened.store.countAfter(0n));
      expect(phases).toEqual(['catching up', 'writing', 'catching up', 'indexing', 'switching', 'switched']);
      expect(await readModelDigest(readModels.session.query)).toEqual(before);
      for (const { name } of allProjections) {
        expect(await checkpoint(name)).toEqual({
          position: String(head),
          generation: result.generations.get(name),
        });
      }
      expect(await shadowExists(readModels.session.query)).toBe(false);
      const generations = await currentGenerations(readModels.session.query, ['products']);
      expect(generations).toMatchObject([{ projection: 'products', state: 'live', codeVersion: 1 }]);
      expect(generations[0]!.generation).toBeGreaterThan(1);
      // The new tables are as the migrations made the old: the same indexes by name, and logged.
      const indexes = await readModels.session.query(
        `select indexname from pg_indexes where tablename = 'orders' and schemaname = current_schema() order by 1`,
        [],
      );
      expect(indexes.map((row) => row.indexname)).toEqual([
        'orders_by_customer',
        'orders_by_status',
        'orders_newest',
        'orders_pkey',
      ]);
      const [persistence] = await readModels.session.query(
        `select relpersistence from pg_class where oid = 'product_sales'::regclass`,
        [],
      );
      expect(persistence?.relpersistence).toBe('p');

      // The live projector, whose cached rows were of the generation replaced, goes on correctly.
      const [product] = await shop(1);
      await write(opened.store, [
        product!,
        2,
        { type: 'ProductRestocked', data: { productId: product!, quantity: 5, at } },
      ]);
      await live.catchUp();
      const [row] = await readModels.session.query('select stock from products where id = $1', [product]);
      expect(Number(row?.stock)).toBe(100 - 1 + 5);
    });

    it('serves the old rows while the new code builds, then the new, and the live projector keeps what came meanwhile', async () => {
      const [product] = await shop(30);
      const old = await productNames();
      // Appended but not yet applied by the live projector: the switch must not lose it.
      await write(opened.store, [
        product!,
        2,
        { type: 'ProductRestocked', data: { productId: product!, quantity: 7, at } },
      ]);

      const seen: string[][] = [];
      let done = false;
      const reading = (async () => {
        while (!done) seen.push(await productNames());
      })();
      const result = await rebuildProjections(readModels, opened.store, {
        projections: [shoutingProducts],
        batchSize: 10,
      }).finally(() => (done = true));
      await reading;

      const shouted = old.map((name) => name.toUpperCase()).sort();
      expect(seen.length).toBeGreaterThan(1);
      for (const names of seen) expect([old, shouted]).toContainEqual(names);
      expect(await productNames()).toEqual(shouted);
      expect((await checkpoint('products'))?.generation).toBe(result.generations.get('products'));
      expect((await currentGenerations(readModels.session.query, ['products']))[0]).toMatchObject({
        codeVersion: 2,
        state: 'live',
      });

      // The restock the live projector had not applied is in the new generation; after the switch
      // the live projector applies the rest to the others only, and a new event to all.
      await write(opened.store, [
        product!,
        3,
        { type: 'ProductRestocked', data: { productId: product!, quantity: 1, at } },
      ]);
      await live.catchUp();
      const [row] = await readModels.session.query('select stock, name from products where id = $1', [
        product,
      ]);
      expect(Number(row?.stock)).toBe(100 - 1 + 7 + 1);
      expect(String(row?.name)).toBe(String(row?.name).toUpperCase());
    });

    it('after random histories applied a few events at a time, rebuilds rows equal to the live ones, in memory, as a projector, or handing over from one to the other', async () => {
      // memoryRows: the whole log in memory; none (the projector from the start); a few (the
      // in-memory fold writes out early and the projector goes on from there). spillRows: the
      // histories written out every few rows while the fold goes on.
      const ways = [
        {},
        { memoryRows: 0 },
        { memoryRows: 40 },
        { spillRows: 3 },
        { memoryRows: 40, spillRows: 2 },
      ];
      for (const seed of [11, 12, 13]) {
        await appendRandomShopHistory(opened.store, {
          seed,
          steps: 60,
          tag: `s${seed}-${randomUUID().slice(0, 6)}`,
        });
        await new Projector(readModels.session, opened.store, allProjections, {
          batchSize: seed - 10,
        }).catchUp();
        const live = await readModelDigest(readModels.session.query);
        for (const way of ways) {
          await rebuildProjections(readModels, opened.store, {
            projections: allProjections,
            batchSize: 50,
            ...way,
          });
          expect(
            await readModelDigest(readModels.session.query),
            `seed ${seed}, ${JSON.stringify(way)}`,
          ).toEqual(live);
        }
      }
    });

    it('records its progress where any process reads it, from its first page in memory on', async () => {
      await shop(5);
      const { store, release } = heldAfterFirstRead(opened.store);
      const rebuilding = rebuildProjections(readModels, store, {
        projections: [byName('orders')],
        batchSize: 7,
      });
      try {
        await expect
          .poll(async () => (await projectionStatuses(readModels.db, ['orders']))[0]?.building)
          .toMatchObject({ progress: { phase: 'catching up', events: 7 } });
        const [orders] = await projectionStatuses(readModels.db, ['orders']);
        // Nothing is written yet: the position is the one applied in memory.
        expect(orders!.building!.position).toBe(orders!.building!.progress!.position);
        expect(orders!.building!.position).toBeGreaterThan(0n);
        expect(orders!.building!.progress!.head).toBe(await opened.store.head());
      } finally {
        release();
      }
      await rebuilding;
      expect((await projectionStatuses(readModels.db, ['orders']))[0]!.building).toBeUndefined();
    });

    it('refuses a second rebuild while one is under way', async () => {
      await shop(5);
      // The first rebuild is held at its second read of the log, lock taken, until the second is refused.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let underWay!: () => void;
      const started = new Promise<void>((resolve) => (underWay = resolve));
      let reads = 0;
      const store = Object.assign(Object.create(opened.store) as EventStore, {
        async readAllAfter(position: bigint, limit: number) {
          if (++reads === 2) {
            underWay();
            await held;
          }
          return opened.store.readAllAfter(position, limit);
        },
      });
      const first = rebuildProjections(readModels, store, { projections: allProjections, batchSize: 10 });
      await started;
      await expect(
        rebuildProjections(readModels, opened.store, { projections: allProjections }),
      ).rejects.toThrow(RebuildError);
      release();
      await first;
    });

    it('leaves the live generation as it was when a rebuild fails, and nothing of its own behind', async () => {
      await shop(5);
      const before = await readModelDigest(readModels.session.query);
      const generations = await currentGenerations(readModels.session.query, ['orders']);

      await expect(
        rebuildProjections(readModels, failingAfterFirstRead(opened.store), {
          projections: allProjections,
          batchSize: 3,
        }),
      ).rejects.toThrow('the log went away');

      expect(await readModelDigest(readModels.session.query)).toEqual(before);
      expect(await currentGenerations(readModels.session.query, ['orders'])).toEqual(generations);
      expect(await shadowExists(readModels.session.query)).toBe(false);
    });

    it("gives the new generation its own dead letters, in place of the old one's", async () => {
      const [product] = await shop(2);
      const failing: AnyProjection = {
        ...byName('sales'),
        version: 2,
        run: (load, save, events, cache) =>
          events.some((event) => event.type === 'ProductRestocked')
            ? Promise.reject(new Error('a bug in the new sales code'))
            : byName('sales').run(load, save, events, cache),
      };
      await write(opened.store, [
        product!,
        2,
        { type: 'ProductRestocked', data: { productId: product!, quantity: 1, at } },
      ]);
      await live.catchUp();

      const result = await rebuildProjections(readModels, opened.store, { projections: [failing] });

      expect(result.deadLetters).toBeGreaterThanOrEqual(1);
      const letters = await waitingDeadLetters(readModels.db, { projection: 'sales' });
      expect(letters.length).toBe(result.deadLetters);
      expect(letters.every((letter) => letter.type === 'ProductRestocked')).toBe(true);

      // The projector's path sets aside the same events, with the same errors.
      const asProjector = await rebuildProjections(readModels, opened.store, {
        projections: [failing],
        memoryRows: 0,
      });
      expect(asProjector.deadLetters).toBe(result.deadLetters);
      const same = (list: typeof letters) =>
        list.map(({ position, eventId, type, error }) => ({ position, eventId, type, error }));
      expect(same(await waitingDeadLetters(readModels.db, { projection: 'sales' }))).toEqual(same(letters));
    });
  });
}
