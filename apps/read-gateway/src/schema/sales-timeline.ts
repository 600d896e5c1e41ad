import { asSafeInt } from '@sluice/gateway';
import { badUserInput } from '../bad-user-input';
import { reachAtLeast } from '../at-least';
import { bucketCount, salesBuckets, type SalesBucketRow } from '../read-models/sales-timeline';
import { builder } from './builder';

/** The most buckets one answer holds: 41 days by the hour, 2.7 years by the day. */
export const MAX_BUCKETS = 1_000;

const BucketSizeEnum = builder.enumType('SalesBucketSize', {
  description: 'How long each bucket of a sales timeline is, in UTC.',
  values: { HOUR: { value: 1 }, DAY: { value: 24 } } as const,
});

const SalesBucketRef = builder.objectRef<SalesBucketRow>('SalesBucket').implement({
  description: [
    'The sales recorded in one bucket of time. A payment counts in its bucket; the cancellation of',
    'a paid order takes its units and revenue off in the bucket it was cancelled in, as a refund is',
    'booked: over all buckets, the figures add up to salesStats.',
  ].join(' '),
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime' }),
    end: t.expose('end', { type: 'DateTime', description: 'The start of the next bucket.' }),
    ordersPlaced: t.exposeInt('ordersPlaced'),
    ordersPaid: t.exposeInt('ordersPaid'),
    ordersCancelled: t.exposeInt('ordersCancelled'),
    unitsSold: t.exposeInt('unitsSold', {
      description: 'Units paid for, less those refunded: may be negative.',
    }),
    revenue: t.expose('revenueCents', {
      type: 'Cents',
      description: 'Payments less refunds, exact at any size.',
    }),
    revenueCents: t.field({
      type: 'SafeInt',
      description: 'Payments less refunds while within 2^53 cents (AMOUNT_TOO_LARGE beyond).',
      resolve: (bucket) => asSafeInt(bucket.revenueCents, 'revenue'),
    }),
  }),
});

builder.queryField('salesTimeline', (t) =>
  t.field({
    type: [SalesBucketRef],
    description: [
      `Sales per hour or per day (UTC) from the bucket holding from up to to, at most ${MAX_BUCKETS}`,
      'buckets, with zeros where nothing sold: for analysts and operators.',
    ].join(' '),
    authScopes: { analyst: true, operator: true },
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
      bucket: t.arg({ type: BucketSizeEnum, defaultValue: 1 }),
      atLeast: t.arg({ type: 'Position' }),
    },
    resolve: async (_root, args, context) => {
      const hours = args.bucket ?? 1;
      if (args.to <= args.from) throw badUserInput('to must be later than from.');
      if (bucketCount(args.from, args.to, hours) > MAX_BUCKETS)
        throw badUserInput(
          `A timeline holds at most ${MAX_BUCKETS} buckets: narrow from and to, or use DAY.`,
        );
      await reachAtLeast(context, args.atLeast);
      return salesBuckets(context.db, args.from, args.to, hours);
    },
  }),
);
