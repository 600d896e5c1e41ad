import { describe, expect, it } from 'vitest';
import { domainEventTypes, isDomainEventType } from './event-types';

describe('the domain event types', () => {
  it('lists every type the deciders write, once', () => {
    expect([...domainEventTypes].sort()).toEqual(
      [
        'ProductRegistered',
        'ProductPriceChanged',
        'ProductRestocked',
        'ProductDiscontinued',
        'StockReserved',
        'StockReleased',
        'SkuClaimed',
        'OrderPlaced',
        'OrderPaid',
        'OrderShipped',
        'OrderCancelled',
      ].sort(),
    );
  });

  it('tells a known type from anything else the log may hold', () => {
    expect(isDomainEventType('OrderPaid')).toBe(true);
    expect(isDomainEventType('BulkLoaded')).toBe(false);
    expect(isDomainEventType('orderPaid')).toBe(false);
    expect(isDomainEventType('toString')).toBe(false);
    expect(isDomainEventType('__proto__')).toBe(false);
  });
});
