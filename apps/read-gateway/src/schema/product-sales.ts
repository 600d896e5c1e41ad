import type { ProductSalesRow } from '../read-models/rows';
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
    revenueCents: t.expose('revenueCents', { type: 'SafeInt' }),
  }),
});
