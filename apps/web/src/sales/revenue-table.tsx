import type { SalesBucketSize } from '../generated/read/graphql';
import { formatExactCents } from '../components/money';
import { bucketName } from './bucket-label';
import type { SalesBucket } from './use-sales-timeline';

/** The chart's figures as a table, for screen readers: it is hidden from the eye only. */
export function RevenueTable(props: { buckets: readonly SalesBucket[]; size: SalesBucketSize }) {
  const { buckets, size } = props;
  return (
    <table className="visually-hidden" aria-label={`Revenue per ${size === 'HOUR' ? 'hour' : 'day'}`}>
      <thead>
        <tr>
          <th scope="col">{size === 'HOUR' ? 'Hour' : 'Day'}</th>
          <th scope="col">Revenue</th>
          <th scope="col">Paid orders</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((bucket) => (
          <tr key={bucket.start} data-bucket-start={bucket.start} data-revenue={bucket.revenue}>
            <th scope="row">{bucketName(bucket, size)}</th>
            <td data-cell="revenue">{formatExactCents(bucket.revenue)}</td>
            <td data-cell="paid">{bucket.ordersPaid}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
