import { productSalesAsOf } from '../read-models/sales-history';
import type { OrderRow, ProductState } from '../read-models/rows';
import type { ReadContext } from '../schema/read-context';
import { foldUntil } from './fold-until';
import { orderFold, orderOf } from './order-as-of';
import type { PastPoint } from './past-point';
import { productFold, productOf } from './product-as-of';

/** A product as it was at `point`, with its sales then; null before it was registered. */
export async function productThen(
  context: Pick<ReadContext, 'store' | 'db'>,
  productId: string,
  point: PastPoint,
): Promise<ProductState | null> {
  const [product, sales] = await Promise.all([
    foldUntil(context, productFold, productId, point).then(productOf),
    productSalesAsOf(context.db, productId, point),
  ]);
  return product && { ...product, pastSales: sales ?? null };
}

/** An order as it was at `point`; null before it was placed. */
export async function orderThen(
  context: Pick<ReadContext, 'store' | 'db'>,
  orderId: string,
  point: PastPoint,
): Promise<OrderRow | null> {
  return orderOf(await foldUntil(context, orderFold, orderId, point));
}
