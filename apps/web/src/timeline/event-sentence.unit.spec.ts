import { describe, expect, it } from 'vitest';
import { eventSentence } from './event-sentence';
import type { TimelineEvent } from './timeline-event';

const said = (payload: TimelineEvent['payload'], type = 'Any') => eventSentence({ type, payload });

describe('eventSentence', () => {
  it("tells a product's story in dollars and units", () => {
    expect(
      said({
        __typename: 'ProductRegisteredPayload',
        sku: 'MUG-1',
        name: 'Mug',
        priceCents: 1200,
        initialStock: 1,
      }),
    ).toBe('Registered Mug (MUG-1) at $12.00 with 1 unit in stock');
    expect(
      said({ __typename: 'ProductPriceChangedPayload', previousPriceCents: 1200, priceCents: 950 }),
    ).toBe('Price changed from $12.00 to $9.50');
    expect(said({ __typename: 'ProductRestockedPayload', quantity: 10 })).toBe('Restocked 10 units');
    expect(said({ __typename: 'ProductDiscontinuedPayload' })).toBe('Discontinued');
    expect(said({ __typename: 'SkuClaimedPayload', sku: 'MUG-1' })).toBe('Claimed SKU MUG-1');
  });

  it('names the order a reservation or a release is for by its short id', () => {
    const orderId = '0123456789abcdef';
    expect(said({ __typename: 'StockReservedPayload', orderId, quantity: 2 })).toBe(
      'Reserved 2 units for order #01234567',
    );
    expect(said({ __typename: 'StockReleasedPayload', orderId, quantity: 1 })).toBe(
      'Released 1 unit from order #01234567',
    );
  });

  it("tells an order's story: its lines by product name, what was paid, why it was cancelled", () => {
    expect(
      said({
        __typename: 'OrderPlacedPayload',
        customerId: 'ada',
        totalCents: 6390,
        lines: [
          { productId: 'p1', quantity: 2, product: { name: 'Mug' } },
          { productId: 'p2', quantity: 1, product: null },
        ],
      }),
    ).toBe('Order placed for ada: 2 × Mug, 1 × p2, $63.90');
    expect(said({ __typename: 'OrderPaidPayload', amountCents: 3000 })).toBe('Order paid $30.00');
    expect(said({ __typename: 'OrderShippedPayload' })).toBe('Order shipped');
    expect(
      said({ __typename: 'OrderCancelledPayload', previousStatus: 'PAID', reason: 'Out of stock' }),
    ).toBe('Order cancelled (was paid): Out of stock');
    expect(said({ __typename: 'OrderCancelledPayload', previousStatus: 'PLACED', reason: null })).toBe(
      'Order cancelled (was placed)',
    );
  });

  it('names an event of a type it has no words for by its type', () => {
    expect(said(null, 'SomethingLegacy')).toBe('SomethingLegacy');
  });
});
