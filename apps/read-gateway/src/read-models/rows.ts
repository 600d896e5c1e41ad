import type { orders, productSales, products, salesStats } from '@sluice/projections';

export type ProductRow = typeof products.$inferSelect;
/**
 * A product as the schema resolves it: its row, and the position of the last sale that moved its
 * units sold when whoever produced it knows that already (a push does; 0n: none since the row's
 * own). Without it, Product.position reads the product's sales.
 */
export type ProductState = ProductRow & { salesPosition?: bigint };
export type OrderRow = typeof orders.$inferSelect;
export type SalesStatsRow = typeof salesStats.$inferSelect;
export type ProductSalesRow = typeof productSales.$inferSelect;
