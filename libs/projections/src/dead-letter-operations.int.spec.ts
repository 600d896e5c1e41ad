import { randomUUID } from 'node:crypto';
import {
  appendDomainEvents as write,
  eventStoreBackends,
  type OpenedStore,
  placeAndPay,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import {
  DeadLetterError,
  retryDeadLetter,
  skipDeadLetter,
  waitingCounts,
  waitingDeadLetters,
} from './dead-letter-operations';
import type { OpenedProjections } from './open-projections';
import { readModelsOn } from './test-support/read-models-on';
import type { AnyProjection } from './projection';
import { Projector } from './projector';
import { projectionDeadLetters, salesStats } from './schema';

/** The sales projection with a bug: it fails on every payment of `orderId`. */
function buggySales(orderId: () => string): AnyProjection {
  const sales = allProjections.find((projection) => projection.name === 'sales')!;
  return {
    ...sales,
    run(load, save, events, cache) {
      const paid = events.some(
        (event) => event.type === 'OrderPaid' && (event.data as { orderId: string }).orderId === orderId(),
      );
      if (paid) throw new Error('a bug in the sales projection');
      return sales.run(load, save, events, cache);
    },
  };
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`dead letters on ${backend.name}`, () => {
    let opened: OpenedStore;
    let readModels: OpenedProjections;
    let doomed = '';
    const buggy = allProjections.map((projection) =>
      projection.name === 'sales' ? buggySales(() => doomed) : projection,
    );

    beforeAll(async () => {
      opened = await backend.open();
      readModels = await readModelsOn(opened);
    });
    afterAll(async () => {
      await readModels?.close();
      await opened?.cleanup();
    });

    /** A paid order whose payment the buggy sales projection sets aside: its position. */
    async function deadLettered(): Promise<bigint> {
      const productId = randomUUID();
      await write(opened.store, [productId, 0, registered(productId, 10)]);
      const projector = new Projector(readModels.session, opened.store, buggy);
      await projector.catchUp();
      doomed = '';
      const orderId = await placeAndPay(opened.store, productId, 1, 2);
      doomed = orderId;
      await projector.catchUp();
      const [letter] = await waitingDeadLetters(readModels.db, { projection: 'sales' });
      expect(letter).toMatchObject({ projection: 'sales', type: 'OrderPaid' });
      return letter!.position;
    }

    const stats = async () => (await readModels.db.select().from(salesStats))[0];

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
