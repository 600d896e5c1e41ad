import { describe, expect, it } from 'vitest';
import type { DomainEvent } from './events';
import { cancelOrder, payOrder, shipOrder } from './order-decider';
import { productIdsOf } from './order-state';
import { deciderSpec } from './testing/decider-spec';
import { eventStreams, type History } from './testing/event-streams';
import {
  LATER,
  ORDER_ID,
  OTHER_PRODUCT_ID,
  orderCancelled,
  orderPaid,
  orderPlaced,
  orderShipped,
  PRODUCT_ID,
  productDiscontinued,
  productRegistered,
  productRestocked,
  stockReleased,
  stockReserved,
} from './testing/fixtures';

/** The order's two lines hold 2 of product-1 (now at version 2) and 1 of product-2 (now at version 3). */
function placedOrder(...after: DomainEvent[]): History {
  return {
    [ORDER_ID]: [orderPlaced(), ...after],
    [PRODUCT_ID]: [productRegistered(), stockReserved({ quantity: 2 })],
    [OTHER_PRODUCT_ID]: [
      productRegistered({ productId: OTHER_PRODUCT_ID, priceCents: 400 }),
      stockReserved({ productId: OTHER_PRODUCT_ID, quantity: 1 }),
      productRestocked({ productId: OTHER_PRODUCT_ID }),
    ],
  };
}

describe('payOrder', () => {
  const given = deciderSpec({
    decide: payOrder,
    load: (cmd, streams) => ({ order: streams.order(cmd.orderId) }),
    subjectOf: (cmd) => cmd.orderId,
  });
  const pay = { orderId: ORDER_ID, amountCents: 2900, at: LATER };

  it('pays a placed order its total', () => {
    given(placedOrder())
      .when(pay)
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 1,
          events: [{ type: 'OrderPaid', data: { orderId: ORDER_ID, amountCents: 2900, at: LATER } }],
        },
      ]);
  });

  it('fails with NotFoundError when the order does not exist', () => {
    given({})
      .when(pay)
      .thenError({ kind: 'NotFoundError', message: 'Order order-1 does not exist.', id: ORDER_ID });
  });

  it('fails with PaymentMismatchError when the amount is not the total', () => {
    given(placedOrder())
      .when({ ...pay, amountCents: 2899 })
      .thenError({ kind: 'PaymentMismatchError', expectedCents: 2900, receivedCents: 2899 });
  });

  it.each([
    ['PAID', [orderPaid()]],
    ['SHIPPED', [orderPaid(), orderShipped()]],
    ['CANCELLED', [orderCancelled()]],
  ] as const)('fails with InvalidOrderStateError when the order is %s', (status, after) => {
    given(placedOrder(...after))
      .when({ ...pay, amountCents: 1 })
      .thenError({ kind: 'InvalidOrderStateError', orderId: ORDER_ID, status });
  });

  it('reports every invalid field at once', () => {
    given({})
      .when({ orderId: '', amountCents: 0.5, at: LATER })
      .thenError({
        kind: 'ValidationError',
        fields: [
          { field: 'orderId', message: 'The order id must be 1 to 200 characters long.' },
          {
            field: 'amountCents',
            message: 'The amount must be a whole number of cents from 1 to 1000000000000.',
          },
        ],
      });
  });
});

describe('shipOrder', () => {
  const given = deciderSpec({
    decide: shipOrder,
    load: (cmd, streams) => ({ order: streams.order(cmd.orderId) }),
    subjectOf: (cmd) => cmd.orderId,
  });
  const ship = { orderId: ORDER_ID, at: LATER };

  it('ships a paid order', () => {
    given(placedOrder(orderPaid()))
      .when(ship)
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 2,
          events: [{ type: 'OrderShipped', data: { orderId: ORDER_ID, at: LATER } }],
        },
      ]);
  });

  it('fails with NotFoundError when the order does not exist', () => {
    given({}).when(ship).thenError({ kind: 'NotFoundError', id: ORDER_ID });
  });

  it.each([
    ['PLACED', []],
    ['SHIPPED', [orderPaid(), orderShipped()]],
    ['CANCELLED', [orderPaid(), orderCancelled({ previousStatus: 'PAID' })]],
  ] as const)('fails with InvalidOrderStateError when the order is %s', (status, after) => {
    given(placedOrder(...after))
      .when(ship)
      .thenError({
        kind: 'InvalidOrderStateError',
        message: `Order ${ORDER_ID} is ${status} and cannot be shipped.`,
        orderId: ORDER_ID,
        status,
      });
  });

  it('rejects an empty order id', () => {
    given({})
      .when({ ...ship, orderId: '' })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'orderId' }] });
  });
});

