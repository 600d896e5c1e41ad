import { describe, expect, it } from 'vitest';
import { changedEntities } from './changed-entities';

const at = '2026-01-01T00:00:00.000Z';

describe('changedEntities', () => {
  it('names the product of catalog and stock events, the order of order events, nothing for a SKU claim', () => {
    expect(changedEntities({ type: 'ProductRestocked', data: { productId: 'p', quantity: 1, at } })).toEqual({
      productId: 'p',
    });
    expect(
      changedEntities({ type: 'StockReserved', data: { productId: 'p', orderId: 'o', quantity: 1, at } }),
    ).toEqual({ productId: 'p' });
    expect(changedEntities({ type: 'OrderPaid', data: { orderId: 'o', amountCents: 5, at } })).toEqual({
      orderId: 'o',
    });
    expect(changedEntities({ type: 'SkuClaimed', data: { sku: 'S', productId: 'p', at } })).toEqual({});
  });

  it('changes nothing for a type the log holds that this code does not know', () => {
    expect(changedEntities({ type: 'BulkLoaded', data: { productId: 'p' } } as never)).toEqual({});
  });
});
