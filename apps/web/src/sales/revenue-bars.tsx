import type { SalesBucketSize } from '../generated/read/graphql';
import { formatExactCents } from '../components/money';
import { bucketName, bucketTick, tickEvery } from './bucket-label';
import { revenueScale } from './revenue-scale';
import type { SalesBucket } from './use-sales-timeline';

const width = 720;
const plotHeight = 130;
const left = 72;
const top = 8;
const bottom = 36;

/** Revenue per bucket as columns over a labelled axis; each column names its bucket and amount. */
export function RevenueBars(props: { buckets: readonly SalesBucket[]; size: SalesBucketSize }) {
  const { buckets, size } = props;
  const revenues = buckets.map((bucket) => BigInt(bucket.revenue));
  const scale = revenueScale(revenues, plotHeight);
  const plotWidth = width - left - 8;
  const slot = plotWidth / Math.max(buckets.length, 1);
  const zero = top + scale.y(0n);
  const every = tickEvery(buckets.length);
  const unit = size === 'HOUR' ? 'hour' : 'day';
  return (
    <svg
      className="chart revenue-chart"
      viewBox={`0 0 ${width} ${top + plotHeight + bottom}`}
      role="img"
      aria-label={`Revenue per ${unit}`}
    >
      {scale.ticks.map((tick) => (
        <g key={tick.toString()} className="chart-grid">
          <line x1={left} x2={width - 8} y1={top + scale.y(tick)} y2={top + scale.y(tick)} />
          <text x={left - 6} y={top + scale.y(tick) + 4} textAnchor="end" className="chart-value">
            {formatExactCents(tick)}
          </text>
        </g>
      ))}
      {buckets.map((bucket, index) => {
        const revenue = revenues[index] ?? 0n;
        const y = top + scale.y(revenue);
        const x = left + index * slot;
        return (
          <g key={bucket.start} data-bucket-start={bucket.start} data-revenue={bucket.revenue}>
            <title>{`${bucketName(bucket, size)}: ${formatExactCents(revenue)}, ${bucket.ordersPaid} paid`}</title>
            <rect x={x} y={top} width={slot} height={plotHeight} className="chart-hit" />
            <rect
              x={x + slot * 0.15}
              y={Math.min(y, zero)}
              width={slot * 0.7}
              height={Math.abs(zero - y)}
              className={revenue < 0n ? 'chart-bar chart-bar-negative' : 'chart-bar'}
            />
            {index % every === 0 && (
              <text x={x + slot / 2} y={top + plotHeight + 14} textAnchor="middle" className="chart-value">
                {bucketTick(bucket.start, size)}
              </text>
            )}
          </g>
        );
      })}
      <line x1={left} x2={width - 8} y1={zero} y2={zero} className="chart-axis" />
      <text x={left + plotWidth / 2} y={top + plotHeight + 32} textAnchor="middle" className="chart-label">
        {size === 'HOUR' ? 'Hour (UTC)' : 'Day (UTC)'}
      </text>
      <text
        x={12}
        y={top + plotHeight / 2}
        textAnchor="middle"
        className="chart-label"
        transform={`rotate(-90 12 ${top + plotHeight / 2})`}
      >
        Revenue
      </text>
    </svg>
  );
}
