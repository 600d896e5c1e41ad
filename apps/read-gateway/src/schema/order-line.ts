import type { orderLinesOf } from '@sluice/projections';
import { builder } from './builder';
import { ProductRef } from './product';

export type OrderLine = ReturnType<typeof orderLinesOf>[number];

export const OrderLineRef = builder.objectRef<OrderLine>('OrderLine').implement({
  fields: (t) => ({
    productId: t.exposeID('productId'),
    product: t.field({
      type: ProductRef,
      nullable: true,
      resolve: (line, _args, context) => context.loaders.product.load(line.productId),
    }),
    quantity: t.exposeInt('quantity'),
    unitPriceCents: t.expose('unitPriceCents', {
      type: 'SafeInt',
      description: 'The price when the order was placed.',
    }),
    lineTotalCents: t.field({
      type: 'SafeInt',
      resolve: (line) => line.quantity * line.unitPriceCents,
    }),
  }),
});
