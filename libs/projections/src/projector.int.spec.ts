import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '@sluice/event-store';
import {
  appendDomainEvents as write,
  eventStoreBackends,
  type OpenedStore,
  eventTime as at,
  placeAndPay,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allProjections } from './all-projections';
import type { OpenedProjections } from './open-projections';
import type { AnyProjection } from './projection';
import { readModelsOn } from './test-support/read-models-on';
import { Projector } from './projector';
import type { SqlSession } from './sql-session';
import {
  orders,
  productSales,
  products,
  projectionCheckpoints,
  projectionDeadLetters,
  salesStats,
} from './schema';

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`projector on ${backend.name}`, () => {
    let opened: OpenedStore;
    let readModels: OpenedProjections;
    const others: OpenedProjections[] = [];

    const openReadModels = () => readModelsOn(opened);

    async function snapshot() {
      const { db } = readModels;
      return {
        products: await db.select().from(products).orderBy(products.id),
        orders: await db.select().from(orders).orderBy(orders.id),
        stats: await db.select().from(salesStats),
        sales: await db.select().from(productSales).orderBy(productSales.productId),
      };
    }

    async function allEvents(): Promise<StoredEvent[]> {
      return opened.store.readAllAfter(0n, 100_000);
    }

    beforeAll(async () => {
      opened = await backend.open();
      readModels = await openReadModels();
    });
    afterAll(async () => {
      for (const other of others) await other.close();
      await readModels?.close();
      await opened?.cleanup();
    });

    // PGlite shares one connection between the log and the read models: nothing to set there.
    if (backend.name === 'PostgreSQL')
      it('commits the read models without waiting for the WAL flush', async () => {
        const [models] = await readModels.client!.unsafe<Array<{ value: string }>>(
          "select current_setting('synchronous_commit') as value",
        );
        expect(models?.value).toBe('off');
      });

    it('applies the log to every read model, and the same events again change nothing', async () => {
      const { store } = opened;
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 10)]);
      await placeAndPay(store, productId, 1, 3);
      const projector = new Projector(readModels.session, store, allProjections);
      const head = await store.head();
      expect(await projector.catchUp()).toBe(head);
      const [row] = await readModels.db.select().from(products);
      expect(row).toMatchObject({ id: productId, stock: 7, version: 2 });
      const [stats] = await readModels.db.select().from(salesStats);
      expect(stats).toMatchObject({ ordersPlaced: 1, ordersPaid: 1, revenueCents: 1500n });

      const before = await snapshot();
      const events = await allEvents();
      // Delivered twice, and out of order: nothing changes.
      for (const event of [...events, ...events.reverse()])
        await projector.deliver({ event, previousPosition: 0n });
      const again = new Projector(readModels.session, store, allProjections);
      for (const event of events) await again.deliver({ event, previousPosition: 0n });
      expect(await snapshot()).toEqual(before);
    });

    it('fills a gap in deliveries from the log', async () => {
      const { store } = opened;
      const projector = new Projector(readModels.session, store, allProjections);
      await projector.catchUp();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 4, at } }]);
      await write(store, [productId, 2, { type: 'ProductRestocked', data: { productId, quantity: 1, at } }]);
      const fresh = (await allEvents()).filter((e) => e.streamId === productId);
      // Only the last one arrives; its predecessor is unknown to the read models.
      await projector.deliver({ event: fresh[2]!, previousPosition: fresh[1]!.position });
      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 10, version: 3 });
      expect(await projector.appliedPosition()).toBe(fresh[2]!.position);
    });

    it('applies the delivery right after its last one without asking the checkpoints first', async () => {
      const { store } = opened;
      const projector = new Projector(readModels.session, store, allProjections);
      const start = await projector.catchUp();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } }]);
      const [first, second] = await store.readAllAfter(start, 10);
      const asked = vi.spyOn(projector, 'appliedPosition');
      await projector.deliver({ event: first!, previousPosition: start });
      await projector.deliver({ event: second!, previousPosition: first!.position });
      expect(asked).not.toHaveBeenCalled();
      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 7, version: 2 });
      expect(await projector.appliedPosition()).toBe(second!.position);
    });

    it('applies the newest event as delivered, and reads the log when more are behind it', async () => {
      const { store } = opened;
      const projector = new Projector(readModels.session, store, allProjections);
      const start = await projector.catchUp();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      const [registration] = await store.readAllAfter(start, 10);
      const reads = vi.spyOn(store, 'readAllAfter');
      await projector.deliver({ event: registration!, previousPosition: start, atHead: true });
      expect(reads).not.toHaveBeenCalled();

      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } }]);
      await write(store, [productId, 2, { type: 'ProductRestocked', data: { productId, quantity: 3, at } }]);
      const [first, second] = await store.readAllAfter(registration!.position, 10);
      reads.mockClear();
      // Not the newest: the log is read from there, and both go in one transaction.
      await projector.deliver({ event: first!, previousPosition: registration!.position });
      await projector.deliver({ event: second!, previousPosition: first!.position, atHead: true });
      expect(reads).toHaveBeenCalledTimes(1);
      reads.mockRestore();
      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 10, version: 3 });
    });

    it('applies deliveries that came together as one transaction, reading the log only when they do not follow on', async () => {
      const { store } = opened;
      const applied: bigint[] = [];
      const projector = new Projector(readModels.session, store, allProjections, {
        onApplied: (position) => applied.push(position),
      });
      const start = await projector.catchUp();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } }]);
      await write(store, [productId, 2, { type: 'ProductRestocked', data: { productId, quantity: 3, at } }]);
      const [registration, first, second] = await store.readAllAfter(start, 10);
      const reads = vi.spyOn(store, 'readAllAfter');
      await projector.deliverAll([
        { event: registration!, previousPosition: start },
        { event: first!, previousPosition: registration!.position },
        { event: second!, previousPosition: first!.position, atHead: true },
      ]);
      expect(reads).not.toHaveBeenCalled();
      expect(applied).toEqual([second!.position]);
      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 10, version: 3 });

      // Delivered again (at least once): nothing to do. With a gap (an envelope lost): the log.
      await projector.deliverAll([
        { event: first!, previousPosition: registration!.position },
        { event: second!, previousPosition: first!.position, atHead: true },
      ]);
      expect(reads).not.toHaveBeenCalled();
      await write(store, [productId, 3, { type: 'ProductRestocked', data: { productId, quantity: 1, at } }]);
      await write(store, [productId, 4, { type: 'ProductRestocked', data: { productId, quantity: 1, at } }]);
      await write(store, [productId, 5, { type: 'ProductRestocked', data: { productId, quantity: 1, at } }]);
      const [third, fourth, fifth] = await store.readAllAfter(second!.position, 10);
      await projector.deliverAll([
        { event: third!, previousPosition: second!.position },
        { event: fifth!, previousPosition: fourth!.position, atHead: true },
      ]);
      expect(reads).toHaveBeenCalled();
      reads.mockRestore();
      const [after] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(after).toMatchObject({ stock: 13, version: 6 });
      expect(await projector.appliedPosition()).toBe(fifth!.position);
    });

    it('reads the log for a delivery that was the newest when published but has been overtaken', async () => {
      const { store } = opened;
      let newestAppended = 0n;
      const stopWatching = await store.watchAppends((position) => {
        if (position !== undefined && position > newestAppended) newestAppended = position;
      });
      const projector = new Projector(readModels.session, store, allProjections, {
        newestAppended: () => newestAppended,
      });
      const start = await projector.catchUp();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } }]);
      await expect.poll(() => newestAppended).toBe(await store.head());
      const [registration, restock] = await store.readAllAfter(start, 10);
      const reads = vi.spyOn(store, 'readAllAfter');
      await projector.deliver({ event: registration!, previousPosition: start, atHead: true });
      expect(reads).toHaveBeenCalledTimes(1);
      reads.mockRestore();
      // Both went in: the restock arrives with nothing left to do.
      expect(await projector.appliedPosition()).toBe(restock!.position);
      await stopWatching();
    });

    it('takes the rows it committed last from memory, and forgets them once another projector moved on', async () => {
      const { store } = opened;
      const second = await openReadModels();
      others.push(second);
      let productLoads = 0;
      const counted: SqlSession = {
        ...readModels.session,
        query: (text, params) => {
          if (text.includes('from "products"')) productLoads++;
          return readModels.session.query(text, params);
        },
      };
      const projector = new Projector(counted, store, allProjections);
      const productId = randomUUID();
      const restock = (version: number, quantity: number) =>
        write(store, [productId, version, { type: 'ProductRestocked', data: { productId, quantity, at } }]);
      let applied = 0n;
      const deliverNext = async () => {
        const [event] = await store.readAllAfter(applied, 1);
        await projector.deliver({ event: event!, previousPosition: applied, atHead: true });
        applied = event!.position;
      };
      const stock = async () =>
        (await readModels.db.select().from(products).where(eq(products.id, productId)))[0]?.stock;

      applied = await projector.catchUp();
      await write(store, [productId, 0, registered(productId, 5)]);
      await deliverNext();
      await restock(1, 2);
      productLoads = 0;
      await deliverNext();
      expect(productLoads).toBe(0);
      expect(await stock()).toBe(7);

      // Another projector applies the next restock; this one learns the position, not the rows.
      await restock(2, 3);
      await new Projector(second.session, store, allProjections).catchUp();
      applied = await projector.catchUp();
      await restock(3, 1);
      await deliverNext();
      expect(productLoads).toBe(1);
      expect(await stock()).toBe(11);
    });

    it('applies nothing twice when another projector moved the checkpoints behind its back', async () => {
      const { store } = opened;
      const second = await openReadModels();
      others.push(second);
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      const stale = new Projector(readModels.session, store, allProjections);
      const registration = await stale.catchUp();
      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } }]);
      const [restock] = await store.readAllAfter(registration, 10);
      await new Projector(second.session, store, allProjections).catchUp();

      // It still believes the checkpoints stand at the registration: the short path finds them past it.
      await stale.deliver({ event: restock!, previousPosition: registration, atHead: true });
      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 7, version: 2 });
      expect(await stale.appliedPosition()).toBe(restock!.position);
    });

    it.each([
      ['reading the log', false],
      ['as delivered', true],
    ])(
      'applies the log again from a checkpoint reset behind its back, skipping nothing, %s',
      async (_, atHead) => {
        const { store } = opened;
        const projector = new Projector(readModels.session, store, allProjections);
        const productId = randomUUID();
        await write(store, [productId, 0, registered(productId, 5)]);
        const registration = await projector.catchUp();
        await write(store, [
          productId,
          1,
          { type: 'ProductRestocked', data: { productId, quantity: 2, at } },
        ]);
        const [restock] = await store.readAllAfter(registration, 10);
        // Reset, as a rebuild does: the read model emptied, its checkpoint back to the start.
        await readModels.db.delete(products);
        await readModels.db
          .update(projectionCheckpoints)
          .set({ position: 0n })
          .where(eq(projectionCheckpoints.name, 'products'));

        await projector.deliver({ event: restock!, previousPosition: registration, atHead });
        const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
        expect(row).toMatchObject({ stock: 7, version: 2 });
        expect(await projector.appliedPosition()).toBe(restock!.position);
      },
    );

    it('dead-letters an event that keeps failing, with its error, and applies the ones after it', async () => {
      const { store } = opened;
      const deadLettered: Array<{ type: string; error: string }> = [];
      const projector = new Projector(readModels.session, store, allProjections, {
        onDeadLetter: (event, error) => {
          deadLettered.push({ type: event.type, error });
          return Promise.resolve();
        },
      });
      await projector.catchUp();
      const broken = randomUUID();
      // A registration without a name: the products table refuses it every time.
      await write(store, [
        broken,
        0,
        { ...registered(broken), data: { ...registered(broken).data, name: null } } as never,
      ]);
      const fine = randomUUID();
      await write(store, [fine, 0, registered(fine, 2)]);
      await projector.catchUp();

      expect(deadLettered).toEqual([
        { type: 'ProductRegistered', error: expect.stringMatching(/^products: .*name/) as string },
      ]);
      const letters = await readModels.db.select().from(projectionDeadLetters);
      expect(letters).toEqual([
        expect.objectContaining({ projection: 'products', type: 'ProductRegistered', attempts: 3 }),
      ]);
      const rows = await readModels.db.select().from(products).where(eq(products.id, fine));
      expect(rows).toHaveLength(1);
      expect(await projector.appliedPosition()).toBe(await store.head());
    });

    it('sets a poison event aside for the projection that fails on it only: the others apply it', async () => {
      const { store } = opened;
      const projector = new Projector(readModels.session, store, allProjections);
      await projector.catchUp();
      await readModels.db.delete(projectionDeadLetters);
      const [statsBefore] = await readModels.db.select().from(salesStats);
      const orderId = randomUUID();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      await projector.catchUp();
      // An order of more than the product's stock column holds (an event from before the limits),
      // as placeOrder writes it: the order with its reservation. The reservation takes the stock
      // out of the products table's range: that projection refuses it; the others apply the order.
      const lines = [{ productId, quantity: 3_000_000_000, unitPriceCents: 1 }];
      await write(
        store,
        [orderId, 0, { type: 'OrderPlaced', data: { orderId, customerId: 'c', lines, totalCents: 500, at } }],
        [productId, 1, { type: 'StockReserved', data: { productId, orderId, quantity: 3_000_000_000, at } }],
      );
      const after = randomUUID();
      await write(store, [after, 0, registered(after, 4)]);
      await projector.catchUp();

      const letters = await readModels.db.select().from(projectionDeadLetters);
      expect(letters).toEqual([
        expect.objectContaining({ projection: 'products', type: 'StockReserved', attempts: 3 }),
      ]);
      expect(letters[0]!.error).toMatch(/out of range/);
      const [order] = await readModels.db.select().from(orders).where(eq(orders.id, orderId));
      expect(order).toMatchObject({ status: 'PLACED', totalCents: 500 });
      const [statsAfter] = await readModels.db.select().from(salesStats);
      expect(statsAfter?.ordersPlaced).toBe((statsBefore?.ordersPlaced ?? 0) + 1);
      const [product] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(product).toMatchObject({ stock: 5, version: 1 });
      expect(await readModels.db.select().from(products).where(eq(products.id, after))).toHaveLength(1);
      expect(await projector.appliedPosition()).toBe(await store.head());
    });

    it.each([
      ['reading the log', false],
      ['as delivered', true],
    ])('applies each event once when two projectors race over the same deliveries, %s', async (_, atHead) => {
      const { store } = opened;
      const second = await openReadModels();
      others.push(second);
      const a = new Projector(readModels.session, store, allProjections);
      const b = new Projector(second.session, store, allProjections);
      await a.catchUp();
      const start = await store.head();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 100)]);
      for (let i = 0; i < 10; i++) await placeAndPay(store, productId, i + 1, 2);
      const fresh = await store.readAllAfter(start, 1000);
      const deliveries = fresh.map((event, i) => ({
        event,
        previousPosition: i ? fresh[i - 1]!.position : start,
        atHead,
      }));
      await Promise.all([
        (async () => {
          for (const d of deliveries) await a.deliver(d);
        })(),
        (async () => {
          for (const d of deliveries) await b.deliver(d);
        })(),
      ]);
      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 80 });
      const [sold] = await readModels.db
        .select()
        .from(productSales)
        .where(eq(productSales.productId, productId));
      expect(sold).toMatchObject({ unitsSold: 20, revenueCents: 10_000n });
    });

    it('takes the plain path, and keeps to it, for a write the in-step function does not hold', async () => {
      const { store } = opened;
      const productsProjection = allProjections.find(({ name }) => name === 'products')!;
      let runs = 0;
      // The products projection with a statement of its own after its save.
      const shouting: AnyProjection = {
        ...productsProjection,
        async run(load, save, events, cache) {
          runs++;
          const written = await productsProjection.run(load, save, events, cache);
          await save(
            'update products set name = upper(name) where id in (select jsonb_array_elements_text($1::text::jsonb))',
            [JSON.stringify(events.map((event) => event.streamId))],
          );
          return written;
        },
      };
      const projector = new Projector(readModels.session, store, [shouting]);
      const start = await projector.catchUp();
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 5)]);
      await write(store, [productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } }]);
      const [first, second] = await store.readAllAfter(start, 10);
      runs = 0;

      await projector.deliver({ event: first!, previousPosition: start, atHead: true });
      await projector.deliver({ event: second!, previousPosition: first!.position, atHead: true });

      const [row] = await readModels.db.select().from(products).where(eq(products.id, productId));
      expect(row).toMatchObject({ stock: 7, version: 2 });
      expect(row!.name).toBe(row!.name.toUpperCase());
      // The first delivery tried the short path and took the plain one; the second, the plain alone.
      expect(runs).toBe(3);
    });
  });
}
