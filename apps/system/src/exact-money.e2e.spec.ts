import { randomUUID } from 'node:crypto';
import { MAX_ORDER_TOTAL_CENTS, MAX_PRICE_CENTS } from '@sluice/domain';
import { authHeader, postGraphQL, testAuthSecret, writeClient, type WriteClient } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

/** Orders at the largest total, as many as once broke the sales figures for good. */
const attackOrders = 2_100;
const unitsPerOrder = MAX_ORDER_TOTAL_CENTS / MAX_PRICE_CENTS;

const views = `query ($productId: ID!, $atLeast: Position) {
  salesStats(atLeast: $atLeast) {
    ordersPlaced ordersPaid revenueCents revenue
    topProducts(limit: 1) { product { id } unitsSold revenueCents revenue }
  }
  paid: orders(status: PAID, first: 1, atLeast: $atLeast) { totalCount }
  placed: orders(status: PLACED, first: 1, atLeast: $atLeast) { totalCount }
  product(id: $productId, atLeast: $atLeast) { stock unitsSold }
}`;

interface Views {
  salesStats: {
    ordersPlaced: number;
    ordersPaid: number;
    revenueCents: number;
    revenue: string;
    topProducts: Array<{ product: { id: string }; unitsSold: number; revenueCents: number; revenue: string }>;
  };
  paid: { totalCount: number };
  placed: { totalCount: number };
  product: { stock: number; unitsSold: number };
}

/** Runs `work` for 0…count−1, `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`money on ${mode.name}`, () => {
    let system: RunningSystem;
    let write: WriteClient;
    let operator: { authorization: string };
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, { AUTH_SECRET: testAuthSecret }));
      operator = await authHeader('operator');
      write = writeClient(system.writeUrl, operator);
    });
    afterAll(() => cleanup?.());

    async function read(productId: string, atLeast: string): Promise<Views> {
      const response = await postGraphQL<Views>(system.readUrl, views, { productId, atLeast }, operator);
      expect(response.errors).toBeUndefined();
      return response.data!;
    }

    it(`keeps every view right after ${attackOrders} paid orders of the largest total`, async () => {
      const stock = attackOrders * unitsPerOrder + 10;
      const sku = `MAX-${randomUUID().slice(0, 8).toUpperCase()}`;
      const productId = (
        await write.registerProduct({ sku, name: 'Dear', priceCents: MAX_PRICE_CENTS, initialStock: stock })
      ).id;
      let last = 0n;
      await inParallel(attackOrders, 8, async () => {
        const placed = await write.placeOrder('c-max', [{ productId, quantity: unitsPerOrder }]);
        const paid = await write.send('payOrder', { orderId: placed.id, amountCents: MAX_ORDER_TOTAL_CENTS });
        if (BigInt(paid.position) > last) last = BigInt(paid.position);
      });

      const revenue = BigInt(attackOrders) * BigInt(MAX_ORDER_TOTAL_CENTS);
      const units = attackOrders * unitsPerOrder;
      expect(await read(productId, String(last))).toEqual({
        salesStats: {
          ordersPlaced: attackOrders,
          ordersPaid: attackOrders,
          revenueCents: Number(revenue),
          revenue: String(revenue),
          topProducts: [
            {
              product: { id: productId },
              unitsSold: units,
              revenueCents: Number(revenue),
              revenue: String(revenue),
            },
          ],
        },
        paid: { totalCount: attackOrders },
        placed: { totalCount: 0 },
        product: { stock: stock - units, unitsSold: units },
      });

      // The views keep moving: one more order, paid, shows everywhere.
      const placed = await write.placeOrder('c-max', [{ productId, quantity: 1 }]);
      const paid = await write.send('payOrder', { orderId: placed.id, amountCents: MAX_PRICE_CENTS });
      const after = await read(productId, paid.position);
      expect(after.salesStats.revenue).toBe(String(revenue + BigInt(MAX_PRICE_CENTS)));
      expect(after.paid.totalCount).toBe(attackOrders + 1);
      expect(after.product.unitsSold).toBe(units + 1);
    }, 300_000);

    it('refuses a price above the limit, naming the field', async () => {
      const sku = `LIM-${randomUUID().slice(0, 8).toUpperCase()}`;
      const mutation = `mutation ($input: RegisterProductInput!) {
        registerProduct(input: $input) { __typename ... on ValidationError { fields { field message } } }
      }`;
      const refused = await postGraphQL<{ registerProduct: unknown }>(
        system.writeUrl,
        mutation,
        { input: { sku, name: 'Too dear', priceCents: MAX_PRICE_CENTS + 1 } },
        operator,
      );
      expect(refused.data?.registerProduct).toEqual({
        __typename: 'ValidationError',
        fields: [
          {
            field: 'priceCents',
            message: `The price must be a whole number of cents from 1 to ${MAX_PRICE_CENTS}.`,
          },
        ],
      });
    });
  });
}
