import { describe, expect, it } from 'vitest';
import { followedTypes } from './event-type-filter';

describe('the event types a subscriber follows', () => {
  it('are every type when neither filter names any', () => {
    expect(followedTypes(undefined, undefined)).toBeUndefined();
    expect(followedTypes(null, [])).toBeUndefined();
    expect(followedTypes([], null)).toBeUndefined();
  });

  it('are what the one filter given names', () => {
    expect(followedTypes(['BulkLoaded', 'OrderPaid'], undefined)).toEqual(['BulkLoaded', 'OrderPaid']);
    expect(followedTypes([], ['OrderPaid', 'OrderShipped'])).toEqual(['OrderPaid', 'OrderShipped']);
  });

  it('are those both filters name when both are given, possibly none', () => {
    expect(followedTypes(['OrderPaid', 'BulkLoaded'], ['OrderShipped', 'OrderPaid'])).toEqual(['OrderPaid']);
    expect(followedTypes(['BulkLoaded'], ['OrderPaid'])).toEqual([]);
  });
});
