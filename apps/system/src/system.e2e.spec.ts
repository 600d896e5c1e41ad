import { randomUUID } from 'node:crypto';
import { authHeader, postGraphQL, testAuthSecret, writeClient, type WriteClient } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

const productQuery = `query ($id: ID!, $atLeast: Position) {
  product(id: $id, atLeast: $atLeast) { name priceCents stock unitsSold discontinued version }
}`;
const orderQuery = `query ($id: ID!, $atLeast: Position) {
  order(id: $id, atLeast: $atLeast) { status totalCents cancelReason lines { quantity unitPriceCents product { id } } }
}`;
const statsQuery = `query ($atLeast: Position) {
  salesStats(atLeast: $atLeast) { ordersPlaced ordersPaid ordersShipped ordersCancelled revenueCents }
}`;

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`the whole system on ${mode.name}`, () => {
    let system: RunningSystem;
    let write: WriteClient;
    let cleanup: () => Promise<void>;
    let operator: { authorization: string };

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, {
        STALE_READ_TIMEOUT_MS: '500',
        AUTH_SECRET: testAuthSecret,
      }));
      write = writeClient(system.writeUrl);
      operator = await authHeader('operator');
    });

    afterAll(() => cleanup?.());

    // The shop's operator, who may read every order and the sales figures.
    async function read<T>(query: string, variables: Record<string, unknown>): Promise<T> {
      const response = await postGraphQL<T>(system.readUrl, query, variables, operator);
      expect(response.errors).toBeUndefined();
      return response.data!;
    }

    const product = (id: string, atLeast: string) =>
      read<{ product: Record<string, unknown> }>(productQuery, { id, atLeast }).then((d) => d.product);
    const order = (id: string, atLeast: string) =>
      read<{ order: Record<string, unknown> }>(orderQuery, { id, atLeast }).then((d) => d.order);

    it('lets every mutation be read back at once with the position it answered', async () => {
      const sku = `SYS-${randomUUID().slice(0, 8).toUpperCase()}`;
      let done = await write.registerProduct({ sku, name: 'Kettle', priceCents: 3000, initialStock: 5 });
      const productId = done.id;
      expect(await product(productId, done.position)).toMatchObject({ name: 'Kettle', stock: 5, version: 1 });

      done = await write.send('changeProductPrice', { productId, priceCents: 2500 });
      expect(await product(productId, done.position)).toMatchObject({ priceCents: 2500 });

      done = await write.send('restockProduct', { productId, quantity: 5 });
      expect(await product(productId, done.position)).toMatchObject({ stock: 10 });

      const placed = await write.placeOrder('cust-1', [{ productId, quantity: 4 }]);
      expect(await order(placed.id, placed.position)).toMatchObject({ status: 'PLACED', totalCents: 10_000 });
      expect(await product(productId, placed.position)).toMatchObject({ stock: 6 });

      done = await write.send('payOrder', { orderId: placed.id, amountCents: 10_000 });
      expect(await order(placed.id, done.position)).toMatchObject({ status: 'PAID' });
      expect(await product(productId, done.position)).toMatchObject({ unitsSold: 4 });

      done = await write.send('shipOrder', { orderId: placed.id });
      expect(await order(placed.id, done.position)).toMatchObject({
        status: 'SHIPPED',
        lines: [{ quantity: 4, unitPriceCents: 2500, product: { id: productId } }],
      });

      const other = await write.placeOrder('cust-2', [{ productId, quantity: 6 }]);
      done = await write.send('cancelOrder', { orderId: other.id, reason: 'changed mind' });
      expect(await order(other.id, done.position)).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'changed mind',
      });
      expect(await product(productId, done.position)).toMatchObject({ stock: 6 });

      done = await write.send('discontinueProduct', { productId });
      expect(await product(productId, done.position)).toMatchObject({ discontinued: true });
    });

    it('keeps revenue only for payments not cancelled afterwards, and releases their stock', async () => {
      const before = await read<{ salesStats: Record<string, number> }>(statsQuery, {});
      const sku = `REV-${randomUUID().slice(0, 8).toUpperCase()}`;
      const { id: productId } = await write.registerProduct({
        sku,
        name: 'Lamp',
        priceCents: 700,
        initialStock: 10,
      });
      const kept = await write.placeOrder('c', [{ productId, quantity: 2 }]);
      await write.send('payOrder', { orderId: kept.id, amountCents: 1400 });
      const refunded = await write.placeOrder('c', [{ productId, quantity: 3 }]);
      await write.send('payOrder', { orderId: refunded.id, amountCents: 2100 });
      const last = await write.send('cancelOrder', { orderId: refunded.id });

      const after = await read<{ salesStats: Record<string, number> }>(statsQuery, {
        atLeast: last.position,
      });
      expect(after.salesStats).toEqual({
        ordersPlaced: before.salesStats.ordersPlaced! + 2,
        ordersPaid: before.salesStats.ordersPaid! + 2,
        ordersShipped: before.salesStats.ordersShipped,
        ordersCancelled: before.salesStats.ordersCancelled! + 1,
        revenueCents: before.salesStats.revenueCents! + 1400,
      });
      expect(await product(productId, last.position)).toMatchObject({ stock: 8, unitsSold: 2 });
    });

    it('keeps an answer while the read models stand still, and answers afresh once they move', async () => {
      const sku = `SYS-${randomUUID().slice(0, 8).toUpperCase()}`;
      const { id, position } = await write.registerProduct({
        sku,
        name: 'Kettle',
        priceCents: 3000,
        initialStock: 5,
      });
      await product(id, position);
      const stock = async () =>
        (await read<{ product: { stock: number } }>(productQuery, { id })).product.stock;
      expect(await stock()).toBe(5);
      expect(await stock()).toBe(5);

      await write.send('restockProduct', { productId: id, quantity: 2 });
      // The same question, without atLeast: answered afresh as soon as the projector applies it.
      await vi.waitFor(async () => expect(await stock()).toBe(7), { timeout: 5_000, interval: 20 });
    });

    it('answers STALE_READ for a position the read models never reach', async () => {
      const response = await postGraphQL(system.readUrl, productQuery, {
        id: randomUUID(),
        atLeast: '99999999999999999',
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('STALE_READ');
    });
  });
}
