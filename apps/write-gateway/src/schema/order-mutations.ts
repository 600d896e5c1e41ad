import {
  cancelOrderCommand,
  payOrderCommand,
  placeOrderCommand,
  shipOrderCommand,
} from '../commands/order-commands';
import { commandMutation, resultUnion } from './command-mutation';
import { customerIdFor } from './customer-id';
import {
  InsufficientStockErrorRef,
  InvalidOrderStateErrorRef,
  NotFoundErrorRef,
  PaymentMismatchErrorRef,
  ProductDiscontinuedErrorRef,
  ValidationErrorRef,
} from './errors';
import { CancelOrderInputRef, PayOrderInputRef, PlaceOrderInputRef, ShipOrderInputRef } from './order-inputs';

commandMutation('placeOrder', {
  description: 'Reserves stock for every line atomically: all lines or none.',
  input: PlaceOrderInputRef,
  allowed: ['operator', 'customer'],
  result: resultUnion('PlaceOrderResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    ProductDiscontinuedErrorRef,
    InsufficientStockErrorRef,
  ]),
  command: (readers, input, at, caller) =>
    placeOrderCommand(
      readers,
      {
        customerId: customerIdFor(caller, input.customerId),
        lines: input.lines.map((line) => ({ productId: String(line.productId), quantity: line.quantity })),
      },
      at,
    ),
});

commandMutation('payOrder', {
  description: "The amount must equal the order's total.",
  input: PayOrderInputRef,
  allowed: ['operator', 'customer'],
  result: resultUnion('PayOrderResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    InvalidOrderStateErrorRef,
    PaymentMismatchErrorRef,
  ]),
  command: (readers, input, at, caller) =>
    payOrderCommand(readers, { ...input, orderId: String(input.orderId) }, at, caller),
});

commandMutation('shipOrder', {
  input: ShipOrderInputRef,
  allowed: ['operator'],
  result: resultUnion('ShipOrderResult', [ValidationErrorRef, NotFoundErrorRef, InvalidOrderStateErrorRef]),
  command: (readers, input, at, caller) =>
    shipOrderCommand(readers, { orderId: String(input.orderId) }, at, caller),
});

commandMutation('cancelOrder', {
  description: 'Allowed while PLACED or PAID; releases the reserved stock.',
  input: CancelOrderInputRef,
  allowed: ['operator', 'customer'],
  result: resultUnion('CancelOrderResult', [ValidationErrorRef, NotFoundErrorRef, InvalidOrderStateErrorRef]),
  command: (readers, input, at, caller) =>
    cancelOrderCommand(readers, { ...input, orderId: String(input.orderId) }, at, caller),
});
