import {
  AT,
  LATER,
  OTHER_PRODUCT_ID,
  PRODUCT_ID,
  productDiscontinued,
  productPriceChanged,
  productRegistered,
  productRestocked,
  skuClaimed,
  stockReleased,
  stockReserved,
} from '@sluice/domain/testing/fixtures';
import { describe, it } from 'vitest';
import { productsProjection } from './products-projection';
import { projectionSpec } from './test-support/projection-spec';

const given = projectionSpec(productsProjection);
const at = (iso: string) => iso.replace('.000Z', '+00:00');

describe('the products projection', () => {
  it('lists a registered product with its price and its stock', () =>
    given()
      .when(skuClaimed(), productRegistered())
      .then({
        products: [
          {
            id: PRODUCT_ID,
            sku: 'WIDGET-1',
            name: 'Widget',
            price_cents: 1250,
            stock: 10,
            discontinued: false,
            version: 1,
            position: 2,
            created_position: 2,
            created_at: at(AT),
            updated_at: at(AT),
          },
        ],
      }));

  it('moves the stock with restocks, reservations and releases, and the version and position with each', () =>
    given(productRegistered(), productRestocked({ quantity: 5 }))
      .when(stockReserved({ quantity: 4 }), stockReleased({ quantity: 1 }))
      .then({
        products: [{ stock: 12, version: 4, position: 4, created_position: 1, updated_at: at(LATER) }],
      }));

  it('takes a new price and a discontinuation', () =>
    given(productRegistered())
      .when(productPriceChanged({ priceCents: 1999 }), productDiscontinued())
      .then({ products: [{ price_cents: 1999, discontinued: true, version: 3, position: 3 }] }));

  it('keeps each product to its own row', () =>
    given(
      productRegistered(),
      productRegistered({ productId: OTHER_PRODUCT_ID, sku: 'GADGET-2', initialStock: 3 }),
    )
      .when(productRestocked({ productId: OTHER_PRODUCT_ID, quantity: 2 }))
      .then({
        products: [
          { id: PRODUCT_ID, stock: 10 },
          { id: OTHER_PRODUCT_ID, stock: 5, position: 3 },
        ],
      }));

  it('changes nothing for a product it never saw registered', () =>
    given(productRegistered())
      .when(productRestocked({ productId: 'product-unknown' }))
      .then({ products: [{ stock: 10 }] }));
});
