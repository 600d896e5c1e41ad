import { randomUUID } from 'node:crypto';
import { appendRandomShopHistory, authHeader, eventStoreBackends } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReadSide, type ReadSide } from './test-support/read-side-harness';

const PRODUCT = `id sku name priceCents stock unitsSold discontinued category version position createdAt updatedAt`;
const ORDER = `id customerId status totalCents placedAt paidAt shippedAt cancelledAt cancelReason version position
  lines { quantity unitPriceCents lineTotalCents product { id } }`;
const STATS = `ordersPlaced ordersPaid ordersShipped ordersCancelled revenue position topProducts(limit: 100) { product { id } unitsSold revenue }`;

interface Product {
  priceCents: number;
  stock: number;
  unitsSold: number;
  version: number;
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`time travel on ${backend.name}`, () => {
    let side: ReadSide;
    beforeAll(async () => {
      side = await startReadSide(backend);
    });
    afterAll(() => side?.close());

    const asOfPosition = (position: bigint | string) => ({ position: String(position) });

    it('answers every product, order and the sales figures as of the head exactly as the read models do', async () => {
      const tag = `tt-${randomUUID().slice(0, 6)}`;
      await appendRandomShopHistory(side.store, { seed: 7, steps: 150, tag });
      await side.catchUp();
      const head = await side.store.head();
      const ids = await side.projections.session.query(
        `select id, 'product' as kind from products where id like $1 union all select id, 'order' from orders where id like $1`,
        [`${tag}-%`],
      );
      expect(ids.length).toBeGreaterThan(20);
      for (const { id, kind } of ids) {
        const fields = kind === 'product' ? PRODUCT : ORDER;
        const { data, errors } = await side.query<Record<string, unknown>>(
          `query ($id: ID!, $asOf: AsOf) { now: ${String(kind)}(id: $id) { ${fields} } then: ${String(kind)}(id: $id, asOf: $asOf) { ${fields} } }`,
          { id, asOf: asOfPosition(head) },
        );
        expect(errors).toBeUndefined();
        expect(data!.then, `${String(kind)} ${String(id)}`).toEqual(data!.now);
      }
      const stats = await side.query<Record<string, unknown>>(
        `query ($asOf: AsOf) { now: salesStats { ${STATS} } then: salesStats(asOf: $asOf) { ${STATS} } }`,
        { asOf: asOfPosition(head) },
      );
      expect(stats.errors).toBeUndefined();
      expect(stats.data!.then).toEqual(stats.data!.now);
    });

    it('adds the timeline up to the sales figures, and to the units each product sold', async () => {
      const now = Date.now();
      const { data, errors } = await side.query<{
        salesTimeline: Array<{
          ordersPlaced: number;
          ordersPaid: number;
          ordersCancelled: number;
          unitsSold: number;
          revenue: string;
        }>;
        salesStats: { ordersPlaced: number; ordersPaid: number; ordersCancelled: number; revenue: string };
      }>(
        `query ($from: DateTime!, $to: DateTime!) {
          salesTimeline(from: $from, to: $to, bucket: DAY) { ordersPlaced ordersPaid ordersCancelled unitsSold revenue }
          salesStats { ordersPlaced ordersPaid ordersCancelled revenue }
        }`,
        { from: new Date(now - 3 * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() },
      );
      expect(errors).toBeUndefined();
      const sum = (pick: (bucket: NonNullable<typeof data>['salesTimeline'][number]) => number | string) =>
        data!.salesTimeline.reduce((total, bucket) => total + BigInt(pick(bucket)), 0n);
      // Four days, not aligned to midnight: the buckets holding either end are whole.
      expect(data!.salesTimeline).toHaveLength(5);
      expect(sum((bucket) => bucket.ordersPlaced)).toBe(BigInt(data!.salesStats.ordersPlaced));
      expect(sum((bucket) => bucket.ordersPaid)).toBe(BigInt(data!.salesStats.ordersPaid));
      expect(sum((bucket) => bucket.ordersCancelled)).toBe(BigInt(data!.salesStats.ordersCancelled));
      expect(sum((bucket) => bucket.revenue)).toBe(BigInt(data!.salesStats.revenue));
      const [sold] = await side.projections.session.query(
        'select coalesce(sum(units_sold), 0)::text as units from product_sales',
        [],
      );
      expect(sum((bucket) => bucket.unitsSold)).toBe(BigInt(String(sold!.units)));
    });

    it('shows a product and an order as they were at each step, by position and by time', async () => {
      const before = await side.store.head();
      const sku = `TT-${randomUUID().slice(0, 8).toUpperCase()}`;
      const registered = await side.write.registerProduct({
        sku,
        name: 'Clock',
        priceCents: 900,
        initialStock: 5,
      });
      const productId = registered.id;
      const repriced = await side.write.send('changeProductPrice', { productId, priceCents: 950 });
      const placed = await side.write.placeOrder('tt-ada', [{ productId, quantity: 2 }]);
      const paid = await side.write.send('payOrder', { orderId: placed.id, amountCents: 1900 });
      await side.catchUp();

      const productAt = async (asOf: Record<string, string>) =>
        (
          await side.query<{ product: Product | null }>(
            `query ($id: ID!, $asOf: AsOf) { product(id: $id, asOf: $asOf) { priceCents stock unitsSold version } }`,
            { id: productId, asOf },
          )
        ).data!.product;
      expect(await productAt(asOfPosition(before))).toBeNull();
      expect(await productAt(asOfPosition(registered.position))).toEqual({
        priceCents: 900,
        stock: 5,
        unitsSold: 0,
        version: 1,
      });
      expect(await productAt(asOfPosition(repriced.position))).toEqual({
        priceCents: 950,
        stock: 5,
        unitsSold: 0,
        version: 2,
      });
      expect(await productAt(asOfPosition(placed.position))).toEqual({
        priceCents: 950,
        stock: 3,
        unitsSold: 0,
        version: 3,
      });
      expect(await productAt(asOfPosition(paid.position))).toEqual({
        priceCents: 950,
        stock: 3,
        unitsSold: 2,
        version: 3,
      });

      const orderAt = async (asOf: Record<string, string>) =>
        (
          await side.query<{ order: { status: string; paidAt: string | null } | null }>(
            `query ($id: ID!, $asOf: AsOf) { order(id: $id, asOf: $asOf) { status paidAt } }`,
            { id: placed.id, asOf },
          )
        ).data!.order;
      expect(await orderAt(asOfPosition(repriced.position))).toBeNull();
      expect(await orderAt(asOfPosition(placed.position))).toEqual({ status: 'PLACED', paidAt: null });
      const now = await orderAt(asOfPosition(paid.position));
      expect(now).toMatchObject({ status: 'PAID' });

      // By time: the order's history says when each step was recorded.
      const [paidEvent, placedEvent] = await side.store.readStreamPage(placed.id, {
        limit: 2,
        newestFirst: true,
      });
      expect(await orderAt({ time: placedEvent!.occurredAt.toISOString() })).toMatchObject({
        status: 'PLACED',
      });
      expect(await orderAt({ time: paidEvent!.occurredAt.toISOString() })).toEqual(now);
      expect(
        await orderAt({ time: new Date(placedEvent!.occurredAt.getTime() - 1).toISOString() }),
      ).toBeNull();

      const statsAt = async (asOf: Record<string, string>) =>
        (
          await side.query<{ salesStats: { ordersPaid: number } }>(
            `query ($asOf: AsOf) { salesStats(asOf: $asOf) { ordersPaid } }`,
            { asOf },
          )
        ).data!.salesStats.ordersPaid;
      expect(
        (await statsAt(asOfPosition(paid.position))) - (await statsAt(asOfPosition(placed.position))),
      ).toBe(1);
    });

    it('refuses an asOf that names neither or both, and a timeline too long or backwards', async () => {
      const codes = async (query: string, variables: Record<string, unknown>) =>
        (await side.query(query, variables)).errors?.map((error) => [error.message, error.extensions?.code]);
      const product = `query ($asOf: AsOf) { product(id: "p", asOf: $asOf) { id } }`;
      expect(await codes(product, { asOf: {} })).toEqual([
        ['asOf takes exactly one of position and time.', 'BAD_USER_INPUT'],
      ]);
      expect(await codes(product, { asOf: { position: '1', time: new Date().toISOString() } })).toEqual([
        ['asOf takes exactly one of position and time.', 'BAD_USER_INPUT'],
      ]);
      const timeline = `query ($from: DateTime!, $to: DateTime!) { salesTimeline(from: $from, to: $to) { start } }`;
      expect(await codes(timeline, { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toEqual([
        ['A timeline holds at most 1000 buckets: narrow from and to, or use DAY.', 'BAD_USER_INPUT'],
      ]);
      expect(await codes(timeline, { from: '2026-01-02T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toEqual([
        ['to must be later than from.', 'BAD_USER_INPUT'],
      ]);
    });

    it("keeps the past of another customer's order, the sales figures and the timeline from a customer", async () => {
      const productId = (
        await side.write.registerProduct({
          sku: `TC-${randomUUID().slice(0, 8).toUpperCase()}`,
          name: 'Cup',
          priceCents: 100,
          initialStock: 3,
        })
      ).id;
      const placed = await side.write.placeOrder('tt-ada', [{ productId, quantity: 1 }]);
      await side.catchUp();
      const asOf = asOfPosition(placed.position);
      const order = `query ($id: ID!, $asOf: AsOf) { order(id: $id, asOf: $asOf) { id } }`;
      const ada = await authHeader('customer', 'tt-ada');
      const bob = await authHeader('customer', 'tt-bob');
      expect((await side.query(order, { id: placed.id, asOf }, ada)).data).toEqual({
        order: { id: placed.id },
      });
      expect((await side.query(order, { id: placed.id, asOf }, bob)).data).toEqual({ order: null });
      for (const query of [
        `query ($asOf: AsOf) { salesStats(asOf: $asOf) { ordersPaid } }`,
        `query { salesTimeline(from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z") { start } }`,
      ]) {
        const refused = await side.query(query, { asOf }, bob);
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
}
