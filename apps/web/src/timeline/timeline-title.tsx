import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';
import type { TimelineSubject } from './timeline-event';

/** The entity as the dashboard knows it now: a product by name and SKU, an order by its short id. */
export function TimelineTitle({ subject }: { subject: TimelineSubject }) {
  const { store } = useAppServices();
  const products = useObservable(store.products);
  const orders = useObservable(store.orders);
  if (subject.kind === 'product') {
    const product = products.get(subject.id);
    return <h2>{product ? `${product.name} (${product.sku})` : 'Product'}</h2>;
  }
  const order = orders.get(subject.id);
  return (
    <h2>
      Order #{subject.id.slice(0, 8)}{' '}
      {order && <span className={`badge badge-${order.status.toLowerCase()}`}>{order.status}</span>}
    </h2>
  );
}
