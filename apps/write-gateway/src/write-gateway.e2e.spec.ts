import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import type { EventStore } from '@sluice/event-store';
import { authHeader, eventStoreBackends, postGraphQL, testAuth, type GraphQLResponse } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutations, type MutationName, type MutationResult } from './test-support/write-operations';
import { createWriteGatewayApp, type WriteGatewayApp } from './write-gateway-app';

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`write gateway over HTTP on ${backend.name}`, () => {
    let app: WriteGatewayApp;
    let url: string;
    let cleanup: () => Promise<void>;
    let store: EventStore;
    let operator: { authorization: string };

    beforeAll(async () => {
      operator = await authHeader('operator');
      const opened = await backend.open();
      cleanup = opened.cleanup;
      store = opened.store;
      app = createWriteGatewayApp({
        store: opened.store,
        logger: createConsoleLogger('write-gateway-test', { silent: true }),
        port: 0,
        host: '127.0.0.1',
        maxBodyBytes: 64 * 1024,
        auth: testAuth,
      });
      url = `${await app.start()}/graphql`;
    });

    afterAll(async () => {
      await app?.stop();
      await cleanup?.();
    });

    // The shop's operator, who may send every command.
    async function send(name: MutationName, input: Record<string, unknown>): Promise<MutationResult> {
      const response = await postGraphQL<{ result: MutationResult }>(
        url,
        mutations[name],
        { input },
        operator,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.result;
    }

    async function product(stock: number, priceCents = 1000): Promise<string> {
      const sku = `SKU-${randomUUID().slice(0, 8).toUpperCase()}`;
      const result = await send('registerProduct', {
        sku,
        name: `Product ${sku}`,
        priceCents,
        initialStock: stock,
      });
      expect(result.__typename).toBe('CommandAccepted');
      return result.id!;
    }

    it('serves GraphiQL to a browser', async () => {
      const response = await fetch(url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('GraphiQL');
    });

    it('registers a product and reports where its events landed', async () => {
      const before = await postGraphQL<{ health: { ok: boolean; head: string } }>(
        url,
        '{ health { ok head } }',
      );
      const result = await send('registerProduct', {
        sku: `MUG-${Date.now()}`,
        name: 'Mug',
        priceCents: 1200,
      });
      expect(result).toMatchObject({
        __typename: 'CommandAccepted',
        version: 1,
        events: ['ProductRegistered', 'SkuClaimed'],
      });
      expect(BigInt(result.position!)).toBeGreaterThan(BigInt(before.data!.health.head));
      const after = await postGraphQL<{ health: { ok: boolean; head: string } }>(
        url,
        '{ health { ok head } }',
      );
      expect(after.data!.health).toEqual({ ok: true, head: result.position });
    });

    /** What the log holds as each stream's last event: its version and position. */
    async function lastInLog(streamIds: readonly string[]) {
      const read = await store.readStreams(streamIds.map((streamId) => ({ streamId, afterVersion: 0 })));
      return streamIds.map((streamId) => {
        const last = read.get(streamId)?.at(-1);
        return { streamId, version: last?.version, position: last?.position.toString() };
      });
    }

    /** Streams as the log numbers an append: consecutive positions ending at the command's. */
    function consecutive(last: string, streams: ReadonlyArray<[string, number]>) {
      return streams.map(([streamId, version], index) => ({
        streamId,
        version,
        position: String(BigInt(last) - BigInt(streams.length - 1 - index)),
      }));
    }

    it('names the product and both streams a registration wrote', async () => {
      const sku = `STR-${randomUUID().slice(0, 8).toUpperCase()}`;
      const result = await send('registerProduct', { sku, name: 'Streams', priceCents: 100 });
      expect(result).toMatchObject({
        __typename: 'CommandAccepted',
        subjectId: result.id,
        version: 1,
        events: ['ProductRegistered', 'SkuClaimed'],
        eventTypes: ['ProductRegistered', 'SkuClaimed'],
      });
      const expected = consecutive(result.position!, [
        [result.id!, 1],
        [`sku:${sku}`, 1],
      ]);
      expect(result.streams).toEqual(expected);
      expect(await lastInLog([result.id!, `sku:${sku}`])).toEqual(expected);
    });

    it("names the order and each product's reservation an order wrote, then its payment", async () => {
      const first = await product(5);
      const second = await product(5);
      await send('restockProduct', { productId: second, quantity: 1 });
      const placed = await send('placeOrder', {
        customerId: 'c-streams',
        lines: [
          { productId: first, quantity: 1 },
          { productId: second, quantity: 2 },
        ],
      });
      expect(placed).toMatchObject({
        subjectId: placed.id,
        version: 1,
        eventTypes: ['OrderPlaced', 'StockReserved', 'StockReserved'],
      });
      const written = consecutive(placed.position!, [
        [placed.id!, 1],
        [first, 2],
        [second, 3],
      ]);
      expect(placed.streams).toEqual(written);
      expect(await lastInLog([placed.id!, first, second])).toEqual(written);

      const paid = await send('payOrder', { orderId: placed.id, amountCents: 3000 });
      expect(paid).toMatchObject({
        __typename: 'CommandAccepted',
        id: placed.id,
        subjectId: placed.id,
        version: 2,
        eventTypes: ['OrderPaid'],
        streams: [{ streamId: placed.id, version: 2, position: paid.position }],
      });
      expect(BigInt(paid.position!)).toBeGreaterThan(BigInt(placed.position!));
    });

    it('answers a replayed command exactly as the first time, streams and all', async () => {
      const sku = `REP-${randomUUID().slice(0, 8).toUpperCase()}`;
      const register = { commandId: randomUUID(), sku, name: 'Replayed', priceCents: 100, initialStock: 3 };
      const registered = await send('registerProduct', register);
      expect(registered.streams).toHaveLength(2);
      expect(await send('registerProduct', register)).toEqual(registered);

      const order = {
        commandId: randomUUID(),
        customerId: 'c-replay',
        lines: [{ productId: registered.id, quantity: 1 }],
      };
      const placed = await send('placeOrder', order);
      await send('restockProduct', { productId: registered.id, quantity: 1 });
      expect(await send('placeOrder', order)).toEqual(placed);
    });

    it('names no stream for a command that changed nothing', async () => {
      const productId = await product(1, 700);
      const unchanged = await send('changeProductPrice', { productId, priceCents: 700 });
      expect(unchanged).toMatchObject({
        __typename: 'CommandAccepted',
        subjectId: productId,
        version: 1,
        events: [],
        eventTypes: [],
        streams: [],
      });
    });

    it('answers DuplicateSkuError for a SKU already taken', async () => {
      const sku = `DUP-${randomUUID().slice(0, 6).toUpperCase()}`;
      await send('registerProduct', { sku, name: 'First', priceCents: 100 });
      const result = await send('registerProduct', { sku, name: 'Second', priceCents: 100 });
      expect(result).toMatchObject({ __typename: 'DuplicateSkuError', sku });
    });

    it('names every bad field of an order at once', async () => {
      const productId = await product(5);
      const result = await send('placeOrder', {
        customerId: 'c-1',
        lines: [
          { productId, quantity: 1 },
          { productId, quantity: 2 },
          { productId: randomUUID(), quantity: 0 },
        ],
      });
      expect(result.__typename).toBe('ValidationError');
      expect(result.fields!.map((f) => f.field).sort()).toEqual(['lines.1.productId', 'lines.2.quantity']);
    });

    it('names every bad field of a product at once', async () => {
      const result = await send('registerProduct', {
        sku: 'bad sku',
        name: '',
        priceCents: 0,
        initialStock: -1,
      });
      expect(result.__typename).toBe('ValidationError');
      expect(result.fields!.map((f) => f.field).sort()).toEqual([
        'initialStock',
        'name',
        'priceCents',
        'sku',
      ]);
    });

    it('refuses text PostgreSQL cannot store, and an oversized commandId, as ValidationErrors naming the field', async () => {
      const nul = await send('registerProduct', { sku: 'NUL-1', name: 'a\u0000b', priceCents: 1 });
      expect(nul).toMatchObject({
        __typename: 'ValidationError',
        fields: [{ field: 'name', message: expect.stringContaining('NUL') as string }],
      });
      const broken = await send('placeOrder', {
        customerId: 'c\ud800',
        lines: [{ productId: 'p', quantity: 1 }],
      });
      expect(broken).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'customerId' }] });
      const huge = await send('registerProduct', {
        sku: 'BIG-1',
        name: 'Big',
        priceCents: 1,
        commandId: 'x'.repeat(10_000),
      });
      expect(huge).toMatchObject({
        __typename: 'ValidationError',
        fields: [{ field: 'commandId', message: 'The commandId must be 1 to 128 characters long.' }],
      });
    });

    it('answers invalid JSON with 400 and its own message, quoting nothing of the body', async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...operator,
        },
        body: '{"query": "secret',
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: object }> };
      expect(body.errors).toEqual([
        { message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ]);
    });

    it('answers NotFoundError for an unknown product or order', async () => {
      const missing = randomUUID();
      expect(await send('restockProduct', { productId: missing, quantity: 1 })).toMatchObject({
        __typename: 'NotFoundError',
        id: missing,
      });
      expect(await send('payOrder', { orderId: missing, amountCents: 100 })).toMatchObject({
        __typename: 'NotFoundError',
        id: missing,
      });
    });

    it("answers NotFoundError for an order's id given as a product's, and a product's as an order's", async () => {
      const productId = await product(5);
      const order = await send('placeOrder', { customerId: 'c-mixed', lines: [{ productId, quantity: 1 }] });
      const orderId = order.id!;
      expect(await send('restockProduct', { productId: orderId, quantity: 1 })).toMatchObject({
        __typename: 'NotFoundError',
        id: orderId,
      });
      expect(
        await send('placeOrder', { customerId: 'c-mixed', lines: [{ productId: orderId, quantity: 1 }] }),
      ).toMatchObject({
        __typename: 'NotFoundError',
        id: orderId,
      });
      expect(await send('payOrder', { orderId: productId, amountCents: 100 })).toMatchObject({
        __typename: 'NotFoundError',
        id: productId,
      });
      // The real ones are untouched: the product still sells, the order still pays.
      expect((await send('restockProduct', { productId, quantity: 1 })).__typename).toBe('CommandAccepted');
      expect((await send('payOrder', { orderId, amountCents: 1000 })).__typename).toBe('CommandAccepted');
    });

    it('answers ConcurrencyError only for the expectedVersion the client sent', async () => {
      const productId = await product(1);
      const stale = await send('changeProductPrice', { productId, priceCents: 500, expectedVersion: 7 });
      expect(stale).toMatchObject({ __typename: 'ConcurrencyError', expectedVersion: 7, actualVersion: 1 });
      const fresh = await send('changeProductPrice', { productId, priceCents: 500, expectedVersion: 1 });
      expect(fresh).toMatchObject({ __typename: 'CommandAccepted', version: 2 });
    });

    it('refuses to reprice, restock or order a discontinued product', async () => {
      const productId = await product(3);
      expect(await send('discontinueProduct', { productId })).toMatchObject({
        __typename: 'CommandAccepted',
      });
      expect(await send('changeProductPrice', { productId, priceCents: 5 })).toMatchObject({
        __typename: 'ProductDiscontinuedError',
        productId,
      });
      expect(await send('restockProduct', { productId, quantity: 5 })).toMatchObject({
        __typename: 'ProductDiscontinuedError',
      });
      expect(
        await send('placeOrder', { customerId: 'c', lines: [{ productId, quantity: 1 }] }),
      ).toMatchObject({ __typename: 'ProductDiscontinuedError', productId });
    });

    it('takes an order through PLACED → PAID → SHIPPED and refuses illegal moves', async () => {
      const productId = await product(10, 250);
      const placed = await send('placeOrder', { customerId: 'c-2', lines: [{ productId, quantity: 4 }] });
      expect(placed).toMatchObject({
        __typename: 'CommandAccepted',
        events: ['OrderPlaced', 'StockReserved'],
      });
      const orderId = placed.id!;
      expect(await send('shipOrder', { orderId })).toMatchObject({
        __typename: 'InvalidOrderStateError',
        orderId,
        status: 'PLACED',
      });
      expect(await send('payOrder', { orderId, amountCents: 999 })).toMatchObject({
        __typename: 'PaymentMismatchError',
        expectedCents: 1000,
        receivedCents: 999,
      });
      expect(await send('payOrder', { orderId, amountCents: 1000 })).toMatchObject({
        __typename: 'CommandAccepted',
      });
      expect(await send('shipOrder', { orderId })).toMatchObject({
        __typename: 'CommandAccepted',
        version: 3,
      });
      expect(await send('cancelOrder', { orderId })).toMatchObject({
        __typename: 'InvalidOrderStateError',
        status: 'SHIPPED',
      });
    });

    it('releases the reserved stock when an order is cancelled', async () => {
      const productId = await product(2);
      const placed = await send('placeOrder', { customerId: 'c', lines: [{ productId, quantity: 2 }] });
      const empty = await send('placeOrder', { customerId: 'c', lines: [{ productId, quantity: 1 }] });
      expect(empty).toMatchObject({ __typename: 'InsufficientStockError', requested: 1, available: 0 });
      const cancelled = await send('cancelOrder', { orderId: placed.id, reason: 'changed mind' });
      expect(cancelled).toMatchObject({
        __typename: 'CommandAccepted',
        events: ['OrderCancelled', 'StockReleased'],
      });
      expect(
        await send('placeOrder', { customerId: 'c', lines: [{ productId, quantity: 2 }] }),
      ).toMatchObject({
        __typename: 'CommandAccepted',
      });
    });

    it('reserves all lines or none', async () => {
      const plenty = await product(10);
      const scarce = await product(1);
      const result = await send('placeOrder', {
        customerId: 'c',
        lines: [
          { productId: plenty, quantity: 5 },
          { productId: scarce, quantity: 2 },
        ],
      });
      expect(result).toMatchObject({ __typename: 'InsufficientStockError', productId: scarce });
      const all = await send('placeOrder', { customerId: 'c', lines: [{ productId: plenty, quantity: 10 }] });
      expect(all.__typename).toBe('CommandAccepted');
    });

    it('accepts exactly the stock on hand when 100 orders race for 10 units', async () => {
      const productId = await product(10);
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          send('placeOrder', { customerId: `racer-${i}`, lines: [{ productId, quantity: 1 }] }),
        ),
      );
      const counts = results.reduce<Record<string, number>>((acc, r) => {
        acc[r.__typename] = (acc[r.__typename] ?? 0) + 1;
        return acc;
      }, {});
      expect(counts).toEqual({ CommandAccepted: 10, InsufficientStockError: 90 });
    });

    it('commits concurrent commands together, each answered on its own', async () => {
      const products = [];
      for (let i = 0; i < 20; i++) products.push(await product(5));
      // Twenty connections open and kept alive, as a busy server has: the orders come together.
      await Promise.all(products.map(() => postGraphQL(url, '{ health { ok } }')));
      const results = await Promise.all(
        products.map((productId, i) =>
          send('placeOrder', {
            customerId: `together-${i}`,
            lines: [{ productId, quantity: i % 2 ? 1 : 9 }],
          }),
        ),
      );
      // Every other order asks for more than there is: each is refused, and the rest accepted.
      expect(results.map((result) => result.__typename)).toEqual(
        products.map((_, i) => (i % 2 ? 'CommandAccepted' : 'InsufficientStockError')),
      );
      // A position is its transaction's id × 65536 + its index: the accepted ten shared commits.
      const transactions = new Set(
        results.flatMap((result) => (result.position ? [BigInt(result.position) >> 16n] : [])),
      );
      expect(transactions.size).toBeLessThanOrEqual(5);
    });

    it('writes one order for a commandId sent three times, two of them concurrently', async () => {
      const productId = await product(10);
      const input = { commandId: randomUUID(), customerId: 'idem', lines: [{ productId, quantity: 1 }] };
      const [first, second] = await Promise.all([send('placeOrder', input), send('placeOrder', input)]);
      const third = await send('placeOrder', input);
      expect(first.__typename).toBe('CommandAccepted');
      expect(second).toEqual(first);
      expect(third).toEqual(first);
      const next = await send('placeOrder', { customerId: 'idem', lines: [{ productId, quantity: 9 }] });
      expect(next.__typename).toBe('CommandAccepted');
      const over = await send('placeOrder', { customerId: 'idem', lines: [{ productId, quantity: 1 }] });
      expect(over).toMatchObject({ __typename: 'InsufficientStockError', available: 0 });
    });

    it('refuses a commandId reused for a different command', async () => {
      const commandId = randomUUID();
      const productId = await product(5);
      await send('restockProduct', { commandId, productId, quantity: 1 });
      const reused = await send('restockProduct', { commandId, productId, quantity: 2 });
      expect(reused).toMatchObject({ __typename: 'ValidationError', fields: [{ field: 'commandId' }] });
    });

    it('refuses a body over the limit with 413', async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ health { ok } } # ${'x'.repeat(70 * 1024)}` }),
      });
      expect(response.status).toBe(413);
    });

    it('refuses a body of undeclared length with 411, before reading it', async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([JSON.stringify({ query: '{ health { ok } }' })]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(411);
      const answer = (await response.json()) as GraphQLResponse<unknown>;
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('LENGTH_REQUIRED');
    });

    it('refuses a too aliased query, naming the limit it broke', async () => {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: health { ok }`).join(' ');
      const response = await postGraphQL(url, `{ ${aliases} }`);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        {
          message: 'Query rejected: it exceeds the limits of this server (aliases: 50, limit 20).',
          extensions: { code: 'TOO_MANY_ALIASES', limit: { name: 'aliases', max: 20, found: 50 } },
        },
      ]);
    });

    it('answers a GET query without a CSRF header, and refuses a mutation over GET', async () => {
      const query = await fetch(`${url}?query=${encodeURIComponent('{ me { id } }')}`);
      expect(query.status).toBe(200);
      expect(await query.json()).toEqual({ data: { me: { id: null } } });
      const mutation = await fetch(
        `${url}?query=${encodeURIComponent('mutation ($input: RestockProductInput!) { restockProduct(input: $input) { __typename } }')}`,
        { headers: operator },
      );
      expect(mutation.status).toBe(405);
    });
  });
}
