import { changedEntities, orderEventTypes, type DomainEvent, type OrderLineData } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { domainEventOf, idsToLoad } from './event-data';
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

/** What one event adds to its hour. */
interface HourChange {
  placed: number;
  paid: number;
  cancelled: number;
  units: number;
  cents: bigint;
}

// Out of `apply`, which runs for every event: no closure or spread per event (they cost there).
function countIn(batch: TimelineBatch, event: StoredEvent, change: HourChange): void {
  const epochHour = epochHourOf(event.occurredAt);
  const row = batch.hours.get(epochHour);
  batch.hours.set(epochHour, {
    epochHour,
    ordersPlaced: (row?.ordersPlaced ?? 0) + change.placed,
    ordersPaid: (row?.ordersPaid ?? 0) + change.paid,
    ordersCancelled: (row?.ordersCancelled ?? 0) + change.cancelled,
    unitsSold: (row?.unitsSold ?? 0) + change.units,
    revenueCents: (row?.revenueCents ?? 0n) + change.cents,
    position: event.position,
  });
  batch.dirtyHours.add(epochHour);
}

function placedOrder(orderId: string, lines: readonly OrderLineData[]): OrderRow {
  let units = 0;
  let linesCents = 0n;
  for (const line of lines) {
    units += line.quantity;
    linesCents += BigInt(line.quantity) * BigInt(line.unitPriceCents);
  }
  return { orderId, units, linesCents, paid: false };
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
  handles: orderEventTypes,
  // An order's open row, and the hour it counts in (a shipment counts in none).
  rowKeys: (stored) => {
    const event = domainEventOf(stored);
    const orderId = event && orderIdOf(event);
    if (!event || orderId === undefined) return [];
    const order = `order:${orderId}`;
    return event.type === 'OrderShipped' ? [order] : [order, `hour:${epochHourOf(stored.occurredAt)}`];
  },

  async load(query, events, cache) {
    const orderIds = idsToLoad(events, orderIdOf, 'OrderPlaced');
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
      case 'OrderPlaced':
        keepOrder(batch, event.data.orderId, placedOrder(event.data.orderId, event.data.lines));
        return countIn(batch, stored, { placed: 1, paid: 0, cancelled: 0, units: 0, cents: 0n });
      case 'OrderPaid': {
        const open = batch.orders.get(event.data.orderId);
        if (open) keepOrder(batch, open.orderId, { ...open, paid: true });
        return countIn(batch, stored, {
          placed: 0,
          paid: 1,
          cancelled: 0,
          units: open?.units ?? 0,
          cents: BigInt(event.data.amountCents),
        });
      }
      case 'OrderShipped':
        return keepOrder(batch, event.data.orderId, null);
      case 'OrderCancelled': {
        const open = batch.orders.get(event.data.orderId);
        keepOrder(batch, event.data.orderId, null);
        const refunded = open?.paid ? open : undefined;
        return countIn(batch, stored, {
          placed: 0,
          paid: 0,
          cancelled: 1,
          units: -(refunded?.units ?? 0),
          cents: -(refunded?.linesCents ?? 0n),
        });
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
