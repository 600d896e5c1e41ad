import type { DomainError, FieldError } from '@sluice/domain';
import { builder } from './builder';
import { OrderStatusEnum } from './order-status';

type ErrorOf<K extends DomainError['kind']> = Extract<DomainError, { kind: K }>;

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
  resolveType: (error) => error.kind,
});

const FieldErrorRef = builder.objectRef<FieldError>('FieldError').implement({
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'Path of the offending input field, e.g. "lines.2.quantity".',
    }),
    message: t.exposeString('message'),
  }),
});

export const ValidationErrorRef = builder.objectRef<ErrorOf<'ValidationError'>>('ValidationError').implement({
  interfaces: [ErrorInterface],
  fields: (t) => ({ fields: t.field({ type: [FieldErrorRef], resolve: (error) => error.fields }) }),
});

export const NotFoundErrorRef = builder.objectRef<ErrorOf<'NotFoundError'>>('NotFoundError').implement({
  interfaces: [ErrorInterface],
  fields: (t) => ({ id: t.exposeID('id') }),
});

export const ConcurrencyErrorRef = builder
  .objectRef<ErrorOf<'ConcurrencyError'>>('ConcurrencyError')
  .implement({
    interfaces: [ErrorInterface],
    fields: (t) => ({
      expectedVersion: t.exposeInt('expectedVersion'),
      actualVersion: t.exposeInt('actualVersion'),
    }),
  });

export const DuplicateSkuErrorRef = builder
  .objectRef<ErrorOf<'DuplicateSkuError'>>('DuplicateSkuError')
  .implement({
    interfaces: [ErrorInterface],
    fields: (t) => ({ sku: t.exposeString('sku') }),
  });

export const ProductDiscontinuedErrorRef = builder
  .objectRef<ErrorOf<'ProductDiscontinuedError'>>('ProductDiscontinuedError')
  .implement({
    interfaces: [ErrorInterface],
    fields: (t) => ({ productId: t.exposeID('productId') }),
  });

export const InsufficientStockErrorRef = builder
  .objectRef<ErrorOf<'InsufficientStockError'>>('InsufficientStockError')
  .implement({
    interfaces: [ErrorInterface],
    fields: (t) => ({
      productId: t.exposeID('productId'),
      requested: t.exposeInt('requested'),
      available: t.exposeInt('available'),
    }),
  });

export const InvalidOrderStateErrorRef = builder
  .objectRef<ErrorOf<'InvalidOrderStateError'>>('InvalidOrderStateError')
  .implement({
    interfaces: [ErrorInterface],
    fields: (t) => ({
      orderId: t.exposeID('orderId'),
      status: t.field({ type: OrderStatusEnum, resolve: (error) => error.status }),
    }),
  });

export const PaymentMismatchErrorRef = builder
  .objectRef<ErrorOf<'PaymentMismatchError'>>('PaymentMismatchError')
  .implement({
    interfaces: [ErrorInterface],
    fields: (t) => ({
      expectedCents: t.field({ type: 'SafeInt', resolve: (error) => error.expectedCents }),
      receivedCents: t.field({ type: 'SafeInt', resolve: (error) => error.receivedCents }),
    }),
  });
