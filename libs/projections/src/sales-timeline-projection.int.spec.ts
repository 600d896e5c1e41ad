import {
  AT,
  LATER,
  ORDER_ID,
  orderCancelled,
  orderPaid,
  orderPlaced,
  orderShipped,
  productRegistered,
} from '@sluice/domain/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { epochHourOf, salesTimelineProjection } from './sales-timeline-projection';
import { projectionSpec } from './test-support/projection-spec';

const given = projectionSpec(salesTimelineProjection);

const hour = (at: string) => epochHourOf(new Date(at));
const NEXT_DAY = '2025-03-02T09:30:00.000Z';

// The fixtures' order: 3 units, 29.00 in all; placed at AT (10:00), paid at LATER (11:00).
describe('the sales timeline projection', () => {
  it('keys each hour by the hours since 1970 it starts', () => {
    expect(hour('2025-03-01T10:59:59.999Z')).toBe(hour('2025-03-01T10:00:00.000Z'));
    expect(hour('2025-03-01T11:00:00.000Z') - hour('2025-03-01T10:59:59.999Z')).toBe(1);
    expect(new Date(hour(AT) * 3_600_000).toISOString()).toBe(AT);
  });

  it('counts a placement in its hour and the sale in the hour it was paid', () =>
    given(productRegistered())
      .when(orderPlaced(), orderPaid())
      .then({
        sales_timeline: [
          {
            epoch_hour: hour(AT),
            orders_placed: 1,
            orders_paid: 0,
            units_sold: 0,
            revenue_cents: 0,
            position: 2,
          },
          {
            epoch_hour: hour(LATER),
            orders_placed: 0,
            orders_paid: 1,
            units_sold: 3,
            revenue_cents: 2900,
            position: 3,
          },
        ],
        timeline_orders: [{ order_id: ORDER_ID, units: 3, lines_cents: 2900, paid: true }],
      }));

  it('books the cancellation of a paid order as a refund in its own hour, and forgets the order', () =>
    given(orderPlaced(), orderPaid())
      .when(orderCancelled({ previousStatus: 'PAID', at: NEXT_DAY }))
      .then({
        sales_timeline: [
          { epoch_hour: hour(AT), orders_placed: 1 },
          { epoch_hour: hour(LATER), orders_paid: 1, units_sold: 3, revenue_cents: 2900 },
          { epoch_hour: hour(NEXT_DAY), orders_cancelled: 1, units_sold: -3, revenue_cents: -2900 },
        ],
        timeline_orders: [],
      }));

  it('takes nothing off for an order cancelled before payment, and keeps a shipped sale', () =>
    given(orderPlaced(), orderPlaced({ orderId: 'order-2' }), orderPaid({ orderId: 'order-2' }))
      .when(orderCancelled({ at: NEXT_DAY }), orderShipped({ orderId: 'order-2', at: NEXT_DAY }))
      .then({
        sales_timeline: [
          { epoch_hour: hour(AT), orders_placed: 2 },
          { epoch_hour: hour(LATER), orders_paid: 1, units_sold: 3, revenue_cents: 2900 },
          { epoch_hour: hour(NEXT_DAY), orders_cancelled: 1, units_sold: 0, revenue_cents: 0 },
        ],
        timeline_orders: [],
      }));
});
