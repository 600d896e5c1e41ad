import {
  changedEntities,
  orderEventTypes,
  productEventTypes,
  type DomainEvent,
  type OrderLineData,
} from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { domainEventOf, idsToLoad } from './event-data';
import type { Projection } from './projection';
import { productSales, productSalesHistory, salesOrders, salesStats, salesStatsHistory } from './schema';
import { tableStatements } from './table-statements';

type StatsRow = typeof salesStats.$inferSelect;
type ProductSalesRow = typeof productSales.$inferSelect;

const stats = tableStatements(salesStats);
const loadStats = stats.selectWhereIn(salesStats.id);
const saveStats = stats.insert({
  target: salesStats.id,
  update: [
    salesStats.ordersPlaced,
    salesStats.ordersPaid,
    salesStats.ordersShipped,
    salesStats.ordersCancelled,
    salesStats.revenueCents,
    salesStats.position,
  ],
});
const sales = tableStatements(productSales);
const loadProductSales = sales.selectWhereIn(productSales.productId);
const noProductSalesYet = sales.absent();
const saveProductSales = sales.insert({
  target: productSales.productId,
  update: [productSales.unitsSold, productSales.revenueCents, productSales.position],
});
const insertStatsHistory = tableStatements(salesStatsHistory).insert();
const insertSalesHistory = tableStatements(productSalesHistory).insert();
const openOrders = tableStatements(salesOrders);
const loadOpenOrders = openOrders.selectWhereIn(salesOrders.orderId);
const deleteOpenOrders = openOrders.deleteWhereIn(salesOrders.orderId);
const saveOpenOrders = openOrders.insert({
  target: salesOrders.orderId,
  update: [salesOrders.lines, salesOrders.paid],
});

interface SalesBatch {
  stats: StatsRow;
  statsDirty: boolean;
  productSales: Map<string, ProductSalesRow>;
  /**
   * The products the batch names, by their own events or by its orders' lines: it knows their
   * sales (absent from productSales: none), which a push of any of them carries without a read.
   */
  productsKnown: readonly string[];
  productsDirty: Set<string>;
  /** Lines of open orders, keyed by order id; `paid` says whether they count as sold. */
  openOrders: Map<string, { lines: OrderLineData[]; paid: boolean }>;
  openDirty: Set<string>;
  /** The figures after each event that moved them, in log order. */
  statsHistory: Array<typeof salesStatsHistory.$inferInsert>;
  /** Each product's sales after each event that moved them, by product and position. */
  salesHistory: Map<string, typeof productSalesHistory.$inferInsert>;
}

/** The totals before the first order. */
export const emptySalesStats: StatsRow = {
  id: 1,
  ordersPlaced: 0,
  ordersPaid: 0,
  ordersShipped: 0,
  ordersCancelled: 0,
  revenueCents: 0n,
  position: 0n,
};

const orderEventSet = new Set<string>(orderEventTypes);

/** A line's amount, exact: an event written before the price limit may hold any safe price. */
function lineCents(line: OrderLineData): bigint {
  return BigInt(line.quantity) * BigInt(line.unitPriceCents);
}

const orderIdOf = (event: DomainEvent) => changedEntities(event).orderId;

/** What one event adds to the figures. */
interface StatsChange {
  placed: number;
  paid: number;
  shipped: number;
  cancelled: number;
  revenue: bigint;
}

// Out of `apply`, which runs for every event: no closure, spread or rest there (they cost there,
// in a rebuild above all).
function countIn(batch: SalesBatch, event: StoredEvent, change: StatsChange): void {
  const { position } = event;
  const was = batch.stats;
  const stats: StatsRow = {
    id: was.id,
    ordersPlaced: was.ordersPlaced + change.placed,
    ordersPaid: was.ordersPaid + change.paid,
    ordersShipped: was.ordersShipped + change.shipped,
    ordersCancelled: was.ordersCancelled + change.cancelled,
    revenueCents: was.revenueCents + change.revenue,
    position,
  };
  batch.stats = stats;
  batch.statsDirty = true;
  batch.statsHistory.push({
    position,
    recordedAt: event.occurredAt.toISOString(),
    ordersPlaced: stats.ordersPlaced,
    ordersPaid: stats.ordersPaid,
    ordersShipped: stats.ordersShipped,
    ordersCancelled: stats.ordersCancelled,
    revenueCents: stats.revenueCents,
  });
}

function sellIn(batch: SalesBatch, event: StoredEvent, lines: readonly OrderLineData[], sign: 1 | -1): void {
  const { position } = event;
  for (const line of lines) {
    const { productId } = line;
    const row = batch.productSales.get(productId);
    const unitsSold = (row?.unitsSold ?? 0) + sign * line.quantity;
    const revenueCents = (row?.revenueCents ?? 0n) + BigInt(sign) * lineCents(line);
    batch.productSales.set(productId, { productId, unitsSold, revenueCents, position });
    batch.productsDirty.add(productId);
    batch.salesHistory.set(`${productId}@${position}`, {
      productId,
      position,
      recordedAt: event.occurredAt.toISOString(),
      unitsSold,
      revenueCents,
    });
  }
}

function closeIn(batch: SalesBatch, orderId: string): void {
  batch.openOrders.delete(orderId);
  batch.openDirty.add(orderId);
}

/**
 * Counters of orders that ever reached each status, revenue of payments not later cancelled,
 * and per-product sales. Paid-then-cancelled orders are subtracted again.
 */
