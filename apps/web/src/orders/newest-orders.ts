import type { Order } from '../live/dashboard-store';

/** The orders a feed shows: newest placed first, at most `limit`. */
export function newestOrders(orders: ReadonlyMap<string, Order>, limit = 50): Order[] {
  return [...orders.values()].sort((a, b) => b.placedAt.localeCompare(a.placedAt)).slice(0, limit);
}
