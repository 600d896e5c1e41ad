import { useAppServices } from '../app-services';
import { formatCents } from '../components/money';
import { useObservable } from '../live/observable';
import { RevenueChart } from './revenue-chart';
import { TopProductsChart } from './top-products-chart';

/** The sales figures, for analysts and operators: counters, revenue over time, best sellers. */
export function SalesPanel() {
  const { store, access } = useAppServices();
  const stats = useObservable(store.sales);
  const counters = [
    { label: 'Revenue', value: stats ? formatCents(stats.revenueCents) : '—', key: 'revenue' },
    { label: 'Placed', value: stats?.ordersPlaced ?? '—', key: 'placed' },
    { label: 'Paid', value: stats?.ordersPaid ?? '—', key: 'paid' },
    { label: 'Shipped', value: stats?.ordersShipped ?? '—', key: 'shipped' },
    { label: 'Cancelled', value: stats?.ordersCancelled ?? '—', key: 'cancelled' },
  ];
  return (
    <section className="panel sales" aria-label="Sales">
      <h2>Sales</h2>
      <div className="counters">
        {counters.map((counter) => (
          <div className="counter" key={counter.key} data-counter={counter.key}>
            <span className="counter-value">{counter.value}</span>
            <span className="counter-label">{counter.label}</span>
          </div>
        ))}
      </div>
      <h3>Top products</h3>
      <TopProductsChart topProducts={stats?.topProducts ?? []} />
      {access.sales && <RevenueChart />}
    </section>
  );
}
