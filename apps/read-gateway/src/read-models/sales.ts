import { emptySalesStats, productSales, salesStats, type Db } from '@sluice/projections';
import { asc, desc, eq, gt, inArray } from 'drizzle-orm';
import type { ProductSalesRow, SalesStatsRow } from './rows';

/** The single totals row, or zeros before the first order. */
export async function currentSalesStats(db: Db): Promise<SalesStatsRow> {
  const [row] = await db.select().from(salesStats).where(eq(salesStats.id, 1)).limit(1);
  return row ?? emptySalesStats;
}

/** Best sellers first; ties by revenue, then by id so the order is stable. */
export function topProductSales(db: Db, limit: number): Promise<ProductSalesRow[]> {
  return db
    .select()
    .from(productSales)
    .where(gt(productSales.unitsSold, 0))
    .orderBy(desc(productSales.unitsSold), desc(productSales.revenueCents), asc(productSales.productId))
    .limit(limit);
}

export function productSalesByIds(db: Db, productIds: readonly string[]): Promise<ProductSalesRow[]> {
  return db
    .select()
    .from(productSales)
    .where(inArray(productSales.productId, [...productIds]));
}
