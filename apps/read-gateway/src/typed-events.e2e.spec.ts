import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import { InProcessBus, Relay } from '@sluice/messaging';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import {
  appendDomainEvents,
  authHeader,
  eventStoreBackends,
  eventTime,
  legacyProductRegistered,
  subscribeSse,
  subscribeWs,
  testAuth,
  untilReadable,
  writeClient,
  wsClient,
  type OpenedStore,
  type Received,
  type WriteClient,
} from '@sluice/testing';
import { createWriteGatewayApp, type WriteGatewayApp } from '@sluice/write-gateway';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadGatewayApp, type ReadGatewayApp } from './read-gateway-app';
import { startReadSideRuntime, type ReadSideRuntime } from './runtime/read-side-runtime';

/** Each payload asks for exactly the fields of its event's data, so the two can be compared whole. */
const PAYLOAD = `payload {
  __typename
  ... on ProductRegisteredPayload { productId sku name priceCents initialStock category at }
  ... on ProductPriceChangedPayload { productId priceCents previousPriceCents at }
  ... on ProductRestockedPayload { productId quantity at }
  ... on ProductDiscontinuedPayload { productId at }
  ... on StockReservedPayload { productId orderId quantity at }
  ... on StockReleasedPayload { productId orderId quantity at }
  ... on SkuClaimedPayload { sku productId at }
  ... on OrderPlacedPayload { orderId customerId lines { productId quantity unitPriceCents } totalCents at }
  ... on OrderPaidPayload { orderId amountCents at }
  ... on OrderShippedPayload { orderId at }
  ... on OrderCancelledPayload { orderId reason previousStatus at }
}`;

const eventsFeed = `subscription ($after: Position, $types: [String!], $eventTypes: [EventType!]) {
  events(after: $after, types: $types, eventTypes: $eventTypes) { id position type eventType ${PAYLOAD} }
}`;

interface Event {
  id: string;
  position: string;
  type: string;
  eventType: string | null;
  payload: ({ __typename: string } & Record<string, unknown>) | null;
}

