import type { salesStatsHistory } from '../schema';

/** A row of the sales figures' history at `position`: one order placed, nothing else. */
export function salesFiguresRow(position: bigint): typeof salesStatsHistory.$inferSelect {
  return {
    position,
    recordedAt: '2026-01-01T00:00:00.000Z',
    ordersPlaced: 1,
    ordersPaid: 0,
    ordersShipped: 0,
    ordersCancelled: 0,
    revenueCents: 0n,
  };
}
