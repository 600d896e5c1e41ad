import { describe, expect, it } from 'vitest';
import { registerProduct } from './register-product';
import { MAX_PRICE_CENTS } from './validation';
import { deciderSpec } from './testing/decider-spec';
import { eventStreams } from './testing/event-streams';
import { AT, PRODUCT_ID, productRegistered, SKU, SKU_STREAM_ID, skuClaimed } from './testing/fixtures';

const registered = productRegistered({ priceCents: 1250, initialStock: 10 });
const MAX_STOCK = 2_147_483_647;

describe('registerProduct', () => {
  const given = deciderSpec({
    decide: registerProduct,
    load: (cmd, streams) => ({ product: streams.product(cmd.productId), sku: streams.sku(cmd.sku) }),
    subjectOf: (cmd) => cmd.productId,
  });
  const register = {
    productId: PRODUCT_ID,
    sku: SKU,
    name: 'Widget',
    priceCents: 1250,
    initialStock: 10,
    category: 'Tools',
    at: AT,
  };

  it('registers the product, then claims its SKU', () => {
    given({})
      .when(register)
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 0,
          events: [
            {
              type: 'ProductRegistered',
              data: {
                productId: PRODUCT_ID,
                sku: SKU,
                name: 'Widget',
                priceCents: 1250,
                initialStock: 10,
                category: 'Tools',
                at: AT,
              },
            },
          ],
        },
        {
          streamId: 'sku:WIDGET-1',
          expectedVersion: 0,
          events: [{ type: 'SkuClaimed', data: { sku: SKU, productId: PRODUCT_ID, at: AT } }],
        },
      ]);
  });

  it.each([undefined, null])('starts with no stock when the initial stock is %s', (initialStock) => {
    given({})
      .when({ ...register, initialStock })
      .then([
        { streamId: PRODUCT_ID, expectedVersion: 0, events: [productRegistered({ initialStock: 0 })] },
        { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
      ]);
  });

  it('stores the name trimmed', () => {
    given({})
      .when({ ...register, name: '  Blue widget \n' })
      .then([
        { streamId: PRODUCT_ID, expectedVersion: 0, events: [productRegistered({ name: 'Blue widget' })] },
        { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
      ]);
  });

  it('accepts a command carrying more than it needs', () => {
    const input = { ...register, commandId: 'command-1', position: 12n };
    given({})
      .when(input)
      .then([
        { streamId: PRODUCT_ID, expectedVersion: 0, events: [productRegistered()] },
        { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
      ]);
  });

  it('fails with DuplicateSkuError when another product holds the SKU', () => {
    given({ [SKU_STREAM_ID]: [skuClaimed({ productId: 'product-0' })] })
      .when(register)
      .thenError({ kind: 'DuplicateSkuError', sku: SKU });
  });

  it('reports every invalid field at once, in input order', () => {
    given({})
      .when({ productId: '', sku: 'widget', name: '   ', priceCents: 0, initialStock: -1, at: AT })
      .thenError({
        kind: 'ValidationError',
        message: 'The input is invalid.',
        fields: [
          { field: 'productId' },
          { field: 'sku', message: "The SKU must be 1 to 64 characters of A-Z, 0-9 and '-'." },
          { field: 'name', message: /^The name must be 1 to 200 characters/ },
          { field: 'priceCents' },
          { field: 'initialStock' },
        ],
      });
  });

  it('validates the input before looking at the SKU', () => {
    given({ [SKU_STREAM_ID]: [skuClaimed({ productId: 'product-0' })] })
      .when({ ...register, priceCents: -1 })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'priceCents' }] });
  });

  it.each(['A', '0', 'A'.repeat(64), 'WIDGET-1', '-', 'X-1-2-3'])('accepts the SKU %s', (sku) => {
    given({})
      .when({ ...register, sku })
      .then([
        { streamId: PRODUCT_ID, expectedVersion: 0, events: [productRegistered({ sku })] },
        { streamId: `sku:${sku}`, expectedVersion: 0, events: [skuClaimed({ sku })] },
      ]);
  });

  it.each(['', 'widget-1', 'A'.repeat(65), 'WIDGET_1', 'WIDGET 1', 'ÄPFEL', ' WIDGET'])(
    'rejects the SKU "%s"',
    (sku) => {
      given({})
        .when({ ...register, sku })
        .thenError({ kind: 'ValidationError', fields: [{ field: 'sku' }] });
    },
  );

  it.each(['', ' \t ', 'x'.repeat(201), ` ${'x'.repeat(201)} `])('rejects the name "%s"', (name) => {
    given({})
      .when({ ...register, name })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'name' }] });
  });

  it.each(['x'.repeat(200), `  ${'x'.repeat(200)}  `, '🧱'.repeat(200)])(
    'accepts a name of 200 characters',
    (name) => {
      given({})
        .when({ ...register, name })
        .then([
          { streamId: PRODUCT_ID, expectedVersion: 0, events: [productRegistered({ name: name.trim() })] },
          { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
        ]);
    },
  );

  it.each([0, -1, 1.5, MAX_PRICE_CENTS + 1, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Infinity])(
    'rejects the price %s',
    (priceCents) => {
      given({})
        .when({ ...register, priceCents })
        .thenError({ kind: 'ValidationError', fields: [{ field: 'priceCents' }] });
    },
  );

  it.each([undefined, null, '', '   '])(
    'files the product under "Uncategorized" when the category is %j',
    (category) => {
      given({})
        .when({ ...register, category })
        .then([
          {
            streamId: PRODUCT_ID,
            expectedVersion: 0,
            events: [productRegistered({ category: 'Uncategorized' })],
          },
          { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
        ]);
    },
  );

  it('keeps the category without surrounding spaces, and refuses one over 60 characters', () => {
    given({})
      .when({ ...register, category: '  Garden tools ' })
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 0,
          events: [productRegistered({ category: 'Garden tools' })],
        },
        { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
      ]);
    given({})
      .when({ ...register, category: 'x'.repeat(61) })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'category' }] });
  });

  it.each([-1, 0.5, MAX_STOCK + 1])('rejects the initial stock %s', (initialStock) => {
    given({})
      .when({ ...register, initialStock })
      .thenError({ kind: 'ValidationError', fields: [{ field: 'initialStock' }] });
  });

  it('accepts the largest price and stock', () => {
    const cmd = { ...register, priceCents: MAX_PRICE_CENTS, initialStock: MAX_STOCK };
    given({})
      .when(cmd)
      .then([
        {
          streamId: PRODUCT_ID,
          expectedVersion: 0,
          events: [productRegistered({ priceCents: MAX_PRICE_CENTS, initialStock: MAX_STOCK })],
        },
        { streamId: SKU_STREAM_ID, expectedVersion: 0, events: [skuClaimed()] },
      ]);
  });

  it('throws rather than register over an existing product: a new product needs a fresh id', () => {
    const streams = eventStreams({ [PRODUCT_ID]: [registered] });
    expect(() =>
      registerProduct(
        { ...register, sku: 'OTHER-1' },
        { product: streams.product(PRODUCT_ID), sku: streams.sku('OTHER-1') },
      ),
    ).toThrow(`Product ${PRODUCT_ID} already exists`);
  });
});
