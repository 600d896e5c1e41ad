import { reachAtLeast } from '../at-least';
import { boundedSize } from '../connection/bounded-size';
import type { SalesStatsRow } from '../read-models/rows';
import { currentSalesStats, topProductSales } from '../read-models/sales';
import { asSafeInt } from '@sluice/gateway';
import { salesStatsAsOf, topProductSalesAsOf } from '../read-models/sales-history';
import { AsOfRef, pastPointOf } from './as-of';
import { builder } from './builder';
import { ProductSalesRef } from './product-sales';

/** The id of the one set of sales figures, so a normalizing cache keeps them as one entity. */
export const salesStatsId = 'sales-stats';

export const SalesStatsRef = builder.objectRef<SalesStatsRow>('SalesStats').implement({
  description: 'Each counter counts the orders that ever reached that status.',
  fields: (t) => ({
    id: t.id({
      description: `Always "${salesStatsId}": the sales figures are one entity, which every answer and push brings up to date.`,
      resolve: () => salesStatsId,
    }),
    ordersPlaced: t.exposeInt('ordersPlaced'),
    ordersPaid: t.exposeInt('ordersPaid'),
    ordersShipped: t.exposeInt('ordersShipped'),
    ordersCancelled: t.exposeInt('ordersCancelled'),
    revenueCents: t.field({
      type: 'SafeInt',
      description:
        'Payments of orders that were not cancelled afterwards, while below 2^53 cents (AMOUNT_TOO_LARGE beyond): `revenue` is exact at any size.',
      resolve: (stats) => asSafeInt(stats.revenueCents, 'revenue'),
    }),
    revenue: t.expose('revenueCents', {
      type: 'Cents',
      description: 'Payments of orders that were not cancelled afterwards, exact at any size.',
    }),
    topProducts: t.field({
      type: [ProductSalesRef],
      description: 'Best sellers by units sold, then revenue; limit is 5 when left out, at most 100.',
      args: { limit: t.arg.int() },
      resolve: (stats, args, context) => {
        const limit = boundedSize(args.limit, 'limit', 5);
        return stats.asOf
          ? topProductSalesAsOf(context.db, stats.asOf, limit)
          : topProductSales(context.db, limit);
      },
    }),
    position: t.expose('position', { type: 'Position' }),
  }),
});

builder.queryField('salesStats', (t) =>
  t.field({
    type: SalesStatsRef,
    description: [
      'The sales figures: for analysts and operators. With asOf, the figures as they were then,',
      'best sellers included, from the history the sales projection keeps.',
    ].join(' '),
    authScopes: { analyst: true, operator: true },
    args: { atLeast: t.arg({ type: 'Position' }), asOf: t.arg({ type: AsOfRef }) },
    resolve: async (_root, args, context) => {
      await reachAtLeast(context, args.atLeast);
      const point = pastPointOf(args.asOf);
      return point
        ? { ...(await salesStatsAsOf(context.db, point)), asOf: point }
        : currentSalesStats(context.db);
    },
  }),
);

builder.subscriptionField('salesStatsChanged', (t) =>
  t.field({
    type: SalesStatsRef,
    description: 'The new totals after each change: for analysts and operators.',
    authScopes: { analyst: true, operator: true },
    subscribe: (_root, _args, context) => context.feed.salesStatsChanged(context.transport),
    resolve: (row, _args, context) => {
      // One context serves the whole subscription: each change is read afresh.
      context.loaders.forget();
      return row;
    },
  }),
);
