import type { SalesBucketSize } from '../generated/read/graphql';

/** The spans the revenue chart offers: the last 48 hours by the hour, the last 30 days by the day. */
export type SalesRange = 'hours' | 'days';

const HOUR = 3_600_000;

export const salesRanges: Readonly<
  Record<SalesRange, { label: string; bucket: SalesBucketSize; buckets: number; bucketMs: number }>
> = {
  hours: { label: 'Last 48 hours', bucket: 'HOUR', buckets: 48, bucketMs: HOUR },
  days: { label: 'Last 30 days', bucket: 'DAY', buckets: 30, bucketMs: 24 * HOUR },
};

/**
 * What to ask salesTimeline for at `now`: the gateway answers from the bucket holding `from` to the
 * one holding `to`, so `from` lies as many buckets back as the range holds, less the current one.
 */
export function rangeWindow(range: SalesRange, now: Date) {
  const { bucket, buckets, bucketMs } = salesRanges[range];
  return {
    from: new Date(now.getTime() - (buckets - 1) * bucketMs).toISOString(),
    to: now.toISOString(),
    bucket,
  };
}

/**
 * How long until the range's next bucket opens at `now`: the chart reads again then, so a quiet
 * shop's chart still moves on to the new hour or day. UTC days and hours both start on a multiple
 * of their length since the epoch.
 */
export function msUntilNextBucket(range: SalesRange, now: Date): number {
  const { bucketMs } = salesRanges[range];
  return bucketMs - (now.getTime() % bucketMs);
}
