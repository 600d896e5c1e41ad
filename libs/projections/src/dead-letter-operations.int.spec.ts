import { randomUUID } from 'node:crypto';
import type { EventStore, StoredEvent } from '@sluice/event-store';
import {
  appendDomainEvents as write,
  eventStoreBackends,
  eventTime,
  type OpenedStore,
  placeAndPay,
  placeOrdersThenPay,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import {
  DeadLetterError,
  retryDeadLetter,
  type WhileNoProjectorRuns,
  skipDeadLetter,
  waitingCounts,
  waitingDeadLetters,
} from './dead-letter-operations';
import type { OpenedProjections } from './open-projections';
import { readModelsOn } from './test-support/read-models-on';
import type { AnyProjection } from './projection';
import { Projector } from './projector';
import { orders, projectionDeadLetters, salesStats } from './schema';
import type { SqlSession } from './sql-session';

/** The orders a buggy projection fails on, and the types of their events it fails on. */
interface Doomed {
  orderIds: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

/** The projection `name` with a bug: it fails on the doomed events of the doomed orders. */
function failingOn(name: string, doomed: () => Doomed): AnyProjection {
  const real = allProjections.find((projection) => projection.name === name)!;
  const fails = (event: StoredEvent) =>
    doomed().types.has(event.type) && doomed().orderIds.has((event.data as { orderId: string }).orderId);
  return {
    ...real,
    run: (load, save, events, cache) =>
      events.some(fails)
        ? Promise.reject(new Error(`a bug in the ${name} projection`))
        : real.run(load, save, events, cache),
  };
}

const nothingDoomed: Doomed = { orderIds: new Set(), types: new Set() };

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`dead letters on ${backend.name}`, () => {
    let opened: OpenedStore;
    let readModels: OpenedProjections;
    /** What each buggy projection fails on. */
    let doomed = { sales: nothingDoomed, orders: nothingDoomed };
    /** Sales and orders as deployed with a bug: each fails on its doomed events. */
    const buggy = allProjections.map((projection) =>
      projection.name === 'sales' || projection.name === 'orders'
        ? failingOn(projection.name, () => doomed[projection.name as 'sales' | 'orders'])
        : projection,
    );
    /** Dooms the events of `types` (payments unless said) of `orderIds` in `projection` alone. */
    const doom = (projection: 'sales' | 'orders', orderIds: string[], types = ['OrderPaid']) => {
      doomed = {
        sales: nothingDoomed,
        orders: nothingDoomed,
        [projection]: { orderIds: new Set(orderIds), types: new Set(types) },
      };
    };
    const catchUpWithBug = () => new Projector(readModels.session, opened.store, buggy).catchUp();

    beforeAll(async () => {
      opened = await backend.open();
      readModels = await readModelsOn(opened);
    });
    afterAll(async () => {
      await readModels?.close();
      await opened?.cleanup();
    });

    /** A product of its own, applied: its id. */
    async function aProduct(): Promise<string> {
      const productId = randomUUID();
      await write(opened.store, [productId, 0, registered(productId, 10)]);
      doom('sales', []);
      await catchUpWithBug();
      return productId;
    }

    /** A paid order whose payment the buggy projections set aside: its position. */
    async function deadLettered(): Promise<bigint> {
      const productId = await aProduct();
      const orderId = await placeAndPay(opened.store, productId, 1, 2);
      doom('sales', [orderId]);
      await catchUpWithBug();
      const [letter] = await waitingDeadLetters(readModels.db, { projection: 'sales' });
      expect(letter).toMatchObject({ projection: 'sales', type: 'OrderPaid' });
      return letter!.position;
    }

    const refusal = (position: bigint, projections = allProjections, name = 'sales') =>
      retryDeadLetter(readModels.session, opened.store, projections, name, position).then(
        () => undefined,
        (error: unknown) => error,
      );
    const orderRow = async (id: string) =>
      (await readModels.db.select().from(orders)).find((row) => row.id === id);

    const stats = async () => (await readModels.db.select().from(salesStats))[0];

    /** A retry refused because the order shipped later, and the order left as shipped. */
    async function expectRefusedForShipment(error: unknown, orderId: string, shipping: bigint) {
      expect(error).toMatchObject({ refusal: 'later events depend', laterPosition: shipping });
      expect(await orderRow(orderId)).toMatchObject({ status: 'SHIPPED', position: shipping });
    }

    it('retries a dead letter with the code running now, once, and leaves one that fails again waiting', async () => {
      const position = await deadLettered();
      const before = await stats();

      await expect(
        retryDeadLetter(readModels.session, opened.store, buggy, 'sales', position),
      ).rejects.toThrow('a bug in the sales projection');
      expect((await waitingCounts(readModels.db, ['sales'])).get('sales')).toBe(1);
      expect(await stats()).toEqual(before);

      await retryDeadLetter(readModels.session, opened.store, allProjections, 'sales', position);
      expect(await stats()).toMatchObject({
        ordersPaid: before!.ordersPaid + 1,
        revenueCents: before!.revenueCents + 1000n,
      });
      expect(await waitingDeadLetters(readModels.db)).toEqual([]);
      const [resolved] = await readModels.db.select().from(projectionDeadLetters);
      expect(resolved).toMatchObject({ resolution: 'retried' });
      expect(resolved?.resolvedAt).toBeInstanceOf(Date);
      await expect(
        retryDeadLetter(readModels.session, opened.store, allProjections, 'sales', position),
      ).rejects.toBeInstanceOf(DeadLetterError);
      await readModels.db.delete(projectionDeadLetters);
    });

    it('refuses to retry once the projection applied a later event that changed the same rows, and says to rebuild', async () => {
      const position = await deadLettered();
      // Another order, applied by sales: its totals moved past the set-aside payment.
      const later = await placeAndPay(opened.store, await aProduct(), 1, 1);
      await catchUpWithBug();
      const before = await stats();

      const error = await refusal(position);
      expect(error).toBeInstanceOf(DeadLetterError);
      const [placed] = (await opened.store.readAllAfter(position, 10_000)).filter(
        (event) => event.type === 'OrderPlaced' && (event.data as { orderId: string }).orderId === later,
      );
      expect(error).toMatchObject({ refusal: 'later events depend', laterPosition: placed!.position });
      expect((error as Error).message).toContain(
        "Rebuild the projection instead ('npx sluice projections rebuild sales')",
      );
      expect(await stats()).toEqual(before);
      expect((await waitingCounts(readModels.db, ['sales'])).get('sales')).toBe(1);
      await readModels.db.delete(projectionDeadLetters);
    });

    it('retries one set aside before others that wait too: those were not applied, so nothing came after it', async () => {
      const productId = await aProduct();
      const orderIds = await placeOrdersThenPay(opened.store, productId, 1, 2);
      doom('sales', orderIds);
      await catchUpWithBug();
      const letters = await waitingDeadLetters(readModels.db, { projection: 'sales' });
      const [second, first] = letters.map((letter) => letter.position);
      const before = await stats();

      await retryDeadLetter(readModels.session, opened.store, allProjections, 'sales', first!);
      await retryDeadLetter(readModels.session, opened.store, allProjections, 'sales', second!);
      expect(await stats()).toMatchObject({ ordersPaid: before!.ordersPaid + 2 });
      await readModels.db.delete(projectionDeadLetters);
    });

    it("judges a projection with rows per entity by the entity's own later events, not the log's", async () => {
      const productId = await aProduct();
      const [paidLater, other] = await placeOrdersThenPay(opened.store, productId, 1, 2);
      doom('orders', [paidLater!]);
      await catchUpWithBug();
      const [letter] = await waitingDeadLetters(readModels.db, { projection: 'orders' });
      await expect(orderRow(other!)).resolves.toMatchObject({ status: 'PAID' });

      // Orders applied another order's payment after it: a row of its own, so the retry is sound.
      await retryDeadLetter(readModels.session, opened.store, allProjections, 'orders', letter!.position);
      expect(await orderRow(paidLater!)).toMatchObject({ status: 'PAID', position: letter!.position });

      // This order was shipped after its payment was set aside: applied now, it would unship it.
      const shipped = await placeAndPay(opened.store, productId, 3, 1);
      doom('orders', [shipped]);
      await catchUpWithBug();
      const shipping = await write(opened.store, [
        shipped,
        2,
        { type: 'OrderShipped', data: { orderId: shipped, at: eventTime } },
      ]);
      await catchUpWithBug();
      const [waiting] = await waitingDeadLetters(readModels.db, { projection: 'orders' });
      await expectRefusedForShipment(
        await refusal(waiting!.position, allProjections, 'orders'),
        shipped,
        shipping,
      );
      await readModels.db.delete(projectionDeadLetters);
    });

    it('checks the log beside running projectors, and once they stand still only what they applied meanwhile', async () => {
      const productId = await aProduct();
      const [paidLater] = await placeOrdersThenPay(opened.store, productId, 1, 1);
      doom('orders', [paidLater!]);
      await catchUpWithBug();
      const [letter] = await waitingDeadLetters(readModels.db, { projection: 'orders' });
      // Other orders, applied after it: the first check reads them all.
      await placeOrdersThenPay(opened.store, productId, 2, 20);
      await catchUpWithBug();

      let paused = false;
      const read = { beside: 0, paused: 0 };
      const store: EventStore = Object.assign(Object.create(opened.store) as EventStore, {
        readTypesAfter: async (after: bigint, types: readonly string[], limit: number) => {
          const page = await opened.store.readTypesAfter(after, types, limit);
          read[paused ? 'paused' : 'beside'] += page.length;
          return page;
        },
      });
      // A projector that applies the order's shipment just before it stands still.
      let shipping = 0n;
      const shipFirst: WhileNoProjectorRuns = async (work) => {
        shipping = await write(opened.store, [
          paidLater!,
          2,
          { type: 'OrderShipped', data: { orderId: paidLater!, at: eventTime } },
        ]);
        await catchUpWithBug();
        paused = true;
        try {
          return await work();
        } finally {
          paused = false;
        }
      };
      const error = await retryDeadLetter(
        readModels.session,
        store,
        allProjections,
        'orders',
        letter!.position,
        shipFirst,
      ).catch((failure: unknown) => failure);
      expect(error).toMatchObject({ refusal: 'later events depend', laterPosition: shipping });
      expect(read.beside).toBeGreaterThanOrEqual(40);
      expect(read.paused).toBe(1);
      await readModels.db.delete(projectionDeadLetters);
    });

    it('checks the whole log again when a later letter was retried between the check and the pause', async () => {
      const productId = await aProduct();
      const orderId = await placeAndPay(opened.store, productId, 1, 1);
      doom('orders', [orderId], ['OrderPaid', 'OrderShipped']);
      const shipping = await write(opened.store, [
        orderId,
        2,
        { type: 'OrderShipped', data: { orderId, at: eventTime } },
      ]);
      await catchUpWithBug();
      const [shipped, paid] = await waitingDeadLetters(readModels.db, { projection: 'orders' });
      expect(shipped!.position).toBe(shipping);

      // Another operator retries the shipment after the first check: the payment's row moved on.
      const error = await retryDeadLetter(
        readModels.session,
        opened.store,
        allProjections,
        'orders',
        paid!.position,
        async (work) => {
          await retryDeadLetter(readModels.session, opened.store, allProjections, 'orders', shipping);
          return work();
        },
      ).catch((failure: unknown) => failure);
      await expectRefusedForShipment(error, orderId, shipping);
      await readModels.db.delete(projectionDeadLetters);
    });

    it('refuses, and applies nothing, when a letter is retried between its last check and the transaction', async () => {
      const productId = await aProduct();
      const [first, second] = await placeOrdersThenPay(opened.store, productId, 1, 2);
      doom('sales', [first!, second!]);
      await catchUpWithBug();
      const [later, earlier] = await waitingDeadLetters(readModels.db, { projection: 'sales' });
      const before = await stats();
      const session: SqlSession = {
        ...readModels.session,
        transaction: async (work) => {
          await retryDeadLetter(readModels.session, opened.store, allProjections, 'sales', later!.position);
          return readModels.session.transaction(work);
        },
      };
      await expect(
        retryDeadLetter(session, opened.store, allProjections, 'sales', earlier!.position),
      ).rejects.toMatchObject({
        refusal: 'projectors running',
        message: expect.stringContaining('try again') as string,
      });
      // The other operator's retry alone.
      expect(await stats()).toMatchObject({ ordersPaid: before!.ordersPaid + 1 });
      expect(
        (await waitingDeadLetters(readModels.db, { projection: 'sales' })).map((one) => one.position),
      ).toEqual([earlier!.position]);
      await readModels.db.delete(projectionDeadLetters);
    });

    it('skips a dead letter: it stops waiting and the projection is left as it was', async () => {
      const position = await deadLettered();
      const before = await stats();
      await skipDeadLetter(readModels.session, 'sales', position);
      expect((await waitingCounts(readModels.db, ['sales'])).get('sales')).toBe(0);
      expect(await stats()).toEqual(before);
      await expect(skipDeadLetter(readModels.session, 'sales', position)).rejects.toBeInstanceOf(
        DeadLetterError,
      );
      await expect(skipDeadLetter(readModels.session, 'orders', position)).rejects.toThrow(
        'orders has no dead letter waiting',
      );
      await readModels.db.delete(projectionDeadLetters);
    });
  });
}
