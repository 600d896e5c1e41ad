import type { OrderStatus } from './events';

/** Domain failures are values; each maps one-to-one onto a member of the contract's result unions. */
export interface FieldError {
  /** Path inside the mutation's input, e.g. `lines.2.quantity` (zero-based indexes). */
  field: string;
  message: string;
}

export type DomainError =
  | { kind: 'ValidationError'; message: string; fields: FieldError[] }
  | { kind: 'NotFoundError'; message: string; id: string }
  | { kind: 'ConcurrencyError'; message: string; expectedVersion: number; actualVersion: number }
  | { kind: 'DuplicateSkuError'; message: string; sku: string }
  | { kind: 'ProductDiscontinuedError'; message: string; productId: string }
  | {
      kind: 'InsufficientStockError';
      message: string;
      productId: string;
      requested: number;
      available: number;
    }
  | { kind: 'InvalidOrderStateError'; message: string; orderId: string; status: OrderStatus }
  | { kind: 'PaymentMismatchError'; message: string; expectedCents: number; receivedCents: number };

export type DomainErrorKind = DomainError['kind'];
