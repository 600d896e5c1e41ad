import { assertNever } from './assert-never';
import type { OrderEvent, OrderLineData, OrderStatus } from './events';

export interface OrderState {
  exists: boolean;
  orderId: string;
  customerId: string;
  /** Meaningless until the order exists. */
  status: OrderStatus;
  lines: OrderLineData[];
  totalCents: number;
}

export function initialOrderState(): OrderState {
  return { exists: false, orderId: '', customerId: '', status: 'PLACED', lines: [], totalCents: 0 };
}

export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  switch (event.type) {
    case 'OrderPlaced': {
      const { orderId, customerId, lines, totalCents } = event.data;
      return {
        exists: true,
        orderId,
        customerId,
        status: 'PLACED',
        lines: lines.map((line) => ({ ...line })),
        totalCents,
      };
    }
    case 'OrderPaid':
      return { ...state, status: 'PAID' };
    case 'OrderShipped':
      return { ...state, status: 'SHIPPED' };
    case 'OrderCancelled':
      return { ...state, status: 'CANCELLED' };
    default:
      return assertNever(event);
  }
}

/** The products an order holds stock of, in line order. */
export function productIdsOf(order: OrderState): string[] {
  return order.lines.map((line) => line.productId);
}