export const salesProjection: Projection<SalesBatch> = {
  name: 'sales',
  // 2: keeps the figures' history, which a log projected by version 1 is rebuilt to fill.
  version: 2,
  tables: [salesStats, productSales, salesOrders, salesStatsHistory, productSalesHistory],
  // A figure's history row is keyed by the position that moved it: written once, never read here.
  insertOnly: [salesStatsHistory, productSalesHistory],
  // A product's own events move none of its rows: it only loads their sales, for their pushes.
  handles: [...orderEventTypes, ...productEventTypes],
  // Every order event moves the totals, as every other one does; a product's own events, nothing.
  rowKeys: (stored) => (orderEventSet.has(stored.type) ? ['totals'] : []),

  async load(query, events, cache) {
    // Only order events move the totals: a batch of product changes loads its products' sales only.
    const ofOrders = events.filter((event) => orderEventSet.has(event.type));
    const [statsRows, openRows] = ofOrders.length
      ? await Promise.all([
          loadStats(query, ['1'], cache),
          loadOpenOrders(query, idsToLoad(ofOrders, orderIdOf, 'OrderPlaced'), cache),
        ])
      : [[], []];
    const openOrders = new Map<string, { lines: OrderLineData[]; paid: boolean }>();
    const productIds = new Set<string>();
    for (const row of openRows) {
      const lines = row.lines as OrderLineData[];
      openOrders.set(row.orderId, { lines, paid: row.paid });
      for (const line of lines) productIds.add(line.productId);
    }
    const registered = new Set<string>();
    for (const event of events) {
      if (orderEventSet.has(event.type)) {
        const domain = domainEventOf(event);
        if (domain?.type === 'OrderPlaced')
          for (const line of domain.data.lines) productIds.add(line.productId);
      } else if (event.type !== 'ProductRegistered') {
        // Of a product's own events only their stream is read, the product's: none fails here.
        productIds.add(event.streamId);
      } else if (!productIds.has(event.streamId)) {
        // Nothing sells a product before it is registered: its sales are known without a read.
        registered.add(event.streamId);
      }
    }
    for (const productId of registered) productIds.delete(productId);
    const salesRows = await loadProductSales(query, [...productIds], cache);
    noProductSalesYet([...registered], cache);
    return {
      stats: statsRows[0] ?? { ...emptySalesStats },
      statsDirty: false,
      productSales: new Map(salesRows.map((row) => [row.productId, row])),
      productsKnown: [...productIds, ...registered],
      productsDirty: new Set(),
      openOrders,
      openDirty: new Set(),
      statsHistory: [],
      salesHistory: new Map(),
    };
  },

  apply(batch, stored) {
    if (!orderEventSet.has(stored.type)) return;
    const event = domainEventOf(stored);
    if (!event) return;
    switch (event.type) {
      case 'OrderPlaced':
        batch.openOrders.set(event.data.orderId, { lines: event.data.lines, paid: false });
        batch.openDirty.add(event.data.orderId);
        return countIn(batch, stored, { placed: 1, paid: 0, shipped: 0, cancelled: 0, revenue: 0n });
      case 'OrderPaid': {
        const open = batch.openOrders.get(event.data.orderId);
        if (open) {
          sellIn(batch, stored, open.lines, 1);
          batch.openOrders.set(event.data.orderId, { lines: open.lines, paid: true });
          batch.openDirty.add(event.data.orderId);
        }
        return countIn(batch, stored, {
          placed: 0,
          paid: 1,
          shipped: 0,
          cancelled: 0,
          revenue: BigInt(event.data.amountCents),
        });
      }
      case 'OrderShipped':
        // A shipped order can no longer be cancelled: its sale is final.
        closeIn(batch, event.data.orderId);
        return countIn(batch, stored, { placed: 0, paid: 0, shipped: 1, cancelled: 0, revenue: 0n });
      case 'OrderCancelled': {
        const open = batch.openOrders.get(event.data.orderId);
        let refunded = 0n;
        if (open?.paid) {
          sellIn(batch, stored, open.lines, -1);
          refunded = open.lines.reduce((sum, line) => sum + lineCents(line), 0n);
        }
        closeIn(batch, event.data.orderId);
        return countIn(batch, stored, { placed: 0, paid: 0, shipped: 0, cancelled: 1, revenue: -refunded });
      }
      default:
        return;
    }
  },

  written(batch) {
    const productSales = new Map(batch.productsKnown.map((id) => [id, batch.productSales.get(id) ?? null]));
    return batch.statsDirty ? { salesStats: batch.stats, productSales } : { productSales };
  },

  async save(query, batch, cache) {
    if (batch.statsDirty) {
      await saveStats(query, [batch.stats], cache);
      await insertStatsHistory(query, batch.statsHistory, cache);
    }
    await insertSalesHistory(query, [...batch.salesHistory.values()], cache);
    await saveProductSales(
      query,
      [...batch.productsDirty].map((id) => batch.productSales.get(id)!),
      cache,
    );
    const open: Array<typeof salesOrders.$inferInsert> = [];
    const closed: string[] = [];
    for (const orderId of batch.openDirty) {
      const order = batch.openOrders.get(orderId);
      if (order) open.push({ orderId, lines: order.lines, paid: order.paid });
      else closed.push(orderId);
    }
    await saveOpenOrders(query, open, cache);
    await deleteOpenOrders(query, closed, cache);
  },
};
