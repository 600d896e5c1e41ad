import {
  ORDER_ID,
  OTHER_PRODUCT_ID,
  orderCancelled,
  orderPaid,
  orderPlaced,
  orderShipped,
  PRODUCT_ID,
  productDiscontinued,
  productPriceChanged,
  productRegistered,
  productRestocked,
  stockReleased,
  stockReserved,
} from '@sluice/domain/testing/fixtures';
import { describe, it } from 'vitest';
import { salesProjection } from './sales-projection';
import { projectionSpec } from './test-support/projection-spec';

const given = projectionSpec(salesProjection);

// The fixtures' order: 2 of PRODUCT_ID at 12.50 and 1 of OTHER_PRODUCT_ID at 4.00, 29.00 in all.
const placed = orderPlaced();
const secondOrder = orderPlaced({
  orderId: 'order-2',
  lines: [{ productId: PRODUCT_ID, quantity: 3, unitPriceCents: 1000 }],
  totalCents: 3000,
});

describe('the sales projection', () => {
  it('counts a placed order and keeps its lines open, selling nothing yet', () =>
    given(productRegistered())
      .when(placed, stockReserved())
      .then({
        sales_stats: [{ id: 1, orders_placed: 1, orders_paid: 0, revenue_cents: 0, position: 2 }],
        product_sales: [],
        sales_orders: [
          {
            order_id: ORDER_ID,
            lines: [
              { productId: PRODUCT_ID, quantity: 2, unitPriceCents: 1250 },
              { productId: OTHER_PRODUCT_ID, quantity: 1, unitPriceCents: 400 },
            ],
            paid: false,
          },
        ],
      }));

  it('sells each line of a paid order, with the payment as the position of what it moved', () =>
    given(placed)
      .when(orderPaid())
      .then({
        sales_stats: [{ orders_placed: 1, orders_paid: 1, revenue_cents: 2900, position: 2 }],
        product_sales: [
          { product_id: PRODUCT_ID, units_sold: 2, revenue_cents: 2500, position: 2 },
          { product_id: OTHER_PRODUCT_ID, units_sold: 1, revenue_cents: 400, position: 2 },
        ],
        sales_orders: [{ order_id: ORDER_ID, paid: true }],
      }));

  it('sums the sales of several orders of one product', () =>
    given(placed, secondOrder, orderPaid())
      .when(orderPaid({ orderId: 'order-2', amountCents: 3000 }))
      .then({
        sales_stats: [{ orders_placed: 2, orders_paid: 2, revenue_cents: 5900 }],
        product_sales: [
          { product_id: PRODUCT_ID, units_sold: 5, revenue_cents: 5500, position: 4 },
          { product_id: OTHER_PRODUCT_ID, units_sold: 1, revenue_cents: 400, position: 3 },
        ],
      }));

  it('takes back the sales of a paid order cancelled, and forgets its lines', () =>
    given(placed, orderPaid())
      .when(orderCancelled({ previousStatus: 'PAID' }))
      .then({
        sales_stats: [{ orders_paid: 1, orders_cancelled: 1, revenue_cents: 0, position: 3 }],
        product_sales: [
          { product_id: PRODUCT_ID, units_sold: 0, revenue_cents: 0, position: 3 },
          { product_id: OTHER_PRODUCT_ID, units_sold: 0, revenue_cents: 0, position: 3 },
        ],
        sales_orders: [],
      }));

  it("keeps the figures after each event that moved them, and each product's sales after each sale or refund", () =>
    given(productRegistered(), placed, stockReserved())
      .when(orderPaid(), orderCancelled({ previousStatus: 'PAID' }))
      .then({
        sales_stats_history: [
          { position: 2, orders_placed: 1, orders_paid: 0, revenue_cents: 0 },
          { position: 4, orders_placed: 1, orders_paid: 1, revenue_cents: 2900 },
          { position: 5, orders_paid: 1, orders_cancelled: 1, revenue_cents: 0 },
        ],
        product_sales_history: [
          { product_id: PRODUCT_ID, position: 4, units_sold: 2, revenue_cents: 2500 },
          { product_id: PRODUCT_ID, position: 5, units_sold: 0, revenue_cents: 0 },
          { product_id: OTHER_PRODUCT_ID, position: 4, units_sold: 1, revenue_cents: 400 },
          { product_id: OTHER_PRODUCT_ID, position: 5, units_sold: 0, revenue_cents: 0 },
        ],
      }));

  it('takes back nothing for an order cancelled before payment', () =>
    given(placed)
      .when(orderCancelled())
      .then({
        sales_stats: [{ orders_cancelled: 1, revenue_cents: 0 }],
        product_sales: [],
        sales_orders: [],
      }));

  it("changes nothing for a product's own events, and sells a product registered in the same batch from none", () =>
    given(productRegistered(), placed, orderPaid())
      .when(
        productPriceChanged(),
        productRestocked(),
        stockReserved(),
        stockReleased(),
        productDiscontinued(),
        productRegistered({ productId: 'product-new', sku: 'NEW-1' }),
        orderPlaced({
          orderId: 'order-new',
          lines: [{ productId: 'product-new', quantity: 4, unitPriceCents: 100 }],
          totalCents: 400,
        }),
        orderPaid({ orderId: 'order-new', amountCents: 400 }),
      )
      .then({
        sales_stats: [{ orders_placed: 2, orders_paid: 2, revenue_cents: 3300, position: 11 }],
        product_sales: [
          { product_id: PRODUCT_ID, units_sold: 2, revenue_cents: 2500, position: 3 },
          { product_id: OTHER_PRODUCT_ID, units_sold: 1, revenue_cents: 400, position: 3 },
          { product_id: 'product-new', units_sold: 4, revenue_cents: 400, position: 11 },
        ],
        sales_stats_history: [{ position: 2 }, { position: 3 }, { position: 10 }, { position: 11 }],
      }));

  it('makes a shipped sale final: its sales stay and its lines are forgotten', () =>
    given(placed, orderPaid())
      .when(orderShipped())
      .then({
        sales_stats: [{ orders_shipped: 1, orders_cancelled: 0, revenue_cents: 2900, position: 3 }],
        product_sales: [{ units_sold: 2 }, { units_sold: 1 }],
        sales_orders: [],
      }));
});
