import type { StoredEvent } from '@sluice/event-store';
import { describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import { epochHourOf } from './sales-timeline-projection';

const at = '2026-01-01T10:30:00.000Z';
let position = 0n;
const stored = (type: string, data: Record<string, unknown>): StoredEvent => ({
  position: ++position,
  eventId: `e${position}`,
  streamId: 's',
  version: 1,
  type,
  data: { ...data, at },
  metadata: {},
  occurredAt: new Date(at),
});
const keysOf = (name: string, event: StoredEvent) =>
  allProjections.find((projection) => projection.name === name)!.rowKeys?.(event);

describe("the rows an event changes, as each projection keys them for a dead letter's retry", () => {
  const hour = `hour:${epochHourOf(new Date(at))}`;
  const reserved = stored('StockReserved', { productId: 'p', orderId: 'o', quantity: 1 });
  const paid = stored('OrderPaid', { orderId: 'o', amountCents: 5 });
  const shipped = stored('OrderShipped', { orderId: 'o' });

  it('products: the product, whichever order moved its stock', () => {
    expect(keysOf('products', reserved)).toEqual(['p']);
  });

  it('orders: the order', () => {
    expect(keysOf('orders', paid)).toEqual(['o']);
  });

  it('timeline: the open order, and the hour it counts in (a shipment counts in none)', () => {
    expect(keysOf('timeline', paid)).toEqual(['order:o', hour]);
    expect(keysOf('timeline', shipped)).toEqual(['order:o']);
  });

  it("sales: the totals, which every order event moves; a product's own events move none", () => {
    expect(keysOf('sales', paid)).toEqual(['totals']);
    expect(keysOf('sales', shipped)).toEqual(['totals']);
    expect(keysOf('sales', reserved)).toEqual([]);
    expect(keysOf('sales', stored('ProductRegistered', { productId: 'p' }))).toEqual([]);
  });
});
