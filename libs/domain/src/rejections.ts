import type { DomainError, FieldError } from './errors';
import type { OrderStatus } from './events';

/** Builders for every domain failure, so each kind is always worded the same way. */

export function invalidInput(fields: FieldError[]): DomainError {
  return { kind: 'ValidationError', message: 'The input is invalid.', fields };
}

export function productNotFound(productId: string): DomainError {
  return { kind: 'NotFoundError', message: `Product ${productId} does not exist.`, id: productId };
}

export function orderNotFound(orderId: string): DomainError {
  return { kind: 'NotFoundError', message: `Order ${orderId} does not exist.`, id: orderId };
}

export function versionConflict(expectedVersion: number, actualVersion: number): DomainError {
  return {
    kind: 'ConcurrencyError',
    message: `Expected version ${expectedVersion}, but the current version is ${actualVersion}.`,
    expectedVersion,
    actualVersion,
  };
}

export function duplicateSku(sku: string): DomainError {
  return { kind: 'DuplicateSkuError', message: `SKU ${sku} already belongs to another product.`, sku };
}

export function productDiscontinued(productId: string): DomainError {
  return { kind: 'ProductDiscontinuedError', message: `Product ${productId} is discontinued.`, productId };
}

export function insufficientStock(productId: string, requested: number, available: number): DomainError {
  return {
    kind: 'InsufficientStockError',
    message: `Product ${productId} has ${available} in stock, fewer than the ${requested} requested.`,
    productId,
    requested,
    available,
  };
}

/** `action` completes "cannot be ...", e.g. "paid". */
export function invalidOrderState(orderId: string, status: OrderStatus, action: string): DomainError {
  return {
    kind: 'InvalidOrderStateError',
    message: `Order ${orderId} is ${status} and cannot be ${action}.`,
    orderId,
    status,
  };
}

export function paymentMismatch(expectedCents: number, receivedCents: number): DomainError {
  return {
    kind: 'PaymentMismatchError',
    message: `The payment of ${receivedCents} cents does not match the order total of ${expectedCents} cents.`,
    expectedCents,
    receivedCents,
  };
}
