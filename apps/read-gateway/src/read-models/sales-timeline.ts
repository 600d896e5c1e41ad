import { salesTimeline, type Db } from '@sluice/projections';
import { and, gte, lt, sql } from 'drizzle-orm';

/** The sales of one bucket of time. */
export interface SalesBucketRow {
  start: Date;
  end: Date;
  ordersPlaced: number;
  ordersPaid: number;
  ordersCancelled: number;
  unitsSold: number;
  revenueCents: bigint;
}

const HOUR_MS = 3_600_000;

/**
 * Every bucket of `hoursPerBucket` hours (UTC) from the one holding `from` up to `to`, with the
 * sales recorded in it: zeros where there were none, so that a chart's axis has no holes.
 */
export async function salesBuckets(
  db: Db,
  from: Date,
  to: Date,
  hoursPerBucket: number,
): Promise<SalesBucketRow[]> {
  const { firstBucket, endBucket } = bucketRange(from, to, hoursPerBucket);
  if (!Number.isSafeInteger(hoursPerBucket) || hoursPerBucket < 1) throw new RangeError('hours per bucket');
  // Written into the text, not bound: GROUP BY must see the very expression the SELECT has.
  const bucket = sql<number>`floor(${salesTimeline.epochHour}::numeric / ${sql.raw(String(hoursPerBucket))})::bigint`;
  const rows = await db
    .select({
      bucket: sql<string>`${bucket}::text`,
      ordersPlaced: sql<string>`sum(${salesTimeline.ordersPlaced})::text`,
      ordersPaid: sql<string>`sum(${salesTimeline.ordersPaid})::text`,
      ordersCancelled: sql<string>`sum(${salesTimeline.ordersCancelled})::text`,
      unitsSold: sql<string>`sum(${salesTimeline.unitsSold})::text`,
      revenueCents: sql<string>`sum(${salesTimeline.revenueCents})::text`,
    })
    .from(salesTimeline)
    .where(
      and(
        gte(salesTimeline.epochHour, firstBucket * hoursPerBucket),
        lt(salesTimeline.epochHour, endBucket * hoursPerBucket),
      ),
    )
    .groupBy(bucket);
  const byBucket = new Map(rows.map((row) => [Number(row.bucket), row]));
  const buckets: SalesBucketRow[] = [];
  for (let index = firstBucket; index < endBucket; index++) {
    const row = byBucket.get(index);
    buckets.push({
      start: new Date(index * hoursPerBucket * HOUR_MS),
      end: new Date((index + 1) * hoursPerBucket * HOUR_MS),
      ordersPlaced: Number(row?.ordersPlaced ?? 0),
      ordersPaid: Number(row?.ordersPaid ?? 0),
      ordersCancelled: Number(row?.ordersCancelled ?? 0),
      unitsSold: Number(row?.unitsSold ?? 0),
      revenueCents: BigInt(row?.revenueCents ?? 0),
    });
  }
  return buckets;
}

/** The buckets, counted from 1970, from the one holding `from` up to (not with) the first after `to`. */
function bucketRange(
  from: Date,
  to: Date,
  hoursPerBucket: number,
): { firstBucket: number; endBucket: number } {
  return {
    firstBucket: Math.floor(from.getTime() / HOUR_MS / hoursPerBucket),
    endBucket: Math.ceil(to.getTime() / HOUR_MS / hoursPerBucket),
  };
}

/** How many buckets `salesBuckets` would answer for the range. */
export function bucketCount(from: Date, to: Date, hoursPerBucket: number): number {
  const { firstBucket, endBucket } = bucketRange(from, to, hoursPerBucket);
  return endBucket - firstBucket;
}
