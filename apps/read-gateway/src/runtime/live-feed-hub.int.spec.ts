import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { withSchemaVersion, type DomainEvent } from '@sluice/domain';
import { newPglite, openPgliteEventStore, type EventStore, type StoredEvent } from '@sluice/event-store';
import {
  allProjections,
  openPgliteProjections,
  Projector,
  type OpenedProjections,
} from '@sluice/projections';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { productsByIds } from '../read-models/products';
import { productSalesByIds } from '../read-models/sales';
import type { ProductRow } from '../read-models/rows';
import { take } from '../test-support/take';
import { ChangeStream } from './change-stream';
import { LiveFeedHub } from './live-feed-hub';

const at = '2026-01-01T00:00:00.000Z';
const metadata = { correlationId: 'test', causationId: 'test', at };

describe('the live feed hub, beside the projector of its own process', () => {
  let pglite: PGlite;
  let store: EventStore;
  let projections: OpenedProjections;
  let projector: Projector;
  let hub: LiveFeedHub;

  beforeAll(async () => {
    pglite = newPglite();
    store = await openPgliteEventStore({ pglite });
    projections = await openPgliteProjections(pglite);
    const stream = new ChangeStream(store, 0n);
    projector = new Projector(projections.session, store, allProjections, {
      onApplied: (position, applied) =>
        applied ? stream.offer(position, applied) : stream.advanceTo(position),
    });
    await projector.catchUp();
    hub = new LiveFeedHub(projections.db, stream, store);
  });
  afterAll(async () => {
    hub?.close();
    await store?.close();
    await pglite?.close();
  });

  /** Appends one event and delivers it, as the relay would when the log is idle. */
  async function applyOne(streamId: string, version: number, event: DomainEvent): Promise<StoredEvent> {
    const previousPosition = await store.head();
    await store.append([
      {
        streamId,
        expectedVersion: version,
        events: [{ eventId: randomUUID(), ...event, metadata: withSchemaVersion(metadata, event.type) }],
      },
    ]);
    const [stored] = await store.readAllAfter(previousPosition, 1);
    await projector.deliver({ event: stored!, previousPosition, atHead: true });
    return stored!;
  }

  it('pushes the rows the projector wrote without reading them back, the same state a read gives', async () => {
    const productId = randomUUID();
    const pushed = hub.productChanged(productId)[Symbol.asyncIterator]();
    const reads = vi.spyOn(projections.db, 'select');
    await applyOne(productId, 0, {
      type: 'ProductRegistered',
      data: { productId, sku: 'HUB-1', name: 'Hub', priceCents: 500, initialStock: 5, category: 'Hub', at },
    });
    await applyOne(productId, 1, { type: 'ProductRestocked', data: { productId, quantity: 2, at } });
    const [registered, restocked] = await take(pushed, 2);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();

    expect(registered).toMatchObject({ id: productId, stock: 5, version: 1 });
    const [stored] = await productsByIds(projections.db, [productId]);
    const instant = (row: ProductRow) => ({
      ...row,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
    });
    // As read, plus what the hub knows already: no sale has moved it, and it has none.
    const { salesPosition, pastSales, ...row } = restocked!;
    expect(salesPosition).toBe(0n);
    expect(pastSales).toBeNull();
    expect(instant(row)).toEqual(instant(stored!));
    await pushed.return?.();
  });

  it('on a gateway that reads changes back, pushes a state once though a later change is already in', async () => {
    // This hub learns of progress as another process's would: positions only, rows read back.
    const follower = new ChangeStream(store, await store.head());
    const reading = new LiveFeedHub(projections.db, follower, store);
    const productId = randomUUID();
    const pushed = reading.productChanged(productId)[Symbol.asyncIterator]();
    const registered = await applyOne(productId, 0, {
      type: 'ProductRegistered',
      data: { productId, sku: 'HUB-3', name: 'Hub', priceCents: 500, initialStock: 5, category: 'Hub', at },
    });
    const repriced = await applyOne(productId, 1, {
      type: 'ProductPriceChanged',
      data: { productId, priceCents: 600, previousPriceCents: 500, at },
    });
    follower.advanceTo(registered.position);
    // Read after both committed: the state already holds the price change.
    const [first] = await take(pushed, 1);
    expect(first).toMatchObject({ priceCents: 600, position: repriced.position });

    follower.advanceTo(repriced.position);
    const restocked = await applyOne(productId, 2, {
      type: 'ProductRestocked',
      data: { productId, quantity: 1, at },
    });
    follower.advanceTo(restocked.position);
    const [next] = await take(pushed, 1);
    expect(next).toMatchObject({ stock: 6, position: restocked.position });
    await pushed.return?.();
    reading.close();
  });

  it('pushes the product a payment moved as the projector last wrote it, and its units sold, with no read, the same as reads give', async () => {
    const productId = randomUUID();
    const orderId = randomUUID();
    await applyOne(productId, 0, {
      type: 'ProductRegistered',
      data: { productId, sku: 'HUB-2', name: 'Hub', priceCents: 500, initialStock: 5, category: 'Hub', at },
    });
    const lines = [{ productId, quantity: 2, unitPriceCents: 500 }];
    await applyOne(orderId, 0, {
      type: 'OrderPlaced',
      data: { orderId, customerId: 'c', lines, totalCents: 1000, at },
    });
    const pushed = hub.productChanged(productId)[Symbol.asyncIterator]();
    const reads = vi.spyOn(projections.db, 'select');
    const payment = await applyOne(orderId, 1, {
      type: 'OrderPaid',
      data: { orderId, amountCents: 1000, at },
    });
    const [paid] = await take(pushed, 1);
    expect(paid).toMatchObject({ id: productId, stock: 5, salesPosition: payment.position });
    // The payment changed none of the product's row: the projector's row cache held it.
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    const { salesPosition: _sold, pastSales: _sales, ...row } = paid!;
    const [read] = await productsByIds(projections.db, [productId]);
    expect({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) }).toEqual({
      ...read,
      createdAt: new Date(read!.createdAt),
      updatedAt: new Date(read!.updatedAt),
    });
    expect(paid!.pastSales).toEqual((await productSalesByIds(projections.db, [productId]))[0]);
    expect(paid!.pastSales).toMatchObject({ unitsSold: 2, revenueCents: 1000n, position: payment.position });
    await pushed.return?.();
  });

  it('pushes a product changed by its own events with its units sold, read by nobody, as a query gives them', async () => {
    const productId = randomUUID();
    const pushed = hub.productChanged(productId)[Symbol.asyncIterator]();
    const reads = vi.spyOn(projections.db, 'select');
    // The projector's own statements: its sales of the product are known from the registration on.
    const statements = vi.spyOn(projections.session, 'query');
    const salesRead = () =>
      statements.mock.calls.filter(([text]) => /^select .* from "product_sales"/s.test(text)).length;
    await applyOne(productId, 0, {
      type: 'ProductRegistered',
      data: { productId, sku: 'HUB-4', name: 'Hub', priceCents: 500, initialStock: 5, category: 'Hub', at },
    });
    const [registered] = await take(pushed, 1);
    // Nothing sells a product before it is registered: its sales are known to be none.
    expect(registered).toMatchObject({ stock: 5, pastSales: null });
    expect(await productSalesByIds(projections.db, [productId])).toEqual([]);
    reads.mockClear();

    const orderId = randomUUID();
    const lines = [{ productId, quantity: 1, unitPriceCents: 500 }];
    await applyOne(orderId, 0, {
      type: 'OrderPlaced',
      data: { orderId, customerId: 'c', lines, totalCents: 500, at },
    });
    await applyOne(productId, 1, { type: 'StockReserved', data: { productId, orderId, quantity: 1, at } });
    await applyOne(orderId, 1, { type: 'OrderPaid', data: { orderId, amountCents: 500, at } });
    await take(pushed, 2);
    await applyOne(productId, 2, { type: 'ProductRestocked', data: { productId, quantity: 3, at } });
    const [restocked] = await take(pushed, 1);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(salesRead()).toBe(0);
    statements.mockRestore();
    expect(restocked).toMatchObject({ stock: 7 });
    expect(restocked!.pastSales).toEqual((await productSalesByIds(projections.db, [productId]))[0]);
    expect(restocked!.pastSales).toMatchObject({ unitsSold: 1, revenueCents: 500n });
    await pushed.return?.();
  });
});
