import { request } from '../api/graphql-http';
import { OrderAtLeast, ProductAtLeast, SalesStatsAtLeast } from '../api/read-operations';
import type { DashboardStore } from '../live/dashboard-store';

/** After a product command: the product as of the command's position, not a stale copy. */
export async function showProduct(readUrl: string, store: DashboardStore, id: string, atLeast: string) {
  const { product } = await request(readUrl, ProductAtLeast, { id, atLeast });
  if (product) store.products.merge([product], 'pushed');
}

/** After an order command: the order, the stock of its products and the sales totals. */
export async function showOrder(readUrl: string, store: DashboardStore, id: string, atLeast: string) {
  const [{ order }, { salesStats }] = await Promise.all([
    request(readUrl, OrderAtLeast, { id, atLeast }),
    request(readUrl, SalesStatsAtLeast, { atLeast }),
  ]);
  store.sales.merge(salesStats);
  if (!order) return;
  store.orders.merge([order], 'pushed');
  await Promise.all(order.lines.map((line) => showProduct(readUrl, store, line.productId, atLeast)));
}
