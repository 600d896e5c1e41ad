import type { ApiClient } from '../api/api-client';
import { OrderAtLeast, ProductAtLeast, SalesStatsAtLeast } from '../api/read-operations';
import type { DashboardStore } from '../live/dashboard-store';

/** After a product command: the product as of the command's position, not a stale copy. */
export async function showProduct(api: ApiClient, store: DashboardStore, id: string, atLeast: string) {
  const { product } = await api.read(ProductAtLeast, { id, atLeast });
  if (product) store.products.merge([product], 'pushed');
}

/**
 * After an order command: the order, the stock of its products and, for a user who may read
 * them, the sales totals.
 */
export async function showOrder(
  api: ApiClient,
  store: DashboardStore,
  id: string,
  atLeast: string,
  options: { sales: boolean },
) {
  const [{ order }] = await Promise.all([
    api.read(OrderAtLeast, { id, atLeast }),
    options.sales &&
      api.read(SalesStatsAtLeast, { atLeast }).then(({ salesStats }) => store.sales.merge(salesStats)),
  ]);
  if (!order) return;
  store.orders.merge([order], 'pushed');
  await Promise.all(order.lines.map((line) => showProduct(api, store, line.productId, atLeast)));
}
