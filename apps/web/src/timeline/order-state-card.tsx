import { formatCents } from '../components/money';
import type { Order } from '../live/dashboard-store';

const when = (at: string) => <time dateTime={at}>{new Date(at).toLocaleString()}</time>;

/** What an order's state comes to: its status, lines and total, and when it moved. */
export function OrderStateCard({ order }: { order: Order }) {
  return (
    <dl className="state-card">
      <dt>Status</dt>
      <dd data-cell="status">
        <span className={`badge badge-${order.status.toLowerCase()}`}>{order.status}</span>
      </dd>
      <dt>Customer</dt>
      <dd data-cell="customer">{order.customerId}</dd>
      <dt>Lines</dt>
      <dd data-cell="lines">
        {order.lines.map((line) => `${line.quantity} × ${line.product?.name ?? line.productId}`).join(', ')}
      </dd>
      <dt>Total</dt>
      <dd data-cell="total">{formatCents(order.totalCents)}</dd>
      <dt>Placed</dt>
      <dd data-cell="placed-at">{when(order.placedAt)}</dd>
      {order.paidAt && (
        <>
          <dt>Paid</dt>
          <dd data-cell="paid-at">{when(order.paidAt)}</dd>
        </>
      )}
      {order.shippedAt && (
        <>
          <dt>Shipped</dt>
          <dd data-cell="shipped-at">{when(order.shippedAt)}</dd>
        </>
      )}
      {order.cancelledAt && (
        <>
          <dt>Cancelled</dt>
          <dd data-cell="cancelled-at">
            {when(order.cancelledAt)}
            {order.cancelReason && `: ${order.cancelReason}`}
          </dd>
        </>
      )}
    </dl>
  );
}
