import { changedEntities, orderEventTypes, type DomainEvent, type OrderLineData } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { domainEventOf, idsToLoad } from './event-data';
import type { Projection } from './projection';
import { orders } from './schema';
import { tableStatements } from './table-statements';

type OrderRow = typeof orders.$inferSelect;

const statements = tableStatements(orders);
const loadOrders = statements.selectWhereIn(orders.id);
const saveOrders = statements.insert({
  target: orders.id,
  update: [
    orders.status,
    orders.paidAt,
    orders.shippedAt,
    orders.cancelledAt,
    orders.cancelReason,
    orders.version,
    orders.position,
  ],
});

interface OrdersBatch {
  rows: Map<string, OrderRow>;
  dirty: Set<string>;
}

const orderIdOf = (event: DomainEvent) => changedEntities(event).orderId;

export function orderLinesOf(row: OrderRow): OrderLineData[] {
  return row.lines as OrderLineData[];
}

// Out of `apply`, which runs for every event: a closure made there per event costs measurably.
/** Keeps `next`, a new row (one spread of the old: two spreads cost more), as `stored` left it. */
function touchIn(batch: OrdersBatch, stored: StoredEvent, next: OrderRow): void {
  next.version = stored.version;
  next.position = stored.position;
  batch.rows.set(next.id, next);
  batch.dirty.add(next.id);
}

/** Orders with their lines, at the price each line had when the order was placed. */
export const ordersProjection: Projection<OrdersBatch> = {
  name: 'orders',
  version: 1,
  tables: [orders],
  handles: orderEventTypes,
  rowKeys: (stored) => {
    const event = domainEventOf(stored);
    const id = event && orderIdOf(event);
    return id === undefined ? [] : [id];
  },

  async load(query, events, cache) {
    const rows = await loadOrders(query, idsToLoad(events, orderIdOf, 'OrderPlaced'), cache);
    return { rows: new Map(rows.map((row) => [row.id, row])), dirty: new Set() };
  },

  apply(batch, stored) {
    const event = domainEventOf(stored);
    if (!event) return;
    const id = orderIdOf(event);
    if (id === undefined) return;
    const at = stored.occurredAt.toISOString();
    if (event.type === 'OrderPlaced') {
      touchIn(batch, stored, {
        id,
        customerId: event.data.customerId,
        status: 'PLACED',
        lines: event.data.lines,
        totalCents: event.data.totalCents,
        placedAt: at,
        paidAt: null,
        shippedAt: null,
        cancelledAt: null,
        cancelReason: null,
        version: 0,
        position: 0n,
        placedPosition: stored.position,
      });
      return;
    }
    const row = batch.rows.get(id);
    if (!row) return;
    switch (event.type) {
      case 'OrderPaid':
        return touchIn(batch, stored, { ...row, status: 'PAID', paidAt: at });
      case 'OrderShipped':
        return touchIn(batch, stored, { ...row, status: 'SHIPPED', shippedAt: at });
      case 'OrderCancelled':
        return touchIn(batch, stored, {
          ...row,
          status: 'CANCELLED',
          cancelledAt: at,
          cancelReason: event.data.reason,
        });
    }
  },

  written(batch) {
    return { orders: [...batch.dirty].map((id) => batch.rows.get(id)!) };
  },

  async save(query, batch, cache) {
    await saveOrders(
      query,
      [...batch.dirty].map((id) => batch.rows.get(id)!),
      cache,
    );
  },
};
