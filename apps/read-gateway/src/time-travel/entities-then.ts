import { productSalesAsOf } from '../read-models/sales-history';
import type { OrderRow, ProductState } from '../read-models/rows';
import type { ReadContext } from '../schema/read-context';
import { orderAsOf } from './order-as-of';
import type { PastPoint } from './past-point';
import { productAsOf } from './product-as-of';
import { streamUntil } from './stream-until';

/** A product as it was at `point`, with its sales then; null before it was registered. */
export async function productThen(
  context: Pick<ReadContext, 'store' | 'db'>,
  productId: string,
  point: PastPoint,
): Promise<ProductState | null> {
  const [product, sales] = await Promise.all([
    streamUntil(context.store, productId, point).then(productAsOf),
    productSalesAsOf(context.db, productId, point),
  ]);
  return product && { ...product, pastSales: sales ?? null, salesPosition: sales?.position ?? 0n };
}

/** An order as it was at `point`; null before it was placed. */
export async function orderThen(
  context: Pick<ReadContext, 'store'>,
  orderId: string,
  point: PastPoint,
): Promise<OrderRow | null> {
  return orderAsOf(await streamUntil(context.store, orderId, point));
}
