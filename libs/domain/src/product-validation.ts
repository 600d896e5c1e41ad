import type { FieldError } from './errors';
import type {
  ChangeProductPrice,
  DiscontinueProduct,
  RegisterProduct,
  RestockProduct,
} from './product-commands';
import {
  check,
  checkExpectedVersion,
  checkStorable,
  checkId,
  failedChecks,
  hasLengthBetween,
  isIntegerBetween,
  MAX_PRICE_CENTS,
  MAX_STOCK,
} from './validation';

const SKU_PATTERN = /^[A-Z0-9-]{1,64}$/;
const MAX_NAME_LENGTH = 200;
const MAX_CATEGORY_LENGTH = 60;

/** Checks of the commands' input alone: every failed field, in input order. */

export function validateRegisterProduct(cmd: RegisterProduct): FieldError[] {
  return failedChecks(
    checkProductId(cmd.productId),
    check('sku', SKU_PATTERN.test(cmd.sku), "The SKU must be 1 to 64 characters of A-Z, 0-9 and '-'."),
    check(
      'name',
      hasLengthBetween(cmd.name.trim(), 1, MAX_NAME_LENGTH),
      `The name must be 1 to ${MAX_NAME_LENGTH} characters long, not counting surrounding spaces.`,
    ) ?? checkStorable('name', cmd.name, 'The name'),
    checkPriceCents(cmd.priceCents),
    check(
      'initialStock',
      isIntegerBetween(cmd.initialStock ?? 0, 0, MAX_STOCK),
      `The initial stock must be a whole number from 0 to ${MAX_STOCK}.`,
    ),
    checkCategory(cmd.category),
  );
}

export function validateChangeProductPrice(cmd: ChangeProductPrice): FieldError[] {
  return failedChecks(
    checkProductId(cmd.productId),
    checkPriceCents(cmd.priceCents),
    checkExpectedVersion(cmd.expectedVersion),
  );
}

export function validateRestockProduct(cmd: RestockProduct): FieldError[] {
  return failedChecks(
    checkProductId(cmd.productId),
    check(
      'quantity',
      isIntegerBetween(cmd.quantity, 1, MAX_STOCK),
      `The quantity must be a whole number from 1 to ${MAX_STOCK}.`,
    ),
    checkExpectedVersion(cmd.expectedVersion),
  );
}

export function validateDiscontinueProduct(cmd: DiscontinueProduct): FieldError[] {
  return failedChecks(checkProductId(cmd.productId), checkExpectedVersion(cmd.expectedVersion));
}

/** Left out or blank, a product is filed under the default category. */
function checkCategory(category: string | null | undefined): FieldError | undefined {
  if (category === null || category === undefined) return undefined;
  return (
    check(
      'category',
      hasLengthBetween(category.trim(), 0, MAX_CATEGORY_LENGTH),
      `The category must be at most ${MAX_CATEGORY_LENGTH} characters long, not counting surrounding spaces.`,
    ) ?? checkStorable('category', category, 'The category')
  );
}

function checkProductId(productId: string): FieldError | undefined {
  return checkId('productId', productId, 'The product id');
}

function checkPriceCents(priceCents: number): FieldError | undefined {
  return check(
    'priceCents',
    isIntegerBetween(priceCents, 1, MAX_PRICE_CENTS),
    `The price must be a whole number of cents from 1 to ${MAX_PRICE_CENTS}.`,
  );
}
