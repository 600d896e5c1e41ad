import { changedEntities, type DomainEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { describe, expect, it } from 'vitest';
import { idsToLoad } from './event-data';

const at = '2026-01-01T00:00:00.000Z';
let position = 0n;
function stored({ type, data }: DomainEvent): StoredEvent {
  position += 1n;
  return {
    position,
    eventId: `e${position}`,
    streamId: 'any',
    version: 1,
    type,
    data,
    metadata: {},
    occurredAt: new Date(at),
  };
}
const placed = (orderId: string) =>
  stored({
    type: 'OrderPlaced',
    data: {
      orderId,
      customerId: 'c',
      lines: [{ productId: 'p', quantity: 1, unitPriceCents: 1 }],
      totalCents: 1,
      at,
    },
  });
const paid = (orderId: string) => stored({ type: 'OrderPaid', data: { orderId, amountCents: 1, at } });
const orderIdOf = (event: DomainEvent) => changedEntities(event).orderId;

describe('ids to load', () => {
  it('leaves out an id whose first event in the batch creates it, and keeps every other once', () => {
    const events = [paid('old'), placed('new'), paid('new'), paid('old'), paid('other')];
    expect(idsToLoad(events, orderIdOf, 'OrderPlaced')).toEqual(['old', 'other']);
    // Without a creation, every id the batch mentions, once, as first mentioned.
    expect(idsToLoad(events, orderIdOf)).toEqual(['old', 'new', 'other']);
  });

  it('loads an id whose creation comes after another of its events in the batch', () => {
    // Not a history the deciders write; the row the first event needs may exist, so it is read.
    expect(idsToLoad([paid('odd'), placed('odd')], orderIdOf, 'OrderPlaced')).toEqual(['odd']);
  });

  it('skips events that name no id of that kind', () => {
    const restocked = stored({ type: 'ProductRestocked', data: { productId: 'p', quantity: 1, at } });
    expect(idsToLoad([restocked, placed('new')], orderIdOf, 'OrderPlaced')).toEqual([]);
  });
});
