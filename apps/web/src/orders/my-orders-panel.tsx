import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';
import { newestOrders } from './newest-orders';
import { OrderRow } from './order-row';

/** A customer's own orders, moving live (the gateway sends a customer no one else's). */
export function MyOrdersPanel(props: { onTimeline?: (orderId: string) => void }) {
  const { store } = useAppServices();
  const orders = newestOrders(useObservable(store.orders));
  return (
    <section className="panel orders" aria-label="Your orders">
      <h2>Your orders</h2>
      <ul className="order-feed" aria-label="Order feed">
        {orders.map((order) => (
          <OrderRow key={order.id} order={order} onTimeline={props.onTimeline} />
        ))}
        {orders.length === 0 && <li className="empty">No orders yet: add products to your cart.</li>}
      </ul>
    </section>
  );
}
