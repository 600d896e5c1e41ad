import { CancelOrder, PayOrder, ShipOrder } from '../api/write-operations';
import { useAppServices } from '../app-services';
import { sendCommand } from '../commands/command-result';
import { showOrder } from '../commands/read-your-write';
import { useCommand } from '../commands/use-command';
import { formatCents } from '../components/money';
import { newCommandId } from '../components/new-command-id';
import type { Order } from '../live/dashboard-store';
import { TimelineButton } from '../timeline/timeline-button';

/**
 * An order moving PLACED → PAID → SHIPPED / CANCELLED. Operators pay, ship and cancel any order;
 * a customer pays and cancels their own until it ships. `onTimeline` opens its timeline.
 */
export function OrderRow(props: { order: Order; onTimeline: ((orderId: string) => void) | undefined }) {
  const { order, onTimeline } = props;
  const { api, store, access } = useAppServices();
  const command = useCommand();
  const show = ({ position }: { position: string }) =>
    showOrder(api, store, order.id, position, { sales: access.sales });
  const base = () => ({ commandId: newCommandId(), orderId: order.id });

  const pay = () =>
    command.run(
      () => sendCommand(api, PayOrder, { input: { ...base(), amountCents: order.totalCents } }),
      show,
    );
  const ship = () => command.run(() => sendCommand(api, ShipOrder, { input: base() }), show);
  const cancel = () =>
    command.run(
      () =>
        sendCommand(api, CancelOrder, {
          input: {
            ...base(),
            reason: access.operate ? 'Cancelled by operator' : 'Cancelled by the customer',
          },
        }),
      show,
    );

  const open = order.status === 'PLACED' || order.status === 'PAID';
  return (
    <li className="order" data-order-id={order.id} data-status={order.status}>
      <div className="order-main">
        <span className={`badge badge-${order.status.toLowerCase()}`}>{order.status}</span>
        <span className="order-id" title={order.id}>
          {onTimeline ? (
            <TimelineButton of={`order #${order.id.slice(0, 8)}`} onOpen={() => onTimeline(order.id)}>
              #{order.id.slice(0, 8)}
            </TimelineButton>
          ) : (
            `#${order.id.slice(0, 8)}`
          )}
        </span>
        <span className="sub">{order.customerId}</span>
        <span className="order-total">{formatCents(order.totalCents)}</span>
      </div>
      <div className="sub order-lines">
        {order.lines.map((line) => `${line.quantity} × ${line.product?.name ?? line.productId}`).join(', ')}
      </div>
      {open && (
        <div className="order-actions">
          {order.status === 'PLACED' && (
            <button type="button" onClick={() => void pay()} disabled={command.pending}>
              Pay
            </button>
          )}
          {order.status === 'PAID' && access.operate && (
            <button type="button" onClick={() => void ship()} disabled={command.pending}>
              Ship
            </button>
          )}
          <button type="button" className="danger" onClick={() => void cancel()} disabled={command.pending}>
            Cancel
          </button>
        </div>
      )}
      {command.formError && (
        <p className="form-error" role="alert">
          {command.formError}
        </p>
      )}
    </li>
  );
}
