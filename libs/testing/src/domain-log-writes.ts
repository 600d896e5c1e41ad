import { randomUUID } from 'node:crypto';
import { withSchemaVersion, type DomainEvent, type DomainEventType } from '@sluice/domain';
import type { EventStore } from '@sluice/event-store';
import { untilReadable } from './until-readable';

/** When the events these helpers write happened. */
export const eventTime = '2026-01-01T00:00:00.000Z';
const metadata = { correlationId: 'test', causationId: 'test', at: eventTime };

/** An event as Sluice wrote it before schema versions: version 1 data, recorded without a version. */
export interface LegacyEvent {
  type: DomainEventType;
  data: Record<string, unknown>;
  legacy: true;
}

/** A ProductRegistered as Sluice wrote it before categories (schema version 1). */
export function legacyProductRegistered(
  event: Extract<DomainEvent, { type: 'ProductRegistered' }>,
): LegacyEvent {
  const { category: _category, ...v1 } = event.data;
  return { type: event.type, data: v1, legacy: true };
}

/**
 * Appends domain events to their streams at the versions given, as the write side would (a
 * legacy event as an older one did).
 */
export async function appendDomainEvents(
  store: EventStore,
  ...writes: Array<[streamId: string, version: number, DomainEvent | LegacyEvent]>
): Promise<bigint> {
  const outcome = await store.append(
    writes.map(([streamId, expectedVersion, event]) => ({
      streamId,
      expectedVersion,
      events: [
        {
          eventId: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: 'legacy' in event ? metadata : withSchemaVersion(metadata, event.type),
        },
      ],
    })),
  );
  if (outcome.kind !== 'appended') throw new Error(outcome.kind);
  await untilReadable(store, outcome.lastPosition);
  return outcome.lastPosition;
}

export function productRegisteredEvent(productId: string, stock = 10, priceCents = 500): DomainEvent {
  const sku = `SKU-${productId.slice(0, 8).toUpperCase()}`;
  return {
    type: 'ProductRegistered',
    data: { productId, sku, name: sku, priceCents, initialStock: stock, category: 'Bench', at: eventTime },
  };
}

/** Places an order of `quantity` at `unitPriceCents` (as its product's price was) and pays it. */
export async function placeAndPay(
  store: EventStore,
  productId: string,
  productVersion: number,
  quantity: number,
  unitPriceCents = 500,
): Promise<string> {
  const orderId = await placeOrderOf(store, productId, productVersion, quantity, unitPriceCents);
  await payOrder(store, orderId, unitPriceCents * quantity);
  return orderId;
}

/**
 * Places `count` orders of one unit each (the product at `productVersion` before the first), then
 * pays them all: no event after the first payment but the other payments. Answers their ids.
 */
export async function placeOrdersThenPay(
  store: EventStore,
  productId: string,
  productVersion: number,
  count: number,
  unitPriceCents = 500,
): Promise<string[]> {
  const orderIds: string[] = [];
  for (let order = 0; order < count; order++)
    orderIds.push(await placeOrderOf(store, productId, productVersion + order, 1, unitPriceCents));
  for (const orderId of orderIds) await payOrder(store, orderId, unitPriceCents);
  return orderIds;
}

/** Places an order of `quantity` at `unitPriceCents`, reserving the product at `productVersion`: its id. */
export async function placeOrderOf(
  store: EventStore,
  productId: string,
  productVersion: number,
  quantity: number,
  unitPriceCents = 500,
): Promise<string> {
  const orderId = randomUUID();
  const lines = [{ productId, quantity, unitPriceCents }];
  const at = eventTime;
  await appendDomainEvents(
    store,
    [
      orderId,
      0,
      {
        type: 'OrderPlaced',
        data: { orderId, customerId: 'c', lines, totalCents: unitPriceCents * quantity, at },
      },
    ],
    [productId, productVersion, { type: 'StockReserved', data: { productId, orderId, quantity, at } }],
  );
  return orderId;
}

async function payOrder(store: EventStore, orderId: string, amountCents: number): Promise<void> {
  await appendDomainEvents(store, [
    orderId,
    1,
    { type: 'OrderPaid', data: { orderId, amountCents, at: eventTime } },
  ]);
}
