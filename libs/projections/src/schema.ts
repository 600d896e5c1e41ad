import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * Read models. Each projection owns its tables and stores the position it applied beside them.
 *
 * Sums of money are exact at any size: `numeric` in SQL, `bigint` in TypeScript. Counters are
 * int8: exact far beyond what they could count.
 */

/** Money summed over any number of orders: no total can overflow it. */
const summedCents = (name: string) => numeric(name, { mode: 'bigint' });

export const projectionCheckpoints = pgTable('projection_checkpoints', {
  name: text('name').primaryKey(),
  position: bigint('position', { mode: 'bigint' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }),
  /** The generation of the projection's tables this position is of: a switch to a rebuilt one changes it. */
  generation: integer('generation').notNull().default(1),
});

/**
 * Each projection's generations of tables: the one serving (`live`), one being rebuilt beside it
 * (`building`), and those it replaced (`retired`, their tables dropped). `codeVersion` is the
 * version of the projection's code that built it.
 */
export const projectionGenerations = pgTable(
  'projection_generations',
  {
    projection: text('projection').notNull(),
    generation: integer('generation').notNull(),
    codeVersion: integer('code_version').notNull(),
    state: text('state').$type<'live' | 'building' | 'retired'>().notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    switchedAt: timestamp('switched_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.projection, table.generation] })],
);

/**
 * Events a projection could not apply after every attempt: skipped by that projection alone, with
 * why (the others applied them). `*` marked those set aside by every projection, before each had
 * its own: migration 0010 gave the waiting ones to the projections they concern, and the resolved
 * ones stay as they were.
 */
export const projectionDeadLetters = pgTable(
  'projection_dead_letters',
  {
    projection: text('projection').notNull(),
    position: bigint('position', { mode: 'bigint' }).notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    error: text('error').notNull(),
    attempts: integer('attempts').notNull(),
    deadLetteredAt: timestamp('dead_lettered_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null while it waits for an operator; 'retried' once applied after all, 'skipped' once let go. */
    resolution: text('resolution'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.projection, table.position] })],
);

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    sku: text('sku').notNull().unique(),
    name: text('name').notNull(),
    priceCents: bigint('price_cents', { mode: 'number' }).notNull(),
    stock: integer('stock').notNull(),
    discontinued: boolean('discontinued').notNull(),
    /** Rows from before categories hold what an old event reads as. */
    category: text('category').notNull().default('Uncategorized'),
    version: integer('version').notNull(),
    position: bigint('position', { mode: 'bigint' }).notNull(),
    /** Position of ProductRegistered: products list newest registered first. */
    createdPosition: bigint('created_position', { mode: 'bigint' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [
    index('products_newest').on(table.createdPosition),
    // A search is a substring match (ILIKE '%…%'), which a b-tree cannot serve; trigrams can.
    index('products_name_trigrams').using('gin', table.name.op('gin_trgm_ops')),
    index('products_sku_trigrams').using('gin', table.sku.op('gin_trgm_ops')),
  ],
);

export const orders = pgTable(
  'orders',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    status: text('status').notNull(),
    lines: jsonb('lines').notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    placedAt: timestamp('placed_at', { withTimezone: true, mode: 'string' }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'string' }),
    shippedAt: timestamp('shipped_at', { withTimezone: true, mode: 'string' }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'string' }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull(),
    position: bigint('position', { mode: 'bigint' }).notNull(),
    /** Position of OrderPlaced: orders list newest placed first. */
    placedPosition: bigint('placed_position', { mode: 'bigint' }).notNull(),
  },
  (table) => [
    index('orders_newest').on(table.placedPosition),
    index('orders_by_customer').on(table.customerId, table.placedPosition),
    index('orders_by_status').on(table.status, table.placedPosition),
  ],
);

export const salesStats = pgTable('sales_stats', {
  id: integer('id').primaryKey(),
  ordersPlaced: bigint('orders_placed', { mode: 'number' }).notNull(),
  ordersPaid: bigint('orders_paid', { mode: 'number' }).notNull(),
  ordersShipped: bigint('orders_shipped', { mode: 'number' }).notNull(),
  ordersCancelled: bigint('orders_cancelled', { mode: 'number' }).notNull(),
  revenueCents: summedCents('revenue_cents').notNull(),
  position: bigint('position', { mode: 'bigint' }).notNull(),
});

