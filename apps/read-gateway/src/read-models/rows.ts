import type { orders, productSales, products, salesStats } from '@sluice/projections';
import type { PastPoint } from '../time-travel/past-point';

export type ProductRow = typeof products.$inferSelect;
/**
 * A product as the schema resolves it: its row, and the position of the last sale that moved its
 * units sold when whoever produced it knows that already (a push does; 0n: none since the row's
 * own). Without it, Product.position reads the product's sales.
 */
export type ProductState = ProductRow & {
  salesPosition?: bigint;
  /**
   * Its sales as they were with this state (null: none yet), which unitsSold reads instead of the
   * current ones: a product as of the past, or pushed with what the projector just wrote.
   */
  pastSales?: ProductSalesRow | null;
};
export type OrderRow = typeof orders.$inferSelect;
export type SalesStatsRow = typeof salesStats.$inferSelect & {
  /** For figures as of the past: the point, which topProducts reads its best sellers as of. */
  asOf?: PastPoint;
};
export type ProductSalesRow = typeof productSales.$inferSelect;
