import { describe, expect, it } from 'vitest';
import { MalformedEventError, parseEvent } from './parse-event';
import { orderCancelled, orderPlaced, productRegistered, skuClaimed } from './testing/fixtures';

describe('parseEvent', () => {
  it('gives back every event the domain writes as it is', () => {
    for (const event of [
      productRegistered(),
      skuClaimed(),
      orderPlaced(),
      orderCancelled({ reason: 'late' }),
    ])
      expect(parseEvent(event.type, event.data)).toStrictEqual(event);
  });

  it('answers undefined for a type this code does not know, so that it changes nothing', () => {
    expect(parseEvent('ProductRenamed', { productId: 'p', name: 'n' })).toBeUndefined();
    expect(parseEvent('toString', {})).toBeUndefined();
  });

  it('refuses a known type whose data is not its shape, naming the field', () => {
    const { data } = productRegistered();
    expect(() => parseEvent('ProductRegistered', { ...data, priceCents: '12.50' })).toThrow(
      new MalformedEventError('ProductRegistered.priceCents must be integer, not "12.50"'),
    );
    expect(() => parseEvent('ProductRegistered', { ...data, sku: undefined })).toThrow(
      'ProductRegistered.sku must be text, not missing',
    );
    expect(() => parseEvent('OrderPlaced', { ...orderPlaced().data, lines: [] })).toThrow(
      'OrderPlaced.lines',
    );
    expect(() =>
      parseEvent('OrderPlaced', {
        ...orderPlaced().data,
        lines: [{ productId: 'p', quantity: 1.5, unitPriceCents: 1 }],
      }),
    ).toThrow('OrderPlaced.lines must be order lines');
    expect(() =>
      parseEvent('OrderCancelled', { ...orderCancelled().data, previousStatus: 'SHIPPED' }),
    ).toThrow('OrderCancelled.previousStatus must be PLACED or PAID, not "SHIPPED"');
    expect(() => parseEvent('OrderPaid', null)).toThrow('OrderPaid has no data object');
  });
});
