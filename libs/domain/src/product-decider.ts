import type { Decision, Versioned } from './decision';
import { accepted, rejected, streamWrite } from './decision-builders';
import type { DomainError } from './errors';
import type { ChangeProductPrice, DiscontinueProduct, RestockProduct } from './product-commands';
import type { ProductState } from './product-state';
import {
  validateChangeProductPrice,
  validateDiscontinueProduct,
  validateRestockProduct,
} from './product-validation';
import { invalidInput, productDiscontinued, productNotFound, versionConflict } from './rejections';
import { MAX_STOCK } from './validation';

/**
 * The product decider, once the product exists (registering it is in register-product.ts). Each
 * command is checked in the same order: its input alone, then that the product exists, then the
 * caller's expected version, then the product's rules.
 */

export function changeProductPrice(
  cmd: ChangeProductPrice,
  state: { product: Versioned<ProductState> },
): Decision {
  const invalid = validateChangeProductPrice(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { product } = state;
  const error =
    missingOrStale(cmd.productId, product, cmd.expectedVersion) ??
    ruleOutDiscontinued(cmd.productId, product);
  if (error) return rejected(error);
  const { productId, priceCents, at } = cmd;
  if (priceCents === product.state.priceCents) return accepted(productId, []);
  return accepted(productId, [
    streamWrite(productId, product.version, {
      type: 'ProductPriceChanged',
      data: { productId, priceCents, previousPriceCents: product.state.priceCents, at },
    }),
  ]);
}

export function restockProduct(cmd: RestockProduct, state: { product: Versioned<ProductState> }): Decision {
  const invalid = validateRestockProduct(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { product } = state;
  const error =
    missingOrStale(cmd.productId, product, cmd.expectedVersion) ??
    ruleOutDiscontinued(cmd.productId, product);
  if (error) return rejected(error);
  const { productId, quantity, at } = cmd;
  if (product.state.stock + quantity > MAX_STOCK) {
    return rejected(
      invalidInput([
        {
          field: 'quantity',
          message: `Restocking ${quantity} would bring the stock to ${product.state.stock + quantity}, above the maximum of ${MAX_STOCK}.`,
        },
      ]),
    );
  }
  return accepted(productId, [
    streamWrite(productId, product.version, { type: 'ProductRestocked', data: { productId, quantity, at } }),
  ]);
}

export function discontinueProduct(
  cmd: DiscontinueProduct,
  state: { product: Versioned<ProductState> },
): Decision {
  const invalid = validateDiscontinueProduct(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { product } = state;
  const error = missingOrStale(cmd.productId, product, cmd.expectedVersion);
  if (error) return rejected(error);
  const { productId, at } = cmd;
  if (product.state.discontinued) return accepted(productId, []);
  return accepted(productId, [
    streamWrite(productId, product.version, { type: 'ProductDiscontinued', data: { productId, at } }),
  ]);
}

function missingOrStale(
  productId: string,
  product: Versioned<ProductState>,
  expectedVersion: number | null | undefined,
): DomainError | undefined {
  if (!product.state.exists) return productNotFound(productId);
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== product.version) {
    return versionConflict(expectedVersion, product.version);
  }
  return undefined;
}

function ruleOutDiscontinued(productId: string, product: Versioned<ProductState>): DomainError | undefined {
  return product.state.discontinued ? productDiscontinued(productId) : undefined;
}
