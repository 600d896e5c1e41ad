import { randomUUID } from 'node:crypto';
import type { EventStore } from '@sluice/event-store';

export const benchEventData = { productId: 'p', orderId: 'o', quantity: 1, at: '2026-01-01T00:00:00.000Z' };
export const benchEventMetadata = {
  correlationId: 'bench',
  causationId: 'bench',
  at: '2026-01-01T00:00:00.000Z',
};

/** One event per append, each on a stream of its own. */
export function appendOne(store: EventStore, withCommand = false) {
  return () =>
    store.append(
      [
        {
          streamId: randomUUID(),
          expectedVersion: 0,
          events: [
            {
              eventId: randomUUID(),
              type: 'StockReserved',
              data: benchEventData,
              metadata: benchEventMetadata,
            },
          ],
        },
      ],
      withCommand
        ? {
            commandId: randomUUID(),
            commandType: 'bench',
            fingerprint: 'f',
            result: { kind: 'CommandAccepted' },
          }
        : undefined,
    );
}

/** Appends `total` events from `writers` concurrent writers; resolves with events per second. */
export async function appendCount(store: EventStore, writers: number, total: number): Promise<number> {
  let remaining = total;
  const append = appendOne(store);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (remaining-- > 0) await append();
    }),
  );
  return total / ((performance.now() - started) / 1000);
}
