import { randomUUID } from 'node:crypto';
import { authHeader, eventStoreBackends, writeClient } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReadSide, type ReadSide } from './test-support/read-side-harness';

interface HistoryPage {
  history: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        type: string;
        version: number;
        position: string;
        recordedAt: string;
        actor: { sub: string; roles: string[] };
        command: { name: string; commandId: string | null } | null;
        data: Record<string, unknown>;
      };
    }>;
  };
}

const historyQuery = `query ($streamId: ID, $productId: ID, $orderId: ID, $first: Int, $after: String, $oldestFirst: Boolean) {
  history(streamId: $streamId, productId: $productId, orderId: $orderId, first: $first, after: $after, oldestFirst: $oldestFirst) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { type version position recordedAt actor { sub roles } command { name commandId } data } }
  }
}`;

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`history, the audit trail, on ${backend.name}`, () => {
    let side: ReadSide;
    let productId: string;

    beforeAll(async () => {
      side = await startReadSide(backend);
      const staff = writeClient(side.writeUrl, await authHeader('operator', 'op-ann'));
      productId = (
        await staff.registerProduct({
          sku: `H-${randomUUID().slice(0, 8).toUpperCase()}`,
          name: 'Lamp',
          priceCents: 900,
        })
      ).id;
      await staff.send('changeProductPrice', { productId, priceCents: 950, commandId: 'price-1' });
      await staff.send('restockProduct', { productId, quantity: 4 });
    });
    afterAll(() => side?.close());

    const history = (variables: Record<string, unknown>, headers?: Record<string, string>) =>
      side.query<HistoryPage>(historyQuery, variables, headers);

    it("gives an operator a product's events, newest first, each with who, when, which command and the data", async () => {
      const { data, errors } = await history({ productId });
      expect(errors).toBeUndefined();
      const nodes = data!.history.edges.map(({ node }) => node);
      expect(nodes.map(({ type, version }) => [type, version])).toEqual([
        ['ProductRestocked', 3],
        ['ProductPriceChanged', 2],
        ['ProductRegistered', 1],
      ]);
      expect(nodes[1]).toMatchObject({
        actor: { sub: 'op-ann', roles: ['operator'] },
        command: { name: 'changeProductPrice', commandId: 'price-1' },
        data: { productId, priceCents: 950, previousPriceCents: 900 },
      });
      expect(nodes[2]!.command).toEqual({ name: 'registerProduct', commandId: null });
      expect(Date.parse(nodes[0]!.recordedAt)).toBeGreaterThanOrEqual(Date.parse(nodes[2]!.recordedAt));
      expect(BigInt(nodes[0]!.position)).toBeGreaterThan(BigInt(nodes[2]!.position));
      expect(data!.history.totalCount).toBe(3);
    });

    it('pages oldest first or newest first, a page after another, with the same cursors', async () => {
      const first = (await history({ productId, first: 2, oldestFirst: true })).data!.history;
      expect(first.edges.map(({ node }) => node.version)).toEqual([1, 2]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = (
        await history({ productId, first: 2, oldestFirst: true, after: first.pageInfo.endCursor })
      ).data!.history;
      expect(rest.edges.map(({ node }) => node.version)).toEqual([3]);
      expect(rest.pageInfo.hasNextPage).toBe(false);

      const newest = (await history({ productId, first: 1 })).data!.history;
      const older = (await history({ productId, first: 5, after: newest.pageInfo.endCursor })).data!.history;
      expect(older.edges.map(({ node }) => node.version)).toEqual([2, 1]);
    });

    it("shows a customer their own order's history, another's as empty, and nothing else", async () => {
      const ada = await authHeader('customer', 'ada');
      const placed = await writeClient(side.writeUrl, ada).placeOrder('ada', [{ productId, quantity: 1 }]);
      await writeClient(side.writeUrl, ada).send('payOrder', { orderId: placed.id, amountCents: 950 });

      const own = await history({ orderId: placed.id, oldestFirst: true }, ada);
      expect(own.errors).toBeUndefined();
      expect(own.data!.history.edges.map(({ node }) => [node.type, node.actor.sub])).toEqual([
        ['OrderPlaced', 'ada'],
        ['OrderPaid', 'ada'],
      ]);

      const bob = await authHeader('customer', 'bob');
      const other = await history({ orderId: placed.id }, bob);
      expect(other.errors).toBeUndefined();
      expect(other.data!.history).toMatchObject({ edges: [], totalCount: 0 });
      // An order id that is a product's stream is no order of theirs either.
      expect((await history({ orderId: productId }, ada)).data!.history.edges).toEqual([]);

      for (const variables of [{ productId }, { streamId: placed.id }]) {
        const refused = await history(variables, ada);
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const anonymous = await history({ orderId: placed.id }, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('shows a customer who else acted on their order as staff, without the command id that caller sent', async () => {
      const ada = await authHeader('customer', 'ada');
      const placed = await writeClient(side.writeUrl, ada).send('placeOrder', {
        customerId: 'ada',
        lines: [{ productId, quantity: 1 }],
        commandId: 'ada-order-1',
      });
      const staff = writeClient(side.writeUrl, await authHeader('operator', 'ann@shop.example'));
      await staff.send('cancelOrder', {
        orderId: placed.id,
        reason: 'out of stock',
        commandId: 'ann-cancel-1',
      });

      const seenBy = async (headers: Record<string, string>) =>
        (await history({ orderId: placed.id, oldestFirst: true }, headers)).data!.history.edges.map(
          ({ node }) => [node.type, node.actor, node.command],
        );
      expect(await seenBy(ada)).toEqual([
        [
          'OrderPlaced',
          { sub: 'ada', roles: ['customer'] },
          { name: 'placeOrder', commandId: 'ada-order-1' },
        ],
        ['OrderCancelled', { sub: 'staff', roles: ['operator'] }, { name: 'cancelOrder', commandId: null }],
      ]);
      expect(await seenBy(await authHeader('operator', 'op-bea'))).toEqual([
        [
          'OrderPlaced',
          { sub: 'ada', roles: ['customer'] },
          { name: 'placeOrder', commandId: 'ada-order-1' },
        ],
        [
          'OrderCancelled',
          { sub: 'ann@shop.example', roles: ['operator'] },
          { name: 'cancelOrder', commandId: 'ann-cancel-1' },
        ],
      ]);
    });

    it("answers an order's id given as a product's, and a product's as an order's, as an unknown id: empty", async () => {
      const ada = await authHeader('customer', 'ada');
      const placed = await writeClient(side.writeUrl, ada).placeOrder('ada', [{ productId, quantity: 1 }]);
      for (const variables of [
        { productId: placed.id },
        { orderId: productId },
        { productId: randomUUID() },
      ]) {
        const { data, errors } = await history(variables);
        expect(errors, JSON.stringify(variables)).toBeUndefined();
        expect(data!.history).toMatchObject({ edges: [], totalCount: 0 });
      }
      // The same ids by their own kind, or as a plain stream, are read as before.
      expect((await history({ orderId: placed.id })).data!.history.totalCount).toBe(1);
      expect((await history({ streamId: placed.id })).data!.history.totalCount).toBe(1);
    });

    it('names events no caller caused as the system, and refuses a query that names no single stream', async () => {
      const streamId = `system-${randomUUID()}`;
      await side.store.append([
        {
          streamId,
          expectedVersion: 0,
          events: [{ eventId: randomUUID(), type: 'SomethingLegacy', data: { n: 1 }, metadata: {} }],
        },
      ]);
      const [node] = (await history({ streamId })).data!.history.edges.map((edge) => edge.node);
      expect(node).toMatchObject({
        type: 'SomethingLegacy',
        actor: { sub: 'system', roles: [] },
        command: null,
      });

      for (const variables of [{}, { productId, orderId: productId }]) {
        expect((await history(variables)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect((await history({ productId, after: 'bm90IGEgY3Vyc29y' })).errors?.[0]?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
}
