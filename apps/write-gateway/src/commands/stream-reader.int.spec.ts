import { randomUUID } from 'node:crypto';
import type { StreamAppend } from '@sluice/event-store';
import { describe, expect, it } from 'vitest';
import { storeCountingStreamReads } from '../test-support/counting-stream-reads';
import { advanceReaders, createDomainReaders } from './domain-readers';

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
});
