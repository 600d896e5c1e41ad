import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';
import { newestOrders } from './newest-orders';
import { OrderRow } from './order-row';
import { PlaceOrderForm } from './place-order-form';

/** The operator's orders: every customer's, with a form to place one for anybody. */
export function OrdersPanel(props: { onTimeline?: (orderId: string) => void }) {
  const { store } = useAppServices();
  const orders = newestOrders(useObservable(store.orders));
  return (
    <section className="panel orders" aria-label="Orders">
      <h2>Orders</h2>
      <PlaceOrderForm />
      <ul className="order-feed" aria-label="Order feed">
        {orders.map((order) => (
          <OrderRow key={order.id} order={order} onTimeline={props.onTimeline} />
        ))}
        {orders.length === 0 && <li className="empty">No orders yet.</li>}
      </ul>
    </section>
  );
}
