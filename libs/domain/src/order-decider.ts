import type { Decision, StreamWrite, Versioned } from './decision';
import { accepted, rejected, streamWrite } from './decision-builders';
import type { CancelOrder, PayOrder, ShipOrder } from './order-commands';
import type { OrderState } from './order-state';
import { validateCancelOrder, validatePayOrder, validateShipOrder } from './order-validation';
import type { ProductState } from './product-state';
import { invalidInput, invalidOrderState, orderNotFound, paymentMismatch } from './rejections';

/**
 * The order decider, once the order exists (placing it is in place-order.ts). Each command is
 * checked in the same order: its input alone, then that the order exists, then the order's rules.
 */

export function payOrder(cmd: PayOrder, state: { order: Versioned<OrderState> }): Decision {
  const invalid = validatePayOrder(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { orderId, amountCents, at } = cmd;
  const { order } = state;
  if (!order.state.exists) return rejected(orderNotFound(orderId));
  if (order.state.status !== 'PLACED') {
    return rejected(invalidOrderState(orderId, order.state.status, 'paid'));
  }
  if (amountCents !== order.state.totalCents) {
    return rejected(paymentMismatch(order.state.totalCents, amountCents));
  }
  return accepted(orderId, [
    streamWrite(orderId, order.version, { type: 'OrderPaid', data: { orderId, amountCents, at } }),
  ]);
}

export function shipOrder(cmd: ShipOrder, state: { order: Versioned<OrderState> }): Decision {
  const invalid = validateShipOrder(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { orderId, at } = cmd;
  const { order } = state;
  if (!order.state.exists) return rejected(orderNotFound(orderId));
  if (order.state.status !== 'PAID') {
    return rejected(invalidOrderState(orderId, order.state.status, 'shipped'));
  }
  return accepted(orderId, [
    streamWrite(orderId, order.version, { type: 'OrderShipped', data: { orderId, at } }),
  ]);
}

/** Releases every line's stock. `state.products` must hold each of the order's products. */
export function cancelOrder(
  cmd: CancelOrder,
  state: { order: Versioned<OrderState>; products: ReadonlyMap<string, Versioned<ProductState>> },
): Decision {
  const invalid = validateCancelOrder(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { orderId, at } = cmd;
  const { order } = state;
  if (!order.state.exists) return rejected(orderNotFound(orderId));
  const previousStatus = order.state.status;
  if (previousStatus !== 'PLACED' && previousStatus !== 'PAID') {
    return rejected(invalidOrderState(orderId, previousStatus, 'cancelled'));
  }
  const releases: StreamWrite[] = order.state.lines.map(({ productId, quantity }) =>
    streamWrite(productId, loadedProductVersion(state.products, productId, orderId), {
      type: 'StockReleased',
      data: { productId, orderId, quantity, at },
    }),
  );
  return accepted(orderId, [
    streamWrite(orderId, order.version, {
      type: 'OrderCancelled',
      data: { orderId, reason: cmd.reason ?? null, previousStatus, at },
    }),
    ...releases,
  ]);
}

/** An order's products always exist; one missing here means the caller did not load it. */
function loadedProductVersion(
  products: ReadonlyMap<string, Versioned<ProductState>>,
  productId: string,
  orderId: string,
): number {
  const product = products.get(productId);
  if (!product?.state.exists) {
    throw new Error(
      `Product ${productId} of order ${orderId} was not loaded: pass every product of the order.`,
    );
  }
  return product.version;
}
