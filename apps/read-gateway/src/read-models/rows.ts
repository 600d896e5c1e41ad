import type { orders, productSales, products, projectionCheckpoints, salesStats } from '@sluice/projections';

export type ProductRow = typeof products.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
export type SalesStatsRow = typeof salesStats.$inferSelect;
export type ProductSalesRow = typeof productSales.$inferSelect;
export type CheckpointRow = typeof projectionCheckpoints.$inferSelect;
