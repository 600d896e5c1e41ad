import type { Decision, Versioned } from './decision';
import { accepted, rejected, streamWrite } from './decision-builders';
import type { RegisterProduct } from './product-commands';
import type { ProductState } from './product-state';
import { validateRegisterProduct } from './product-validation';
import { DEFAULT_CATEGORY } from './upcasters';
import { duplicateSku, invalidInput } from './rejections';
import { skuStreamId, type SkuState } from './sku-stream';

/**
 * Registers a new product and claims its SKU on the SKU's own stream, which makes the SKU unique.
 * Checked in order: the input alone, then that the SKU is free.
 */
export function registerProduct(
  cmd: RegisterProduct,
  state: { product: Versioned<ProductState>; sku: Versioned<SkuState> },
): Decision {
  const invalid = validateRegisterProduct(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  if (state.sku.state.claimedBy !== null) return rejected(duplicateSku(cmd.sku));
  if (state.product.state.exists) {
    throw new Error(`Product ${cmd.productId} already exists: a new product needs a fresh id.`);
  }
  const { productId, sku, priceCents, at } = cmd;
  return accepted(productId, [
    streamWrite(productId, state.product.version, {
      type: 'ProductRegistered',
      data: {
        productId,
        sku,
        name: cmd.name.trim(),
        priceCents,
        initialStock: cmd.initialStock ?? 0,
        category: cmd.category?.trim() || DEFAULT_CATEGORY,
        at,
      },
    }),
    streamWrite(skuStreamId(sku), state.sku.version, { type: 'SkuClaimed', data: { sku, productId, at } }),
  ]);
}
