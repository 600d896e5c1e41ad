import {
  cancelOrderCommand,
  payOrderCommand,
  placeOrderCommand,
  shipOrderCommand,
} from '../commands/order-commands';
import { commandMutation, resultUnion } from './command-mutation';
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
  result: resultUnion('PlaceOrderResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    ProductDiscontinuedErrorRef,
    InsufficientStockErrorRef,
  ]),
  command: (readers, input, at) =>
    placeOrderCommand(
      readers,
      {
        customerId: String(input.customerId),
        lines: input.lines.map((line) => ({ productId: String(line.productId), quantity: line.quantity })),
      },
      at,
    ),
});

commandMutation('payOrder', {
  description: "The amount must equal the order's total.",
  input: PayOrderInputRef,
  result: resultUnion('PayOrderResult', [
    ValidationErrorRef,
    NotFoundErrorRef,
    InvalidOrderStateErrorRef,
    PaymentMismatchErrorRef,
  ]),
  command: (readers, input, at) => payOrderCommand(readers, { ...input, orderId: String(input.orderId) }, at),
});

commandMutation('shipOrder', {
  input: ShipOrderInputRef,
  result: resultUnion('ShipOrderResult', [ValidationErrorRef, NotFoundErrorRef, InvalidOrderStateErrorRef]),
  command: (readers, input, at) => shipOrderCommand(readers, { orderId: String(input.orderId) }, at),
});

commandMutation('cancelOrder', {
  description: 'Allowed while PLACED or PAID; releases the reserved stock.',
  input: CancelOrderInputRef,
  result: resultUnion('CancelOrderResult', [ValidationErrorRef, NotFoundErrorRef, InvalidOrderStateErrorRef]),
  command: (readers, input, at) =>
    cancelOrderCommand(readers, { ...input, orderId: String(input.orderId) }, at),
});
