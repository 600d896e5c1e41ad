import { describe, expect, it } from 'vitest';
import type { OrderEvent } from './events';
import { evolveOrder, initialOrderState, productIdsOf } from './order-state';
import { orderCancelled, orderPaid, orderPlaced, orderShipped } from './testing/fixtures';

const fold = (events: OrderEvent[]) => events.reduce(evolveOrder, initialOrderState());

describe('evolveOrder', () => {
  it('starts from an order that does not exist', () => {
    expect(initialOrderState()).toMatchObject({ exists: false, lines: [], totalCents: 0 });
    expect(productIdsOf(initialOrderState())).toStrictEqual([]);
  });

  it('takes everything from the placement, as PLACED', () => {
    expect(fold([orderPlaced()])).toStrictEqual({
      exists: true,
      orderId: 'order-1',
      customerId: 'customer-1',
      status: 'PLACED',
      lines: [
        { productId: 'product-1', quantity: 2, unitPriceCents: 1250 },
        { productId: 'product-2', quantity: 1, unitPriceCents: 400 },
      ],
      totalCents: 2900,
    });
  });

  it.each<[string, OrderEvent[], string]>([
    ['paid', [orderPlaced(), orderPaid()], 'PAID'],
    ['shipped', [orderPlaced(), orderPaid(), orderShipped()], 'SHIPPED'],
    ['cancelled while placed', [orderPlaced(), orderCancelled()], 'CANCELLED'],
    [
      'cancelled once paid',
      [orderPlaced(), orderPaid(), orderCancelled({ previousStatus: 'PAID' })],
      'CANCELLED',
    ],
  ])('moves to the next status when %s', (_, events, status) => {
    expect(fold(events)).toStrictEqual({ ...fold([orderPlaced()]), status });
  });

  it('does not share its lines with the event', () => {
    const placed = orderPlaced();
    const state = evolveOrder(initialOrderState(), placed);
    expect(state.lines).toStrictEqual(placed.data.lines);
    expect(state.lines[0]).not.toBe(placed.data.lines[0]);
  });

  it('lists the products of its lines, in order', () => {
    expect(productIdsOf(fold([orderPlaced()]))).toStrictEqual(['product-1', 'product-2']);
  });
});
