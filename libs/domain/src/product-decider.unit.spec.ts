import { describe, it } from 'vitest';
import { changeProductPrice, discontinueProduct, restockProduct } from './product-decider';
import { deciderSpec } from './testing/decider-spec';
import {
  LATER,
  PRODUCT_ID,
  productDiscontinued,
  productPriceChanged,
  productRegistered,
  productRestocked,
  stockReserved,
} from './testing/fixtures';

const registered = productRegistered({ priceCents: 1250, initialStock: 10 });
const MAX_STOCK = 2_147_483_647;

describe('changeProductPrice', () => {
  const given = deciderSpec({
    decide: changeProductPrice,
    load: (cmd, streams) => ({ product: streams.product(cmd.productId) }),
    subjectOf: (cmd) => cmd.productId,
  });
  const change = { productId: PRODUCT_ID, priceCents: 1500, at: LATER };

  it('changes the price, recording the previous one', () => {
    given({ [PRODUCT_ID]: [registered] })
      .when(change)
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 1,
          events: [
            {
              type: 'ProductPriceChanged',
              data: { productId: PRODUCT_ID, priceCents: 1500, previousPriceCents: 1250, at: LATER },
            },
          ],
        },
      ]);
  });

  it('records the latest price as the previous one', () => {
    given({ [PRODUCT_ID]: [registered, productPriceChanged({ priceCents: 990 })] })
      .when({ ...change, expectedVersion: 2 })
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 2,
          events: [productPriceChanged({ priceCents: 1500, previousPriceCents: 990 })],
        },
      ]);
  });

  it('accepts the current price and changes nothing', () => {
    given({ [PRODUCT_ID]: [registered] })
      .when({ ...change, priceCents: 1250 })
      .then([]);
  });

  it('fails with NotFoundError when the product does not exist', () => {
    given({}).when(change).thenError({ kind: 'NotFoundError', id: PRODUCT_ID });
  });

  it('looks for the product before checking the expected version', () => {
    given({})
      .when({ ...change, expectedVersion: 4 })
      .thenError({ kind: 'NotFoundError', id: PRODUCT_ID });
  });

  it('fails with ConcurrencyError when the product is not at the expected version', () => {
    given({ [PRODUCT_ID]: [registered, productRestocked()] })
      .when({ ...change, expectedVersion: 1 })
      .thenError({ kind: 'ConcurrencyError', expectedVersion: 1, actualVersion: 2 });
  });

  it('skips the version check when no version is expected', () => {
    given({ [PRODUCT_ID]: [registered, productRestocked()] })
      .when({ ...change, expectedVersion: null })
      .then([{ streamId: PRODUCT_ID, expectedVersion: 2, events: [productPriceChanged()] }]);
  });

  it('fails with ProductDiscontinuedError once the product is discontinued, even at its current price', () => {
    given({ [PRODUCT_ID]: [registered, productDiscontinued()] })
      .when({ ...change, priceCents: 1250 })
      .thenError({ kind: 'ProductDiscontinuedError', productId: PRODUCT_ID });
  });

  it('checks the expected version before the product rules', () => {
    given({ [PRODUCT_ID]: [registered, productDiscontinued()] })
      .when({ ...change, expectedVersion: 1 })
      .thenError({ kind: 'ConcurrencyError', expectedVersion: 1, actualVersion: 2 });
  });

  it('reports every invalid field at once, before looking for the product', () => {
    given({})
      .when({ productId: 'p'.repeat(201), priceCents: 12.5, expectedVersion: -1, at: LATER })
      .thenError({
        kind: 'ValidationError',
        fields: [
          { field: 'productId', message: 'The product id must be 1 to 200 characters long.' },
          { field: 'priceCents', message: 'The price must be a whole number of cents from 1 to 1000000000.' },
          { field: 'expectedVersion', message: 'The expected version must be a whole number of 0 or more.' },
        ],
      });
  });
});