describe('cancelOrder', () => {
  const given = deciderSpec({
    decide: cancelOrder,
    load: (cmd, streams) => {
      const order = streams.order(cmd.orderId);
      return { order, products: streams.products(productIdsOf(order.state)) };
    },
    subjectOf: (cmd) => cmd.orderId,
  });
  const cancel = { orderId: ORDER_ID, at: LATER };

  it("cancels a placed order, then releases each line's stock at its product's version", () => {
    given(placedOrder())
      .when(cancel)
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 1,
          events: [
            {
              type: 'OrderCancelled',
              data: { orderId: ORDER_ID, reason: null, previousStatus: 'PLACED', at: LATER },
            },
          ],
        },
        {
          streamId: PRODUCT_ID,
          expectedVersion: 2,
          events: [
            {
              type: 'StockReleased',
              data: { productId: PRODUCT_ID, orderId: ORDER_ID, quantity: 2, at: LATER },
            },
          ],
        },
        {
          streamId: OTHER_PRODUCT_ID,
          expectedVersion: 3,
          events: [
            {
              type: 'StockReleased',
              data: { productId: OTHER_PRODUCT_ID, orderId: ORDER_ID, quantity: 1, at: LATER },
            },
          ],
        },
      ]);
  });

  it('cancels a paid order with its reason', () => {
    given(placedOrder(orderPaid()))
      .when({ ...cancel, reason: 'Changed my mind.' })
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 2,
          events: [orderCancelled({ reason: 'Changed my mind.', previousStatus: 'PAID' })],
        },
        { streamId: PRODUCT_ID, expectedVersion: 2, events: [stockReleased({ quantity: 2 })] },
        {
          streamId: OTHER_PRODUCT_ID,
          expectedVersion: 3,
          events: [stockReleased({ productId: OTHER_PRODUCT_ID, quantity: 1 })],
        },
      ]);
  });

  it('releases stock to a product discontinued since', () => {
    const history = placedOrder();
    given({ ...history, [PRODUCT_ID]: [...history[PRODUCT_ID]!, productDiscontinued()] })
      .when({ ...cancel, reason: null })
      .then([
        { streamId: ORDER_ID, expectedVersion: 1, events: [orderCancelled()] },
        { streamId: PRODUCT_ID, expectedVersion: 3, events: [stockReleased({ quantity: 2 })] },
        {
          streamId: OTHER_PRODUCT_ID,
          expectedVersion: 3,
          events: [stockReleased({ productId: OTHER_PRODUCT_ID, quantity: 1 })],
        },
      ]);
  });

  it('fails with NotFoundError when the order does not exist', () => {
    given({}).when(cancel).thenError({ kind: 'NotFoundError', id: ORDER_ID });
  });

  it.each([
    ['SHIPPED', [orderPaid(), orderShipped()]],
    ['CANCELLED', [orderCancelled()]],
  ] as const)('fails with InvalidOrderStateError when the order is %s', (status, after) => {
    given(placedOrder(...after))
      .when(cancel)
      .thenError({ kind: 'InvalidOrderStateError', orderId: ORDER_ID, status });
  });

  it('accepts a reason of 500 characters', () => {
    given(placedOrder())
      .when({ ...cancel, reason: 'r'.repeat(500) })
      .then([
        { streamId: ORDER_ID, expectedVersion: 1, events: [orderCancelled({ reason: 'r'.repeat(500) })] },
        { streamId: PRODUCT_ID, expectedVersion: 2, events: [stockReleased({ quantity: 2 })] },
        {
          streamId: OTHER_PRODUCT_ID,
          expectedVersion: 3,
          events: [stockReleased({ productId: OTHER_PRODUCT_ID, quantity: 1 })],
        },
      ]);
  });

  it('reports every invalid field at once', () => {
    given({})
      .when({ orderId: '', reason: 'r'.repeat(501), at: LATER })
      .thenError({
        kind: 'ValidationError',
        fields: [
          { field: 'orderId' },
          { field: 'reason', message: 'The reason must be at most 500 characters long.' },
        ],
      });
  });

  it("throws when the caller did not load one of the order's products", () => {
    const streams = eventStreams(placedOrder());
    expect(() =>
      cancelOrder(cancel, { order: streams.order(ORDER_ID), products: streams.products([PRODUCT_ID]) }),
    ).toThrow(`Product ${OTHER_PRODUCT_ID} of order ${ORDER_ID} was not loaded`);
  });
});
