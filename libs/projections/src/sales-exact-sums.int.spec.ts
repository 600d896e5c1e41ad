import { randomUUID } from 'node:crypto';
import {
  appendDomainEvents as write,
  eventStoreBackends,
  type OpenedStore,
  eventTime as at,
  placeAndPay,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import type { OpenedProjections } from './open-projections';
import { readModelsOn } from './test-support/read-models-on';
import { Projector } from './projector';
import { productSales, salesStats } from './schema';

/** The highest price the write side accepted before prices had a limit. */
const oldMaxPrice = Number.MAX_SAFE_INTEGER;

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`sales sums on ${backend.name}`, () => {
    let opened: OpenedStore;
    let readModels: OpenedProjections;

    beforeAll(async () => {
      opened = await backend.open();
      readModels = await readModelsOn(opened);
    });
    afterAll(async () => {
      await readModels?.close();
      await opened?.cleanup();
    });

    it('sums payments beyond 2^53 exactly, from events written before prices had a limit', async () => {
      const { store } = opened;
      const productId = randomUUID();
      await write(store, [productId, 0, registered(productId, 10, oldMaxPrice)]);
      const orderIds: string[] = [];
      for (let version = 1; version <= 3; version++)
        orderIds.push(await placeAndPay(store, productId, version, 1, oldMaxPrice));
      // One of them cancelled after payment: its amount is taken off again, as exactly.
      await write(store, [
        orderIds[2]!,
        2,
        {
          type: 'OrderCancelled',
          data: { orderId: orderIds[2]!, reason: 'test', previousStatus: 'PAID', at },
        },
      ]);
      const projector = new Projector(readModels.session, store, allProjections);
      expect(await projector.catchUp()).toBe(await store.head());

      const exactly = (orders: number) => BigInt(orders) * BigInt(oldMaxPrice);
      const [stats] = await readModels.db.select().from(salesStats);
      expect(stats).toMatchObject({ ordersPaid: 3, ordersCancelled: 1, revenueCents: exactly(2) });
      const [sales] = await readModels.db.select().from(productSales);
      expect(sales).toMatchObject({ productId, unitsSold: 2, revenueCents: exactly(2) });
      expect(exactly(2) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    });
  });
}