const metadata = { correlationId: 'typed-events', causationId: 'typed-events', at: '' };

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`typed events on a running read side on ${backend.name}`, () => {
    let opened: OpenedStore;
    let projections: OpenedProjections;
    let runtime: ReadSideRuntime;
    let relay: Relay;
    let writeApp: WriteGatewayApp;
    let readApp: ReadGatewayApp;
    let readUrl: string;
    let write: WriteClient;
    let operator: { authorization: string };
    const bus = new InProcessBus();
    const clients: Client[] = [];

    beforeAll(async () => {
      operator = await authHeader('operator');
      opened = await backend.open();
      projections = opened.pglite
        ? await openPgliteProjections(opened.pglite)
        : await openPostgresProjections(opened.databaseUrl!, 4);
      const logger = createConsoleLogger('typed-events-test', { silent: true });
      runtime = await startReadSideRuntime({ store: opened.store, projections, bus, logger });
      relay = new Relay({ store: opened.store, bus });
      await relay.start();
      const common = { store: opened.store, logger, port: 0, host: '127.0.0.1', auth: testAuth };
      writeApp = createWriteGatewayApp(common);
      readApp = createReadGatewayApp({
        ...common,
        db: projections.db,
        progress: runtime.progress,
        feed: runtime.feed,
        deadLetters: runtime.deadLetters,
      });
      write = writeClient(`${await writeApp.start()}/graphql`);
      readUrl = `${await readApp.start()}/graphql`;
    });

    afterAll(async () => {
      for (const client of clients) await client.dispose();
      await readApp?.stop();
      await writeApp?.stop();
      await relay?.stop();
      await runtime?.stop();
      await bus.close();
      await projections?.close();
      await opened?.cleanup();
    });

    function client(): Client {
      const created = wsClient(readUrl, operator);
      clients.push(created);
      return created;
    }

    /** An event of a type no decider writes, as another writer to the log may append. */
    async function appendForeign(): Promise<void> {
      const outcome = await opened.store.append([
        {
          streamId: `bulk-${randomUUID()}`,
          expectedVersion: 0,
          events: [{ eventId: randomUUID(), type: 'BulkLoaded', data: { rows: 3 }, metadata }],
        },
      ]);
      expect(outcome.kind).toBe('appended');
    }

    async function newProduct(priceCents: number, initialStock: number): Promise<string> {
      const sku = `TYPED-${randomUUID().slice(0, 8).toUpperCase()}`;
      return (await write.registerProduct({ sku, name: `Typed ${sku}`, priceCents, initialStock })).id;
    }

    const typesOf = (received: Received<{ events: Event }>) => received.items.map((item) => item.events.type);

    it('types every event of the log over server-sent events: its id, its eventType and its payload', async () => {
      const start = (await opened.store.head()).toString();
      const productId = await newProduct(250, 5);
      await write.send('changeProductPrice', { productId, priceCents: 300 });
      await write.send('restockProduct', { productId, quantity: 2 });
      const shipped = await write.placeOrder('typed-customer', [{ productId, quantity: 2 }]);
      await write.send('payOrder', { orderId: shipped.id, amountCents: 600 });
      await write.send('shipOrder', { orderId: shipped.id });
      const cancelled = await write.placeOrder('typed-customer', [{ productId, quantity: 1 }]);
      await write.send('cancelOrder', { orderId: cancelled.id, reason: 'changed mind' });
      await write.send('discontinueProduct', { productId });
      await appendForeign();
      // Everything written so far, once readable (an open transaction elsewhere can delay it).
      await untilReadable(opened.store, await opened.store.head());
      const log = await opened.store.readAllAfter(BigInt(start), 100);
      expect(log).toHaveLength(14);

      const received = subscribeSse<{ events: Event }>(readUrl, eventsFeed, { after: start }, operator);
      await expect.poll(() => received.items.length, { timeout: 10_000 }).toBe(14);
      received.stop();
      expect(received.errors).toEqual([]);
      const events = received.items.map((item) => item.events);

      expect(events.map((event) => [event.id, event.position, event.type])).toEqual(
        log.map((event) => [event.eventId, event.position.toString(), event.type]),
      );
      expect(new Set(events.map((event) => event.id)).size).toBe(14);
      for (const [index, event] of events.entries()) {
        const stored = log[index]!;
        if (stored.type === 'BulkLoaded') {
          expect(event).toMatchObject({ eventType: null, payload: null });
          continue;
        }
        expect(event.eventType).toBe(stored.type);
        const { __typename, ...fields } = event.payload!;
        expect(__typename).toBe(`${stored.type}Payload`);
        expect(fields).toEqual(stored.data);
      }
      expect(new Set(events.map((event) => event.eventType))).toEqual(
        new Set([
          'ProductRegistered',
          'SkuClaimed',
          'ProductPriceChanged',
          'ProductRestocked',
          'OrderPlaced',
          'StockReserved',
          'OrderPaid',
          'OrderShipped',
          'OrderCancelled',
          'StockReleased',
          'ProductDiscontinued',
          null,
        ]),
      );
      expect(events.find((event) => event.eventType === 'OrderCancelled')?.payload).toMatchObject({
        reason: 'changed mind',
        previousStatus: 'PLACED',
      });
    });

    it('replays a registration written before categories as version 1, its payload upcast', async () => {
      const start = (await opened.store.head()).toString();
      const legacyId = randomUUID();
      const sku = `OLD-${legacyId.slice(0, 8).toUpperCase()}`;
      await appendDomainEvents(opened.store, [
        legacyId,
        0,
        legacyProductRegistered({
          type: 'ProductRegistered',
          data: {
            productId: legacyId,
            sku,
            name: 'Old',
            priceCents: 100,
            initialStock: 0,
            category: '',
            at: eventTime,
          },
        }),
      ]);
      await write.registerProduct({ sku: `NEW-${sku}`, name: 'New', priceCents: 100, category: 'Lighting' });
      const received = subscribeSse<{ events: { schemaVersion: number; payload: { category: string } } }>(
        readUrl,
        `subscription ($after: Position) { events(after: $after, eventTypes: [ProductRegistered]) {
          schemaVersion payload { ... on ProductRegisteredPayload { category } } } }`,
        { after: start },
        operator,
      );
      await expect.poll(() => received.items.length, { timeout: 10_000 }).toBe(2);
      received.stop();
      expect(received.items.map(({ events }) => [events.schemaVersion, events.payload.category])).toEqual([
        [1, 'Uncategorized'],
        [2, 'Lighting'],
      ]);
    });

    it('serves an order line of a payload as a line of the order, with its product', async () => {
      const productId = await newProduct(120, 10);
      const placed = await write.placeOrder('typed-lines', [{ productId, quantity: 3 }]);
      const query = `subscription ($after: Position) { events(after: $after, eventTypes: [OrderPlaced]) {
        payload { ... on OrderPlacedPayload { orderId lines { quantity lineTotalCents product { id } } } } } }`;
      const received = subscribeSse<{ events: { payload: unknown } }>(
        readUrl,
        query,
        { after: String(BigInt(placed.position) - 2n) },
        operator,
      );
      await expect.poll(() => received.items.length, { timeout: 10_000 }).toBe(1);
      received.stop();
      expect(received.items[0]!.events.payload).toEqual({
        orderId: placed.id,
        lines: [{ quantity: 3, lineTotalCents: 360, product: { id: productId } }],
      });
    });

    it('keeps the events that match both filters over WebSocket, replayed and live', async () => {
      const start = (await opened.store.head()).toString();
      const productId = await newProduct(100, 10);
      const first = await write.placeOrder('typed-filter', [{ productId, quantity: 1 }]);
      await write.send('payOrder', { orderId: first.id, amountCents: 100 });
      await appendForeign();

      const socket = client();
      const subscribe = (variables: Record<string, unknown>) =>
        subscribeWs<{ events: Event }>(socket, eventsFeed, { after: start, ...variables });
      const typed = subscribe({ eventTypes: ['StockReserved', 'OrderPaid'] });
      const both = subscribe({ types: ['OrderPaid', 'BulkLoaded'], eventTypes: ['OrderPaid', 'SkuClaimed'] });
      const named = subscribe({ types: ['BulkLoaded'], eventTypes: [] });
      const none = subscribe({ types: ['BulkLoaded'], eventTypes: ['OrderPaid'] });
      await expect.poll(() => typesOf(typed)).toEqual(['StockReserved', 'OrderPaid']);
      await expect.poll(() => typesOf(both)).toEqual(['OrderPaid']);
      await expect.poll(() => typesOf(named)).toEqual(['BulkLoaded']);

      const second = await write.placeOrder('typed-filter', [{ productId, quantity: 2 }]);
      await write.send('payOrder', { orderId: second.id, amountCents: 200 });
      await appendForeign();
      await expect
        .poll(() => typesOf(typed))
        .toEqual(['StockReserved', 'OrderPaid', 'StockReserved', 'OrderPaid']);
      await expect.poll(() => typesOf(both)).toEqual(['OrderPaid', 'OrderPaid']);
      await expect.poll(() => typesOf(named)).toEqual(['BulkLoaded', 'BulkLoaded']);
      expect(typed.items.map((item) => item.events.eventType)).toEqual(typesOf(typed));
      expect(none).toMatchObject({ items: [], errors: [], completed: false });
      for (const received of [typed, both, named, none]) {
        expect(received.errors).toEqual([]);
        received.stop();
      }
    });

    it('refuses an eventTypes value the enum does not hold', async () => {
      const received = subscribeSse(readUrl, eventsFeed, { eventTypes: ['BulkLoaded'] }, operator);
      await expect.poll(() => received.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(received.errors)).toMatch(/EventType/);
    });
  });
}
