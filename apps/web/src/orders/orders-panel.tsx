import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';
import { OrderRow } from './order-row';
import { PlaceOrderForm } from './place-order-form';

export function OrdersPanel() {
  const { store } = useAppServices();
  const orders = [...useObservable(store.orders).values()]
    .sort((a, b) => b.placedAt.localeCompare(a.placedAt))
    .slice(0, 50);
  return (
    <section className="panel orders" aria-label="Orders">
      <h2>Orders</h2>
      <PlaceOrderForm />
      <ul className="order-feed" aria-label="Order feed">
        {orders.map((order) => (
          <OrderRow key={order.id} order={order} />
        ))}
        {orders.length === 0 && <li className="empty">No orders yet.</li>}
      </ul>
    </section>
  );
}
