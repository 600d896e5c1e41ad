import { describe, expect, it } from 'vitest';
import { accessOf } from './access';

describe('accessOf', () => {
  it('gives an anonymous visitor the catalog only', () => {
    expect(accessOf([])).toEqual({
      operate: false,
      shop: false,
      orders: false,
      sales: false,
      events: false,
      productHistory: false,
      orderHistory: false,
    });
  });

  it('gives an operator everything, whatever else the token says', () => {
    expect(accessOf(['CUSTOMER', 'OPERATOR'])).toEqual({
      operate: true,
      shop: false,
      orders: true,
      sales: true,
      events: true,
      productHistory: true,
      orderHistory: true,
    });
  });

  it('gives a customer their shop and orders, an analyst the sales, and both to one who is both', () => {
    expect(accessOf(['CUSTOMER'])).toMatchObject({ shop: true, orders: true, sales: false, events: false });
    expect(accessOf(['ANALYST'])).toMatchObject({ shop: false, orders: false, sales: true, events: false });
    expect(accessOf(['ANALYST', 'CUSTOMER'])).toMatchObject({ shop: true, orders: true, sales: true });
  });

  it("offers a customer their orders' timelines but no product's, and an analyst none", () => {
    expect(accessOf(['CUSTOMER'])).toMatchObject({ productHistory: false, orderHistory: true });
    expect(accessOf(['ANALYST'])).toMatchObject({ productHistory: false, orderHistory: false });
  });
});
