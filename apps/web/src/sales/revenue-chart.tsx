import { useState } from 'react';
import { formatExactCents } from '../components/money';
import { RevenueBars } from './revenue-bars';
import { RevenueTable } from './revenue-table';
import { salesRanges, type SalesRange } from './sales-range';
import { useSalesTimeline } from './use-sales-timeline';

const ranges = Object.keys(salesRanges) as SalesRange[];

/** Revenue over the last hours or days, moving with every payment and refund. */
export function RevenueChart() {
  const [range, setRange] = useState<SalesRange>('hours');
  const { buckets, range: shown, loading, error } = useSalesTimeline(range);
  const size = shown && salesRanges[shown].bucket;
  const total = buckets.reduce((sum, bucket) => sum + BigInt(bucket.revenue), 0n);
  return (
    <div className="revenue" data-testid="revenue-chart" data-size={size} aria-busy={loading}>
      <div className="revenue-header">
        <h3>Revenue over time</h3>
        <fieldset className="segmented">
          <legend className="visually-hidden">Range</legend>
          {ranges.map((option) => (
            <label key={option} className={option === range ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name="revenue-range"
                value={option}
                checked={option === range}
                onChange={() => setRange(option)}
              />
              {salesRanges[option].label}
            </label>
          ))}
        </fieldset>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {shown && size && (
        <>
          <p className="sub">
            {salesRanges[shown].label}: <span data-testid="revenue-total">{formatExactCents(total)}</span>
          </p>
          <RevenueBars buckets={buckets} size={size} />
          <RevenueTable buckets={buckets} size={size} />
        </>
      )}
    </div>
  );
}
