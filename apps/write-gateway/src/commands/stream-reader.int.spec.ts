import { randomUUID } from 'node:crypto';
import { evolveProduct, initialProductState, isProductEvent } from '@sluice/domain';
import type { EventStore, StreamAppend } from '@sluice/event-store';
import { describe, expect, it } from 'vitest';
import { storeCountingStreamReads } from '../test-support/counting-stream-reads';
import { advanceReaders, createDomainReaders } from './domain-readers';
import { StreamReader } from './stream-reader';

const at = '2026-01-01T00:00:00.000Z';
const metadata = { correlationId: 'c', causationId: 'c', at };

describe('stream readers on what this process appended', () => {
  const counted = storeCountingStreamReads();

  async function appendAndAdvance(readers: ReturnType<typeof createDomainReaders>, append: StreamAppend) {
    const outcome = await counted.store.append([append]);
    if (outcome.kind !== 'appended') throw new Error(outcome.kind);
    advanceReaders(readers, [append], outcome.lastPosition);
    return outcome.lastPosition;
  }

  it('keeps a stream it began: the next command on it decides on the cache, reading nothing', async () => {
    const readers = createDomainReaders(counted.store);
    const orderId = randomUUID();
    const position = await appendAndAdvance(readers, {
      streamId: orderId,
      expectedVersion: 0,
      events: [
        {
          eventId: randomUUID(),
          type: 'OrderPlaced',
          data: {
            orderId,
            customerId: 'c',
            lines: [{ productId: 'p', quantity: 1, unitPriceCents: 5 }],
            totalCents: 5,
            at,
          },
          metadata,
        },
      ],
    });
    counted.reset();
    const cached = await readers.orders.loadOne(orderId, { fresh: false });
    expect(counted.reads()).toBe(0);
    expect(cached).toMatchObject({ version: 1, position, state: { status: 'PLACED', totalCents: 5 } });
    // What a fresh read of the log gives, the same.
    expect(await createDomainReaders(counted.store).orders.loadOne(orderId)).toEqual(cached);
    // Another kind of reader does not keep it.
    counted.reset();
    await readers.products.loadOne(orderId, { fresh: false });
    expect(counted.reads()).toBe(1);
  });

  it('does not begin a stream from an append that expected events before it', async () => {
    const readers = createDomainReaders(counted.store);
    const productId = randomUUID();
    const registered = {
      eventId: randomUUID(),
      type: 'ProductRegistered',
      data: {
        productId,
        sku: `S-${productId}`,
        name: 'n',
        priceCents: 1,
        initialStock: 1,
        category: 'c',
        at,
      },
      metadata,
    };
    await counted.store.append([{ streamId: productId, expectedVersion: 0, events: [registered] }]);
    await appendAndAdvance(readers, {
      streamId: productId,
      expectedVersion: 1,
      events: [
        { eventId: randomUUID(), type: 'ProductRestocked', data: { productId, quantity: 2, at }, metadata },
      ],
    });
    counted.reset();
    const product = await readers.products.loadOne(productId, { fresh: false });
    expect(counted.reads()).toBe(1);
    expect(product).toMatchObject({ version: 2, state: { stock: 3 } });
  });
  it('folds what it read onto the state it read after, though the cache forgot that state meanwhile', async () => {
    const productId = randomUUID();
    const event = (type: string, data: Record<string, unknown>) => ({
      eventId: randomUUID(),
      type,
      data: { productId, ...data, at },
      metadata,
    });
    const registered = event('ProductRegistered', {
      sku: `S-${productId}`,
      name: 'n',
      priceCents: 1,
      initialStock: 1,
      category: 'c',
    });
    await counted.store.append([{ streamId: productId, expectedVersion: 0, events: [registered] }]);
    // A cache of one stream, whose read makes it remember another first (a busy process's).
    let onRead = () => {};
    const store = Object.assign(Object.create(counted.store) as EventStore, {
      readStreams: (...args: Parameters<EventStore['readStreams']>) => {
        onRead();
        return counted.store.readStreams(...args);
      },
    });
    const products = new StreamReader(
      store,
      { initial: initialProductState, evolve: evolveProduct, belongs: isProductEvent },
      1,
    );
    await products.loadOne(productId);
    await counted.store.append([
      { streamId: productId, expectedVersion: 1, events: [event('ProductRestocked', { quantity: 2 })] },
    ]);
    const other = randomUUID();
    onRead = () =>
      products.advance(
        {
          streamId: other,
          expectedVersion: 0,
          events: [{ ...registered, data: { ...registered.data, productId: other } }],
        },
        1n,
      );
    const product = await products.loadOne(productId);
    expect(product).toMatchObject({ version: 2, state: { exists: true, stock: 3 } });
    expect(product).toEqual(await createDomainReaders(counted.store).products.loadOne(productId));
  });
});
