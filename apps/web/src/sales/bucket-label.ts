import type { SalesBucketSize } from '../generated/read/graphql';

// Buckets are UTC hours and days: labelled in UTC, so a day's bar is that day wherever one reads it.
const hour = new Intl.DateTimeFormat('en-US', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});
const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Under a bar: "14:00" for an hour, "Nov 27" for a day. */
export function bucketTick(start: string, size: SalesBucketSize): string {
  return (size === 'HOUR' ? hour : day).format(new Date(start));
}

/** A bucket in full: "Nov 27, 14:00–15:00 UTC" or "Nov 27 UTC". */
export function bucketName(bucket: { start: string; end: string }, size: SalesBucketSize): string {
  if (size === 'DAY') return `${bucketTick(bucket.start, 'DAY')} UTC`;
  const { start, end } = bucket;
  return `${bucketTick(start, 'DAY')}, ${bucketTick(start, 'HOUR')}–${bucketTick(end, 'HOUR')} UTC`;
}

/** Labels every how many bars, so at most `most` fit under the axis. */
export function tickEvery(bars: number, most = 8): number {
  return Math.max(1, Math.ceil(bars / most));
}
