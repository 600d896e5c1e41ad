import { describe, expect, it } from 'vitest';
import { placeOrder } from './place-order';
import { MAX_ORDER_TOTAL_CENTS, MAX_PRICE_CENTS } from './validation';
import { deciderSpec } from './testing/decider-spec';
import { eventStreams, type History } from './testing/event-streams';
import {
  AT,
  CUSTOMER_ID,
  ORDER_ID,
  OTHER_PRODUCT_ID,
  orderPaid,
  orderPlaced,
  PRODUCT_ID,
  productDiscontinued,
  productPriceChanged,
  productRegistered,
  stockReleased,
  stockReserved,
} from './testing/fixtures';

/** product-1: 1250 cents, 10 in stock (version 1); product-2: 400 cents, 3 in stock (version 1). */
const catalog: History = {
  [PRODUCT_ID]: [productRegistered({ productId: PRODUCT_ID, priceCents: 1250, initialStock: 10 })],
  [OTHER_PRODUCT_ID]: [
    productRegistered({ productId: OTHER_PRODUCT_ID, sku: 'GADGET-2', priceCents: 400, initialStock: 3 }),
  ],
};

describe('placeOrder', () => {
  const given = deciderSpec({
    decide: placeOrder,
    load: (cmd, streams) => ({
      order: streams.order(cmd.orderId),
      products: streams.products(cmd.lines.map((line) => line.productId)),
    }),
    subjectOf: (cmd) => cmd.orderId,
  });
  const place = {
    orderId: ORDER_ID,
    customerId: CUSTOMER_ID,
    lines: [
      { productId: PRODUCT_ID, quantity: 2 },
      { productId: OTHER_PRODUCT_ID, quantity: 1 },
    ],
    at: AT,
  };

  it('places the order at current prices, then reserves each line on its product', () => {
    given(catalog)
      .when(place)
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 0,
          events: [
            {
              type: 'OrderPlaced',
              data: {
                orderId: ORDER_ID,
                customerId: CUSTOMER_ID,
                lines: [
                  { productId: PRODUCT_ID, quantity: 2, unitPriceCents: 1250 },
                  { productId: OTHER_PRODUCT_ID, quantity: 1, unitPriceCents: 400 },
                ],
                totalCents: 2 * 1250 + 400,
                at: AT,
              },
            },
          ],
        },
        {
          streamId: PRODUCT_ID,
          expectedVersion: 1,
          events: [
            {
              type: 'StockReserved',
              data: { productId: PRODUCT_ID, orderId: ORDER_ID, quantity: 2, at: AT },
            },
          ],
        },
        {
          streamId: OTHER_PRODUCT_ID,
          expectedVersion: 1,
          events: [
            {
              type: 'StockReserved',
              data: { productId: OTHER_PRODUCT_ID, orderId: ORDER_ID, quantity: 1, at: AT },
            },
          ],
        },
      ]);
  });

  it("prices each line at the product's latest price and guards each product's latest version", () => {
    given({
      ...catalog,
      [PRODUCT_ID]: [productRegistered(), productPriceChanged({ priceCents: 1500 }), stockReserved()],
    })
      .when({ ...place, lines: [{ productId: PRODUCT_ID, quantity: 8 }] })
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 0,
          events: [
            orderPlaced({
              lines: [{ productId: PRODUCT_ID, quantity: 8, unitPriceCents: 1500 }],
              totalCents: 12_000,
            }),
          ],
        },
        { streamId: PRODUCT_ID, expectedVersion: 3, events: [stockReserved({ quantity: 8 })] },
      ]);
  });

  it('reserves the whole available stock', () => {
    given(catalog)
      .when({ ...place, lines: [{ productId: OTHER_PRODUCT_ID, quantity: 3 }] })
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 0,
          events: [
            orderPlaced({
              lines: [{ productId: OTHER_PRODUCT_ID, quantity: 3, unitPriceCents: 400 }],
              totalCents: 1200,
            }),
          ],
        },
        {
          streamId: OTHER_PRODUCT_ID,
          expectedVersion: 1,
          events: [stockReserved({ productId: OTHER_PRODUCT_ID, quantity: 3 })],
        },
      ]);
  });

  it('accepts 100 lines', () => {
    const productIds = Array.from({ length: 100 }, (_, i) => `product-${i}`);
    const history = Object.fromEntries(
      productIds.map((productId) => [productId, [productRegistered({ productId })]]),
    );
    given(history)
      .when({ ...place, lines: productIds.map((productId) => ({ productId, quantity: 1 })) })
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 0,
          events: [
            orderPlaced({
              lines: productIds.map((productId) => ({ productId, quantity: 1, unitPriceCents: 1250 })),
              totalCents: 100 * 1250,
            }),
          ],
        },
        ...productIds.map((productId) => ({
          streamId: productId,
          expectedVersion: 1,
          events: [stockReserved({ productId, quantity: 1 })],
        })),
      ]);
  });

  it('fails with NotFoundError when a product does not exist', () => {
    given(catalog)
      .when({ ...place, lines: [...place.lines, { productId: 'product-404', quantity: 1 }] })
      .thenError({ kind: 'NotFoundError', id: 'product-404' });
  });

  it('fails with NotFoundError when a product was not loaded at all', () => {
    const streams = eventStreams(catalog);
    const decision = placeOrder(place, {
      order: streams.order(ORDER_ID),
      products: streams.products([PRODUCT_ID]),
    });
    expect(decision).toStrictEqual({
      ok: false,
      error: {
        kind: 'NotFoundError',
        message: `Product ${OTHER_PRODUCT_ID} does not exist.`,
        id: OTHER_PRODUCT_ID,
      },
    });
  });

  it('fails with ProductDiscontinuedError when a product is discontinued', () => {
    given({ ...catalog, [OTHER_PRODUCT_ID]: [...catalog[OTHER_PRODUCT_ID]!, productDiscontinued()] })
      .when(place)
      .thenError({ kind: 'ProductDiscontinuedError', productId: OTHER_PRODUCT_ID });
  });

  it('reserves all lines or none: a second line short of stock fails the whole order', () => {
    given(catalog)
      .when({
        ...place,
        lines: [
          { productId: PRODUCT_ID, quantity: 2 },
          { productId: OTHER_PRODUCT_ID, quantity: 4 },
        ],
      })
      .thenError({
        kind: 'InsufficientStockError',
        message: `Product ${OTHER_PRODUCT_ID} has 3 in stock, fewer than the 4 requested.`,
        productId: OTHER_PRODUCT_ID,
        requested: 4,
        available: 3,
      });
  });

  it('counts reserved stock as unavailable and released stock as available again', () => {
    const history = {
      ...catalog,
      [PRODUCT_ID]: [
        productRegistered({ initialStock: 10 }),
        stockReserved({ orderId: 'order-0', quantity: 6 }),
        stockReserved({ orderId: 'order-00', quantity: 3 }),
        stockReleased({ orderId: 'order-00', quantity: 3 }),
      ],
    };
    given(history)
      .when({ ...place, lines: [{ productId: PRODUCT_ID, quantity: 5 }] })
      .thenError({ kind: 'InsufficientStockError', productId: PRODUCT_ID, requested: 5, available: 4 });
  });

  it("returns the first failing line's error", () => {
    given({ ...catalog, [PRODUCT_ID]: [...catalog[PRODUCT_ID]!, productDiscontinued()] })
      .when({
        ...place,
        lines: [
          { productId: OTHER_PRODUCT_ID, quantity: 9 },
          { productId: PRODUCT_ID, quantity: 1 },
          { productId: 'product-404', quantity: 1 },
        ],
      })
      .thenError({ kind: 'InsufficientStockError', productId: OTHER_PRODUCT_ID, requested: 9, available: 3 });
  });

  it('fails with ValidationError on lines when the total is above the largest order', () => {
    given({ [PRODUCT_ID]: [productRegistered({ priceCents: MAX_PRICE_CENTS, initialStock: 10_000 })] })
      .when({ ...place, lines: [{ productId: PRODUCT_ID, quantity: 1_001 }] })
      .thenError({
        kind: 'ValidationError',
        fields: [
          {
            field: 'lines',
            message: `The order's total may be at most ${MAX_ORDER_TOTAL_CENTS} cents; split it into smaller orders.`,
          },
        ],
      });
  });

  it('accepts an order of exactly the largest total', () => {
    given({ [PRODUCT_ID]: [productRegistered({ priceCents: MAX_PRICE_CENTS, initialStock: 10_000 })] })
      .when({ ...place, lines: [{ productId: PRODUCT_ID, quantity: 1_000 }] })
      .then([
        {
          streamId: ORDER_ID,
          expectedVersion: 0,
          events: [
            {
              type: 'OrderPlaced',
              data: {
                orderId: ORDER_ID,
                customerId: CUSTOMER_ID,
                lines: [{ productId: PRODUCT_ID, quantity: 1_000, unitPriceCents: MAX_PRICE_CENTS }],
                totalCents: MAX_ORDER_TOTAL_CENTS,
                at: AT,
              },
            },
          ],
        },
        {
          streamId: PRODUCT_ID,
          expectedVersion: 1,
          events: [
            {
              type: 'StockReserved',
              data: { productId: PRODUCT_ID, orderId: ORDER_ID, quantity: 1_000, at: AT },
            },
          ],
        },
      ]);
  });

  it('reports every invalid field at once, in input order', () => {
    given(catalog)
      .when({
        orderId: ORDER_ID,
        customerId: '',
        lines: [
          { productId: '', quantity: 0 },
          { productId: PRODUCT_ID, quantity: 10_001 },
          { productId: PRODUCT_ID, quantity: 1.5 },
          { productId: OTHER_PRODUCT_ID, quantity: 10_000 },
        ],
        at: AT,
      })
      .thenError({
        kind: 'ValidationError',
        message: 'The input is invalid.',
        fields: [
          { field: 'customerId', message: 'The customer id must be 1 to 200 characters long.' },
          { field: 'lines.0.productId', message: 'The product id must be 1 to 200 characters long.' },
          { field: 'lines.0.quantity', message: 'The quantity must be a whole number from 1 to 10000.' },
          { field: 'lines.1.quantity' },
          { field: 'lines.2.productId', message: /appears more than once/ },
          { field: 'lines.2.quantity' },
        ],
      });
  });

  it('flags the second and later lines of a product that appears more than once', () => {
    given(catalog)
      .when({
        ...place,
        lines: [
          { productId: PRODUCT_ID, quantity: 1 },
          { productId: OTHER_PRODUCT_ID, quantity: 1 },
          { productId: PRODUCT_ID, quantity: 1 },
          { productId: OTHER_PRODUCT_ID, quantity: 1 },
          { productId: PRODUCT_ID, quantity: 1 },
        ],
      })
      .thenError({
        kind: 'ValidationError',
        fields: [
          {
            field: 'lines.2.productId',
            message: `Product ${PRODUCT_ID} appears more than once in the order; put it on a single line.`,
          },
          { field: 'lines.3.productId', message: /appears more than once/ },
          { field: 'lines.4.productId', message: /appears more than once/ },
        ],
      });
  });

  it('fails with ValidationError on lines without any line', () => {
    given(catalog)
      .when({ ...place, lines: [] })
      .thenError({
        kind: 'ValidationError',
        fields: [{ field: 'lines', message: 'An order must have 1 to 100 lines.' }],
      });
  });

  it('fails with ValidationError on lines with 101 lines', () => {
    const lines = Array.from({ length: 101 }, (_, i) => ({ productId: `product-${i}`, quantity: 1 }));
    given({})
      .when({ ...place, lines })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'lines' }] });
  });

  it('checks the order and product ids are 1 to 200 characters', () => {
    given({})
      .when({ ...place, orderId: 'o'.repeat(201), lines: [{ productId: 'p'.repeat(201), quantity: 1 }] })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'orderId' }, { field: 'lines.0.productId' }] });
  });

  it('fails with InvalidOrderStateError when the order already exists', () => {
    given({ ...catalog, [ORDER_ID]: [orderPlaced(), orderPaid()] })
      .when(place)
      .thenError({ kind: 'InvalidOrderStateError', orderId: ORDER_ID, status: 'PAID' });
  });
});
