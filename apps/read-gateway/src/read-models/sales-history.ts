import { emptySalesStats, productSalesHistory, salesStatsHistory, type Db } from '@sluice/projections';
import { and, desc, eq, sql } from 'drizzle-orm';
import { reachedIn, type PastPoint } from '../time-travel/past-point';
import type { ProductSalesRow, SalesStatsRow } from './rows';

/** The sales figures as they were at `point`: zeros before the first order. */
export async function salesStatsAsOf(db: Db, point: PastPoint): Promise<SalesStatsRow> {
  const [row] = await db
    .select()
    .from(salesStatsHistory)
    .where(reachedIn(point, salesStatsHistory.position, salesStatsHistory.recordedAt))
    .orderBy(desc(salesStatsHistory.position))
    .limit(1);
  if (!row) return emptySalesStats;
  const { recordedAt: _recordedAt, ...figures } = row;
  return { id: 1, ...figures };
}

const productReached = (point: PastPoint) =>
  reachedIn(point, productSalesHistory.position, productSalesHistory.recordedAt);

/** One product's sales as they were at `point`; undefined before its first sale. */
export async function productSalesAsOf(
  db: Db,
  productId: string,
  point: PastPoint,
): Promise<ProductSalesRow | undefined> {
  const [row] = await db
    .select()
    .from(productSalesHistory)
    .where(and(eq(productSalesHistory.productId, productId), productReached(point)))
    .orderBy(desc(productSalesHistory.position))
    .limit(1);
  return (
    row && { productId, unitsSold: row.unitsSold, revenueCents: row.revenueCents, position: row.position }
  );
}

/**
 * The best sellers as they were at `point`, ordered as `topProductSales` orders them now. It reads
 * each product's last figures before the point: its cost grows with the sales history.
 */
export async function topProductSalesAsOf(
  db: Db,
  point: PastPoint,
  limit: number,
): Promise<ProductSalesRow[]> {
  const latest = db
    .selectDistinctOn([productSalesHistory.productId])
    .from(productSalesHistory)
    .where(productReached(point))
    .orderBy(productSalesHistory.productId, desc(productSalesHistory.position))
    .as('latest');
  const rows = await db
    .select()
    .from(latest)
    .where(sql`${latest.unitsSold} > 0`)
    .orderBy(desc(latest.unitsSold), desc(latest.revenueCents), latest.productId)
    .limit(limit);
  return rows.map((row) => ({
    productId: row.productId,
    unitsSold: row.unitsSold,
    revenueCents: row.revenueCents,
    position: row.position,
  }));
}
