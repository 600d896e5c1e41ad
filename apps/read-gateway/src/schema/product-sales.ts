import type { ProductSalesRow } from '../read-models/rows';
import { asSafeInt } from '@sluice/gateway';
import { builder } from './builder';
import { ProductRef } from './product';

export const ProductSalesRef = builder.objectRef<ProductSalesRow>('ProductSales').implement({
  description: 'Sales of one product over orders that were paid and not cancelled afterwards.',
  fields: (t) => ({
    product: t.field({
      type: ProductRef,
      resolve: async (sales, _args, context) => {
        const product = await context.loaders.product.load(sales.productId);
        // Both read models move in one transaction, so a sale without its product is a bug.
        if (product === null) throw new Error(`product ${sales.productId} has sales but no row`);
        return product;
      },
    }),
    unitsSold: t.exposeInt('unitsSold'),
    revenueCents: t.field({
      type: 'SafeInt',
      description: 'While below 2^53 cents (AMOUNT_TOO_LARGE beyond): `revenue` is exact at any size.',
      resolve: (sales) => asSafeInt(sales.revenueCents, 'revenue'),
    }),
    revenue: t.expose('revenueCents', { type: 'Cents', description: 'Exact at any size.' }),
  }),
});
