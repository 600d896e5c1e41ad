import type { Versioned } from './decision';
import type { DomainError } from './errors';
import type { OrderLineData } from './events';
import type { OrderLineRequest } from './order-commands';
import type { ProductState } from './product-state';
import { insufficientStock, productDiscontinued, productNotFound } from './rejections';

/** An order line priced at its product's current price, and the product version it was decided on. */
export interface ReservedLine {
  line: OrderLineData;
  productVersion: number;
}

/**
 * Reserves every line or none: the first line whose product is missing, discontinued or short of
 * stock fails the whole order.
 */
export function reserveLines(
  lines: ReadonlyArray<OrderLineRequest>,
  products: ReadonlyMap<string, Versioned<ProductState>>,
): { ok: true; reserved: ReservedLine[] } | { ok: false; error: DomainError } {
  const reserved: ReservedLine[] = [];
  for (const { productId, quantity } of lines) {
    const product = products.get(productId);
    if (!product?.state.exists) return { ok: false, error: productNotFound(productId) };
    const { discontinued, stock, priceCents } = product.state;
    if (discontinued) return { ok: false, error: productDiscontinued(productId) };
    if (stock < quantity) return { ok: false, error: insufficientStock(productId, quantity, stock) };
    reserved.push({
      line: { productId, quantity, unitPriceCents: priceCents },
      productVersion: product.version,
    });
  }
  return { ok: true, reserved };
}
