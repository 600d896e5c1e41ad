import { changedEntities, type DomainEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { domainEventOf, idsIn } from './event-data';
import type { Projection } from './projection';
import { salesTimeline, timelineOrders } from './schema';
import { tableStatements } from './table-statements';

type HourRow = typeof salesTimeline.$inferSelect;
type OrderRow = typeof timelineOrders.$inferSelect;

const hours = tableStatements(salesTimeline);
const loadHours = hours.selectWhereIn(salesTimeline.epochHour);
const saveHours = hours.insert({
  target: salesTimeline.epochHour,
  update: [
    salesTimeline.ordersPlaced,
    salesTimeline.ordersPaid,
    salesTimeline.ordersCancelled,
    salesTimeline.unitsSold,
    salesTimeline.revenueCents,
    salesTimeline.position,
  ],
});
const orders = tableStatements(timelineOrders);
const loadOrders = orders.selectWhereIn(timelineOrders.orderId);
const saveOrders = orders.insert({
  target: timelineOrders.orderId,
  update: [timelineOrders.units, timelineOrders.linesCents, timelineOrders.paid],
});
const deleteOrders = orders.deleteWhereIn(timelineOrders.orderId);

interface TimelineBatch {
  hours: Map<number, HourRow>;
  dirtyHours: Set<number>;
  /** Open orders by id; null once shipped or cancelled (deleted on save). */
  orders: Map<string, OrderRow | null>;
  dirtyOrders: Set<string>;
}

const HOUR_MS = 3_600_000;

/** The UTC hour an event was recorded in, as the timeline's key: hours since 1970. */
export function epochHourOf(recordedAt: Date): number {
  return Math.floor(recordedAt.getTime() / HOUR_MS);
}

const orderIdOf = (event: DomainEvent) => changedEntities(event).orderId;

function countIn(batch: TimelineBatch, event: StoredEvent, change: (row: HourRow) => Partial<HourRow>): void {
  const epochHour = epochHourOf(event.occurredAt);
  const row = batch.hours.get(epochHour) ?? {
    epochHour,
    ordersPlaced: 0,
    ordersPaid: 0,
    ordersCancelled: 0,
    unitsSold: 0,
    revenueCents: 0n,
    position: 0n,
  };
  batch.hours.set(epochHour, { ...row, ...change(row), position: event.position });
  batch.dirtyHours.add(epochHour);
}

function keepOrder(batch: TimelineBatch, orderId: string, row: OrderRow | null): void {
  batch.orders.set(orderId, row);
  batch.dirtyOrders.add(orderId);
}

/** Sales per hour: orders placed, paid and cancelled, units sold and revenue, net of refunds. */
export const salesTimelineProjection: Projection<TimelineBatch> = {
  name: 'timeline',
  version: 1,
  tables: [salesTimeline, timelineOrders],
  handles: ['OrderPlaced', 'OrderPaid', 'OrderShipped', 'OrderCancelled'],

  async load(query, events, cache) {
    const orderIds = idsIn(events, orderIdOf);
    const hourKeys = [...new Set(events.map((event) => String(epochHourOf(event.occurredAt))))];
    const [hourRows, orderRows] = await Promise.all([
      loadHours(query, hourKeys, cache),
      loadOrders(query, orderIds, cache),
    ]);
    return {
      hours: new Map(hourRows.map((row) => [row.epochHour, row])),
      dirtyHours: new Set(),
      orders: new Map(orderRows.map((row) => [row.orderId, row])),
      dirtyOrders: new Set(),
    };
  },

  apply(batch, stored) {
    const event = domainEventOf(stored);
    if (!event) return;
    switch (event.type) {
      case 'OrderPlaced': {
        const { lines } = event.data;
        keepOrder(batch, event.data.orderId, {
          orderId: event.data.orderId,
          units: lines.reduce((sum, line) => sum + line.quantity, 0),
          linesCents: lines.reduce(
            (sum, line) => sum + BigInt(line.quantity) * BigInt(line.unitPriceCents),
            0n,
          ),
          paid: false,
        });
        return countIn(batch, stored, (row) => ({ ordersPlaced: row.ordersPlaced + 1 }));
      }
      case 'OrderPaid': {
        const open = batch.orders.get(event.data.orderId);
        if (open) keepOrder(batch, open.orderId, { ...open, paid: true });
        return countIn(batch, stored, (row) => ({
          ordersPaid: row.ordersPaid + 1,
          unitsSold: row.unitsSold + (open?.units ?? 0),
          revenueCents: row.revenueCents + BigInt(event.data.amountCents),
        }));
      }
      case 'OrderShipped':
        return keepOrder(batch, event.data.orderId, null);
      case 'OrderCancelled': {
        const open = batch.orders.get(event.data.orderId);
        keepOrder(batch, event.data.orderId, null);
        const refunded = open?.paid ? open : undefined;
        return countIn(batch, stored, (row) => ({
          ordersCancelled: row.ordersCancelled + 1,
          unitsSold: row.unitsSold - (refunded?.units ?? 0),
          revenueCents: row.revenueCents - (refunded?.linesCents ?? 0n),
        }));
      }
      default:
        return;
    }
  },

  async save(query, batch, cache) {
    await saveHours(
      query,
      [...batch.dirtyHours].map((hour) => batch.hours.get(hour)!),
      cache,
    );
    const open: OrderRow[] = [];
    const closed: string[] = [];
    for (const orderId of batch.dirtyOrders) {
      const row = batch.orders.get(orderId);
      if (row) open.push(row);
      else closed.push(orderId);
    }
    await saveOrders(query, open, cache);
    await deleteOrders(query, closed, cache);
  },
};
