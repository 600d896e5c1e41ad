import { describe, expect, it } from 'vitest';
import type { ProductEvent } from './events';
import { evolveProduct, initialProductState } from './product-state';
import {
  productDiscontinued,
  productPriceChanged,
  productRegistered,
  productRestocked,
  stockReleased,
  stockReserved,
} from './testing/fixtures';

const fold = (events: ProductEvent[]) => events.reduce(evolveProduct, initialProductState());

describe('evolveProduct', () => {
  it('starts from a product that does not exist', () => {
    expect(initialProductState()).toStrictEqual({
      exists: false,
      productId: '',
      sku: '',
      name: '',
      priceCents: 0,
      stock: 0,
      discontinued: false,
      category: '',
    });
  });

  it('takes everything from the registration, the initial stock as available stock', () => {
    expect(fold([productRegistered({ initialStock: 7 })])).toStrictEqual({
      exists: true,
      productId: 'product-1',
      sku: 'WIDGET-1',
      name: 'Widget',
      priceCents: 1250,
      stock: 7,
      discontinued: false,
      category: 'Tools',
    });
  });

  it('keeps the latest price', () => {
    const state = fold([
      productRegistered({ priceCents: 1250 }),
      productPriceChanged({ priceCents: 1500, previousPriceCents: 1250 }),
      productPriceChanged({ priceCents: 990, previousPriceCents: 1500 }),
    ]);
    expect(state.priceCents).toBe(990);
  });

  it('adds restocks and releases to the available stock and takes reservations from it', () => {
    const state = fold([
      productRegistered({ initialStock: 10 }),
      stockReserved({ quantity: 4 }),
      productRestocked({ quantity: 5 }),
      stockReserved({ orderId: 'order-2', quantity: 6 }),
      stockReleased({ quantity: 4 }),
    ]);
    expect(state.stock).toBe(10 - 4 + 5 - 6 + 4);
  });

  it('marks the product discontinued and keeps the rest', () => {
    expect(fold([productRegistered(), productDiscontinued()])).toStrictEqual({
      ...fold([productRegistered()]),
      discontinued: true,
    });
  });

  it('does not change the state it is given', () => {
    const state = Object.freeze(fold([productRegistered()]));
    expect(() => evolveProduct(state, stockReserved())).not.toThrow();
    expect(state.stock).toBe(10);
  });
});
