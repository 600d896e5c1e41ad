import type { Decision, Versioned } from './decision';
import { accepted, rejected, streamWrite } from './decision-builders';
import type { PlaceOrder } from './order-commands';
import type { OrderState } from './order-state';
import { validatePlaceOrder } from './order-validation';
import type { ProductState } from './product-state';
import { invalidInput, invalidOrderState } from './rejections';
import { reserveLines } from './stock-reservation';
import { MAX_ORDER_TOTAL_CENTS } from './validation';

/**
 * Places an order and reserves its stock, all lines or none. Checked in order: the input alone,
 * that the order is new, then each line's product in line order, then the total.
 */
export function placeOrder(
  cmd: PlaceOrder,
  state: { order: Versioned<OrderState>; products: ReadonlyMap<string, Versioned<ProductState>> },
): Decision {
  const invalid = validatePlaceOrder(cmd);
  if (invalid.length > 0) return rejected(invalidInput(invalid));
  const { orderId, customerId, at } = cmd;
  if (state.order.state.exists) {
    return rejected(invalidOrderState(orderId, state.order.state.status, 'placed again'));
  }
  const reservation = reserveLines(cmd.lines, state.products);
  if (!reservation.ok) return rejected(reservation.error);
  const lines = reservation.reserved.map(({ line }) => line);
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  // Each line is below 2^53 (price and quantity are bounded), so the sum of 100 is exact.
  if (totalCents > MAX_ORDER_TOTAL_CENTS) {
    return rejected(
      invalidInput([
        {
          field: 'lines',
          message: `The order's total may be at most ${MAX_ORDER_TOTAL_CENTS} cents; split it into smaller orders.`,
        },
      ]),
    );
  }
  return accepted(orderId, [
    streamWrite(orderId, state.order.version, {
      type: 'OrderPlaced',
      data: { orderId, customerId, lines, totalCents, at },
    }),
    ...reservation.reserved.map(({ line: { productId, quantity }, productVersion }) =>
      streamWrite(productId, productVersion, {
        type: 'StockReserved',
        data: { productId, orderId, quantity, at },
      }),
    ),
  ]);
}
