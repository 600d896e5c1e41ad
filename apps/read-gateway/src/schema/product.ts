import { reachAtLeast } from '../at-least';
import { connection } from '../connection/connection';
import { pageRequest } from '../connection/page-request';
import { productBySku, productList } from '../read-models/products';
import type { ProductSalesRow, ProductState } from '../read-models/rows';
import { productThen } from '../time-travel/entities-then';
import { AsOfRef, pastPointOf } from './as-of';
import { builder } from './builder';
import { connectionType } from './connection-type';
import type { ReadContext } from './read-context';

/** The product's sales as of its state: those it had then for a past one, else those now. */
async function salesOf(
  product: ProductState,
  context: ReadContext,
): Promise<ProductSalesRow | null | undefined> {
  return product.pastSales !== undefined ? product.pastSales : context.loaders.productSales.load(product.id);
}

export const ProductRef = builder.objectRef<ProductState>('Product').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    sku: t.exposeString('sku'),
    name: t.exposeString('name'),
    priceCents: t.expose('priceCents', { type: 'SafeInt' }),
    stock: t.exposeInt('stock', { description: 'Units on hand that no open order has reserved.' }),
    unitsSold: t.int({
      description: 'Units in orders that were paid and not cancelled afterwards.',
      resolve: async (product, _args, context) => (await salesOf(product, context))?.unitsSold ?? 0,
    }),
    discontinued: t.exposeBoolean('discontinued'),
    category: t.exposeString('category', {
      description:
        'What the product is filed under: "Uncategorized" for products registered before categories.',
    }),
    version: t.exposeInt('version'),
    position: t.field({
      type: 'Position',
      description:
        "Position of the last event that changed this product, a sale moving unitsSold included: a newer state always has a higher one. (version counts only the product's own events.)",
      resolve: async (product, _args, context) => {
        const sold = product.salesPosition ?? (await salesOf(product, context))?.position ?? 0n;
        return sold > product.position ? sold : product.position;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ProductConnectionRef = connectionType('Product', ProductRef);

builder.queryFields((t) => ({
  product: t.field({
    authScopes: { public: true },
    type: ProductRef,
    nullable: true,
    description: [
      'The product now, or with asOf as it was then: folded from its own events, its units sold',
      'from the sales history. An answer as of the past has the same id as the product now: a',
      "normalizing client cache should keep it out of the cache (Apollo: fetchPolicy 'no-cache').",
    ].join(' '),
    args: {
      id: t.arg.id({ required: true }),
      atLeast: t.arg({ type: 'Position' }),
      asOf: t.arg({ type: AsOfRef }),
    },
    resolve: async (_root, args, context) => {
      await reachAtLeast(context, args.atLeast);
      const point = pastPointOf(args.asOf);
      if (point) return productThen(context, args.id, point);
      return context.loaders.product.load(args.id);
    },
  }),
  productBySku: t.field({
    authScopes: { public: true },
    type: ProductRef,
    nullable: true,
    args: { sku: t.arg.string({ required: true }), atLeast: t.arg({ type: 'Position' }) },
    resolve: async (_root, args, context) => {
      await reachAtLeast(context, args.atLeast);
      return productBySku(context.db, args.sku);
    },
  }),
  products: t.field({
    authScopes: { public: true },
    type: ProductConnectionRef,
    description: 'Newest first. search keeps products whose name or SKU contains it, case-insensitively.',
    args: {
      first: t.arg.int({ description: 'Page size: 20 when left out, at most 100.' }),
      after: t.arg.string(),
      search: t.arg.string(),
      includeDiscontinued: t.arg.boolean({ description: 'Discontinued products are left out unless true.' }),
      atLeast: t.arg({ type: 'Position' }),
    },
    resolve: async (_root, args, context) => {
      const page = pageRequest(args);
      await reachAtLeast(context, args.atLeast);
      return connection(page, productList(context.db, args));
    },
  }),
}));

builder.subscriptionField('productChanged', (t) =>
  t.field({
    type: ProductRef,
    description: "The product's new state after each change; every product when id is left out.",
    authScopes: { public: true },
    args: { id: t.arg.id() },
    subscribe: (_root, args, context) => context.feed.productChanged(args.id ?? undefined, context.transport),
    resolve: (row, _args, context) => {
      // One context serves the whole subscription: each change is read afresh.
      context.loaders.forget();
      return row;
    },
  }),
);
