import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { testToken } from '@sluice/testing';
import { print } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { createClient, type Client } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProductChanged } from './documents/catalog.read';
import { PayOrder, PlaceOrder, RegisterProduct, RestockProduct } from './documents/commands.write';
import { OrderChanged } from './documents/orders.read';
import { accepted } from './test-support/accepted';
import { startShop, uniqueSku, until, untilLive, type RunningShop } from './test-support/running-shop';

/** What one subscription received so far. */
interface Received<T> {
  items: T[];
  errors: unknown[];
  stop(): void;
}

/** graphql-sse takes the query as text: the typed document is printed, its result type kept. */
function subscribe<T, V extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Received<T> {
  const received: Received<T> = { items: [], errors: [], stop: () => undefined };
  received.stop = client.subscribe<T>(
    { query: print(document), ...(variables ? { variables } : {}) },
    {
      next: (result) => {
        if (result.data) received.items.push(result.data);
        if (result.errors) received.errors.push(...result.errors);
      },
      error: (error) => received.errors.push(error),
      complete: () => undefined,
    },
  );
  return received;
}

const modes = [
  // Yoga's own GraphQL over SSE: one event stream per operation.
  { name: 'distinct connections mode at /graphql', path: '', singleConnection: false },
  // One event stream per client, operations started and stopped beside it (PUT, POST, DELETE).
  { name: 'single connection mode at /graphql/stream', path: '/stream', singleConnection: true },
];

describe('graphql-sse 2 against the read gateway', () => {
  let shop: RunningShop;
  let operator: GraphQLClient;
  const opened: Client[] = [];

  beforeAll(async () => {
    shop = await startShop();
    operator = new GraphQLClient(shop.writeUrl, {
      headers: { authorization: `Bearer ${await testToken('operator')}` },
    });
  });

  afterAll(async () => {
    for (const client of opened) client.dispose();
    await shop?.stop();
  });

  async function registerProduct() {
    const sku = uniqueSku('SSE');
    const input = { sku, name: `Product ${sku}`, priceCents: 250, initialStock: 100 };
    return accepted((await operator.request(RegisterProduct, { input })).registerProduct);
  }

  async function placeOrder(customerId: string, productId: string) {
    const input = { customerId, lines: [{ productId, quantity: 1 }] };
    return accepted((await operator.request(PlaceOrder, { input })).placeOrder);
  }

  describe.each(modes)('in $name', ({ path, singleConnection }) => {
    async function sse(role: 'operator' | 'customer', sub?: string): Promise<Client> {
      const client = createClient({
        url: `${shop.readUrl}${path}`,
        singleConnection,
        headers: { authorization: `Bearer ${await testToken(role, sub)}` },
        retryAttempts: 0,
      });
      opened.push(client);
      return client;
    }

    it('pushes productChanged to a customer (the catalog is public)', async () => {
      const product = await registerProduct();
      const customer = await sse('customer', `sse-${randomUUID()}`);
      const changes = subscribe(customer, ProductChanged, { id: product.subjectId });
      // What arrives first may be any of the pokes, or the registration itself when the read side
      // handled it after the subscription began: the last push must show every restock.
      let stock = 100;
      const restock = (quantity: number) => {
        stock += quantity;
        return operator.request(RestockProduct, { input: { productId: product.subjectId, quantity } });
      };
      await untilLive(
        () => changes.items.length,
        () => restock(1),
      );
      await restock(9);
      await until('the pushed restock', () =>
        changes.items.some((item) => item.productChanged.stock === stock),
      );
      expect(changes.errors).toEqual([]);
      expect(changes.items.every((item) => item.productChanged.id === product.subjectId)).toBe(true);
      changes.stop();
    });

    it("pushes a customer only that customer's orders, beside the catalog on the same client", async () => {
      const product = await registerProduct();
      const ada = `ada-${randomUUID()}`;
      const bob = `bob-${randomUUID()}`;
      const customer = await sse('customer', ada);
      const adas = subscribe(customer, OrderChanged);
      const catalog = subscribe(customer, ProductChanged, { id: product.subjectId });
      const everyones = subscribe(await sse('operator'), OrderChanged);
      // All three are live once each has had a change of Ada's order (which reserves the product's stock).
      const live = () => Math.min(adas.items.length, catalog.items.length, everyones.items.length);
      await untilLive(live, () => placeOrder(ada, product.subjectId));

      const bobs = await placeOrder(bob, product.subjectId);
      const adaOrder = await placeOrder(ada, product.subjectId);
      await operator.request(PayOrder, { input: { orderId: adaOrder.subjectId, amountCents: 250 } });

      const seen = (
        received: Received<{ orderChanged: { id: string; status: string } }>,
        id: string,
        status: string,
      ) => received.items.some((item) => item.orderChanged.id === id && item.orderChanged.status === status);
      // The operator sees both; by then Ada's stream has had every chance to carry Bob's order.
      await until(
        'the operator seeing both',
        () => seen(everyones, bobs.subjectId, 'PLACED') && seen(everyones, adaOrder.subjectId, 'PAID'),
      );
      await until("Ada's payment pushed to her", () => seen(adas, adaOrder.subjectId, 'PAID'));
      expect([...adas.errors, ...catalog.errors]).toEqual([]);
      expect(adas.items.every((item) => item.orderChanged.customerId === ada)).toBe(true);
      expect(adas.items.some((item) => item.orderChanged.id === bobs.subjectId)).toBe(false);
      // Bob's order reserved stock too: the catalog is everyone's, so Ada is pushed the product after both.
      const reservedForBob = bobs.streams.find((stream) => stream.streamId === product.subjectId)!;
      await until('the product after both orders', () =>
        catalog.items.some((item) => item.productChanged.version > reservedForBob.version),
      );
      for (const received of [adas, catalog, everyones]) received.stop();
    });
  });
});
