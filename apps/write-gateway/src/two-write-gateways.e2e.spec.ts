import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import { authHeader, eventStoreBackends, type OpenedStore, postGraphQL, testAuth } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutations, type MutationName, type MutationResult } from './test-support/write-operations';
import { createWriteGatewayApp, type WriteGatewayApp } from './write-gateway-app';

// Each gateway decides on its own cached state; these show a stale cache never decides wrongly.
for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`two write gateways on one ${backend.name} log`, () => {
    let opened: OpenedStore;
    const apps: WriteGatewayApp[] = [];
    const urls: string[] = [];
    let operator: { authorization: string };

    beforeAll(async () => {
      operator = await authHeader('operator');
      opened = await backend.open();
      for (let i = 0; i < 2; i++) {
        const app = createWriteGatewayApp({
          store: opened.store,
          logger: createConsoleLogger('write-gateway-test', { silent: true }),
          port: 0,
          host: '127.0.0.1',
          auth: testAuth,
        });
        apps.push(app);
        urls.push(`${await app.start()}/graphql`);
      }
    });

    afterAll(async () => {
      for (const app of apps) await app.stop();
      await opened?.cleanup();
    });

    async function send(gateway: number, name: MutationName, input: Record<string, unknown>) {
      const response = await postGraphQL<{ result: MutationResult }>(
        urls[gateway]!,
        mutations[name],
        { input },
        operator,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.result;
    }

    async function productWithStock(stock: number, priceCents = 100): Promise<string> {
      const sku = `TWO-${randomUUID().slice(0, 8).toUpperCase()}`;
      const result = await send(0, 'registerProduct', { sku, name: sku, priceCents, initialStock: stock });
      return result.id!;
    }

    it('accepts an order that only the other gateway restocked for', async () => {
      const productId = await productWithStock(1);
      expect(
        await send(0, 'placeOrder', { customerId: 'c', lines: [{ productId, quantity: 1 }] }),
      ).toMatchObject({ __typename: 'CommandAccepted' });
      expect(await send(1, 'restockProduct', { productId, quantity: 5 })).toMatchObject({
        __typename: 'CommandAccepted',
      });
      // Gateway 0 last saw 0 in stock.
      expect(
        await send(0, 'placeOrder', { customerId: 'c', lines: [{ productId, quantity: 3 }] }),
      ).toMatchObject({ __typename: 'CommandAccepted' });
    });

    it('charges the price the other gateway set since', async () => {
      const productId = await productWithStock(10, 100);
      await send(0, 'placeOrder', { customerId: 'c', lines: [{ productId, quantity: 1 }] });
      await send(1, 'changeProductPrice', { productId, priceCents: 700 });
      const order = await send(0, 'placeOrder', { customerId: 'c', lines: [{ productId, quantity: 2 }] });
      expect(order.__typename).toBe('CommandAccepted');
      expect(await send(0, 'payOrder', { orderId: order.id, amountCents: 1400 })).toMatchObject({
        __typename: 'CommandAccepted',
      });
    });

    it('answers ConcurrencyError by the version the other gateway wrote, not a cached one', async () => {
      const productId = await productWithStock(1);
      await send(0, 'restockProduct', { productId, quantity: 1, expectedVersion: 1 });
      await send(1, 'restockProduct', { productId, quantity: 1, expectedVersion: 2 });
      expect(await send(0, 'restockProduct', { productId, quantity: 1, expectedVersion: 3 })).toMatchObject({
        __typename: 'CommandAccepted',
        version: 4,
      });
    });

    it('refuses a SKU the other gateway registered, though this one never read it', async () => {
      const sku = `TWO-${randomUUID().slice(0, 8).toUpperCase()}`;
      const first = await send(1, 'registerProduct', { sku, name: sku, priceCents: 100 });
      expect(first.__typename).toBe('CommandAccepted');
      expect(await send(0, 'registerProduct', { sku, name: 'again', priceCents: 100 })).toMatchObject({
        __typename: 'DuplicateSkuError',
      });
      // Refused again: every refusal is decided afresh, whatever this gateway holds of the SKU.
      expect(await send(0, 'registerProduct', { sku, name: 'again', priceCents: 100 })).toMatchObject({
        __typename: 'DuplicateSkuError',
      });
    });

    it('registers a SKU once when both gateways race for it', async () => {
      const sku = `TWO-${randomUUID().slice(0, 8).toUpperCase()}`;
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          send(i % 2, 'registerProduct', { sku, name: `race ${i}`, priceCents: 100 }),
        ),
      );
      expect(results.filter((r) => r.__typename === 'CommandAccepted')).toHaveLength(1);
      expect(results.filter((r) => r.__typename === 'DuplicateSkuError')).toHaveLength(9);
    });

    it('sells exactly the stock when both gateways race for it', async () => {
      const productId = await productWithStock(20);
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          send(i % 2, 'placeOrder', { customerId: `r${i}`, lines: [{ productId, quantity: 1 }] }),
        ),
      );
      expect(results.filter((r) => r.__typename === 'CommandAccepted')).toHaveLength(20);
      expect(results.filter((r) => r.__typename === 'InsufficientStockError')).toHaveLength(40);
    });
  });
}
