import {
  AT,
  CUSTOMER_ID,
  LATER,
  ORDER_ID,
  OTHER_PRODUCT_ID,
  orderCancelled,
  orderPaid,
  orderPlaced,
  orderShipped,
  PRODUCT_ID,
  stockReserved,
} from '@sluice/domain/testing/fixtures';
import { describe, it } from 'vitest';
import { ordersProjection } from './orders-projection';
import { projectionSpec } from './test-support/projection-spec';

const given = projectionSpec(ordersProjection);
const at = (iso: string) => iso.replace('.000Z', '+00:00');

describe('the orders projection', () => {
  it('records a placed order with its lines at the prices they had, and its total', () =>
    given()
      .when(orderPlaced(), stockReserved())
      .then({
        orders: [
          {
            id: ORDER_ID,
            customer_id: CUSTOMER_ID,
            status: 'PLACED',
            lines: [
              { productId: PRODUCT_ID, quantity: 2, unitPriceCents: 1250 },
              { productId: OTHER_PRODUCT_ID, quantity: 1, unitPriceCents: 400 },
            ],
            total_cents: 2900,
            placed_at: at(AT),
            paid_at: null,
            version: 1,
            position: 1,
            placed_position: 1,
          },
        ],
      }));

  it('follows payment and shipping, with the time of each', () =>
    given(orderPlaced())
      .when(orderPaid(), orderShipped())
      .then({
        orders: [{ status: 'SHIPPED', paid_at: at(LATER), shipped_at: at(LATER), version: 3, position: 3 }],
      }));

  it('records a cancellation with its reason', () =>
    given(orderPlaced(), orderPaid())
      .when(orderCancelled({ reason: 'changed my mind', previousStatus: 'PAID' }))
      .then({
        orders: [
          { status: 'CANCELLED', cancel_reason: 'changed my mind', cancelled_at: at(LATER), version: 3 },
        ],
      }));

  it('keeps each order to its own row, and ignores events of an order it never saw placed', () =>
    given(orderPlaced(), orderPlaced({ orderId: 'order-2', customerId: 'customer-2' }))
      .when(orderPaid({ orderId: 'order-2' }), orderPaid({ orderId: 'order-unknown' }))
      .then({
        orders: [
          { id: ORDER_ID, status: 'PLACED' },
          { id: 'order-2', customer_id: 'customer-2', status: 'PAID', position: 3 },
        ],
      }));
});
