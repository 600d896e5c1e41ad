import { describe, expect, it } from 'vitest';
import { Cart } from './cart';

describe('Cart', () => {
  it('keeps one line per product, adding to its quantity', () => {
    const cart = new Cart();
    cart.add('mug');
    cart.add('lamp', 2);
    cart.add('mug');
    expect(cart.current).toEqual([
      { productId: 'mug', quantity: 2 },
      { productId: 'lamp', quantity: 2 },
    ]);
  });

  it('sets, removes and clears lines', () => {
    const cart = new Cart();
    cart.add('mug');
    cart.add('lamp');
    cart.setQuantity('lamp', 0);
    expect(cart.current).toEqual([
      { productId: 'mug', quantity: 1 },
      { productId: 'lamp', quantity: 0 },
    ]);
    cart.remove('mug');
    expect(cart.current).toEqual([{ productId: 'lamp', quantity: 0 }]);
    cart.clear();
    expect(cart.current).toEqual([]);
  });
});