describe('restockProduct', () => {
  const given = deciderSpec({
    decide: restockProduct,
    load: (cmd, streams) => ({ product: streams.product(cmd.productId) }),
    subjectOf: (cmd) => cmd.productId,
  });
  const restock = { productId: PRODUCT_ID, quantity: 5, at: LATER };

  it('adds the quantity to the stock', () => {
    given({ [PRODUCT_ID]: [registered, stockReserved()] })
      .when(restock)
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 2,
          events: [{ type: 'ProductRestocked', data: { productId: PRODUCT_ID, quantity: 5, at: LATER } }],
        },
      ]);
  });

  it('fails with NotFoundError when the product does not exist', () => {
    given({}).when(restock).thenError({ kind: 'NotFoundError', id: PRODUCT_ID });
  });

  it('fails with ConcurrencyError when the product is not at the expected version', () => {
    given({ [PRODUCT_ID]: [registered] })
      .when({ ...restock, expectedVersion: 0 })
      .thenError({ kind: 'ConcurrencyError', expectedVersion: 0, actualVersion: 1 });
  });

  it('restocks at the expected version', () => {
    given({ [PRODUCT_ID]: [registered] })
      .when({ ...restock, expectedVersion: 1 })
      .then([{ streamId: PRODUCT_ID, expectedVersion: 1, events: [productRestocked()] }]);
  });

  it('fails with ProductDiscontinuedError once the product is discontinued', () => {
    given({ [PRODUCT_ID]: [registered, productDiscontinued()] })
      .when(restock)
      .thenError({ kind: 'ProductDiscontinuedError', productId: PRODUCT_ID });
  });

  it('checks the expected version before the product rules', () => {
    given({ [PRODUCT_ID]: [registered, productDiscontinued()] })
      .when({ ...restock, expectedVersion: 1 })
      .thenError({ kind: 'ConcurrencyError', expectedVersion: 1, actualVersion: 2 });
  });

  it('fills the stock up to the largest 32-bit integer', () => {
    given({ [PRODUCT_ID]: [productRegistered({ initialStock: MAX_STOCK - 5 })] })
      .when(restock)
      .then([{ streamId: PRODUCT_ID, expectedVersion: 1, events: [productRestocked()] }]);
  });

  it('fails with ValidationError on quantity when the stock would pass the largest 32-bit integer', () => {
    given({ [PRODUCT_ID]: [productRegistered({ initialStock: MAX_STOCK - 4 })] })
      .when(restock)
      .thenError({
        kind: 'ValidationError',
        fields: [
          {
            field: 'quantity',
            message: 'Restocking 5 would bring the stock to 2147483648, above the maximum of 2147483647.',
          },
        ],
      });
  });

  it.each([0, -3, 2.5, MAX_STOCK + 1])('rejects the quantity %s', (quantity) => {
    given({ [PRODUCT_ID]: [registered] })
      .when({ ...restock, quantity })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'quantity' }] });
  });

  it('reports every invalid field at once', () => {
    given({})
      .when({ productId: '', quantity: 0, expectedVersion: 0.5, at: LATER })
      .thenError({
        kind: 'ValidationError',
        fields: [{ field: 'productId' }, { field: 'quantity' }, { field: 'expectedVersion' }],
      });
  });
});

describe('discontinueProduct', () => {
  const given = deciderSpec({
    decide: discontinueProduct,
    load: (cmd, streams) => ({ product: streams.product(cmd.productId) }),
    subjectOf: (cmd) => cmd.productId,
  });
  const discontinue = { productId: PRODUCT_ID, at: LATER };

  it('discontinues the product', () => {
    given({ [PRODUCT_ID]: [registered] })
      .when(discontinue)
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 1,
          events: [{ type: 'ProductDiscontinued', data: { productId: PRODUCT_ID, at: LATER } }],
        },
      ]);
  });

  it('accepts a discontinued product and changes nothing', () => {
    given({ [PRODUCT_ID]: [registered, productDiscontinued()] })
      .when(discontinue)
      .then([]);
  });

  it('fails with NotFoundError when the product does not exist', () => {
    given({}).when(discontinue).thenError({ kind: 'NotFoundError', id: PRODUCT_ID });
  });

  it('fails with ConcurrencyError when the product is not at the expected version, even if discontinued', () => {
    given({ [PRODUCT_ID]: [registered, productDiscontinued()] })
      .when({ ...discontinue, expectedVersion: 1 })
      .thenError({ kind: 'ConcurrencyError', expectedVersion: 1, actualVersion: 2 });
  });

  it('reports every invalid field at once', () => {
    given({ [PRODUCT_ID]: [registered] })
      .when({ productId: '', expectedVersion: -2, at: LATER })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'productId' }, { field: 'expectedVersion' }] });
  });
});