export const productSales = pgTable(
  'product_sales',
  {
    productId: text('product_id').primaryKey(),
    unitsSold: bigint('units_sold', { mode: 'number' }).notNull(),
    revenueCents: summedCents('revenue_cents').notNull(),
    /** Position of the last sale or refund that moved these figures: a product's state moves with it. */
    position: bigint('position', { mode: 'bigint' })
      .notNull()
      .default(sql`0`),
  },
  (table) => [index('product_sales_top').on(table.unitsSold)],
);

/**
 * What the sales projection must remember of an open order to count its payment and undo it on
 * cancellation: its lines, one row an order (so a projector holds it by key between commands).
 */
export const salesOrders = pgTable('sales_orders', {
  orderId: text('order_id').primaryKey(),
  lines: jsonb('lines').notNull(),
  paid: boolean('paid').notNull(),
});

/**
 * The sales figures after each event that moved them, by its position: `salesStats(asOf:)` reads
 * the last row at or before a position, or recorded at or before a time.
 */
export const salesStatsHistory = pgTable(
  'sales_stats_history',
  {
    position: bigint('position', { mode: 'bigint' }).primaryKey(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
    ordersPlaced: bigint('orders_placed', { mode: 'number' }).notNull(),
    ordersPaid: bigint('orders_paid', { mode: 'number' }).notNull(),
    ordersShipped: bigint('orders_shipped', { mode: 'number' }).notNull(),
    ordersCancelled: bigint('orders_cancelled', { mode: 'number' }).notNull(),
    revenueCents: summedCents('revenue_cents').notNull(),
  },
  (table) => [index('sales_stats_history_by_time').on(table.recordedAt)],
);

/** A product's sales after each event that moved them: what a product as of a position sold. */
export const productSalesHistory = pgTable(
  'product_sales_history',
  {
    productId: text('product_id').notNull(),
    position: bigint('position', { mode: 'bigint' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
    unitsSold: bigint('units_sold', { mode: 'number' }).notNull(),
    revenueCents: summedCents('revenue_cents').notNull(),
  },
  (table) => [primaryKey({ columns: [table.productId, table.position] })],
);

/**
 * Sales per hour (UTC) of the time each event was recorded. A payment counts in its hour; a
 * cancellation of a paid order takes its units and revenue off in the cancellation's hour, as a
 * refund is booked: the buckets always add up to the sales figures.
 */
export const salesTimeline = pgTable('sales_timeline', {
  /** Hours since 1970-01-01T00:00Z: a key that reads back exactly as it was written. */
  epochHour: bigint('epoch_hour', { mode: 'number' }).primaryKey(),
  ordersPlaced: bigint('orders_placed', { mode: 'number' }).notNull(),
  ordersPaid: bigint('orders_paid', { mode: 'number' }).notNull(),
  ordersCancelled: bigint('orders_cancelled', { mode: 'number' }).notNull(),
  unitsSold: bigint('units_sold', { mode: 'number' }).notNull(),
  revenueCents: summedCents('revenue_cents').notNull(),
  position: bigint('position', { mode: 'bigint' }).notNull(),
});

/** What the timeline must remember of an open order to take a paid one off when it is cancelled. */
export const timelineOrders = pgTable('timeline_orders', {
  orderId: text('order_id').primaryKey(),
  units: bigint('units', { mode: 'number' }).notNull(),
  linesCents: summedCents('lines_cents').notNull(),
  paid: boolean('paid').notNull(),
});

/**
 * What time travel folded a stream to, every so many versions, so that a state as of the past
 * is folded from the nearest one before it rather than from the stream's start. Not a
 * projection's: written as reads fold, by the fold's own version (`fold`), never rebuilt.
 */
export const foldSnapshots = pgTable(
  'fold_snapshots',
  {
    streamId: text('stream_id').notNull(),
    /** The fold and the version of its code and of the events' schemas it read. */
    fold: text('fold').notNull(),
    version: integer('version').notNull(),
    position: bigint('position', { mode: 'bigint' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
    state: jsonb('state').notNull(),
  },
  (table) => [primaryKey({ columns: [table.streamId, table.fold, table.version] })],
);
