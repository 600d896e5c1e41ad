import { request } from '../api/graphql-http';
import { latestOf } from '../api/positions';
import {
  EventFeed,
  OrderChanged,
  OrdersSnapshot,
  ProductChanged,
  ProductsSnapshot,
  SalesSnapshot,
  SalesStatsChanged,
} from '../api/read-operations';
import type { DashboardStore } from './dashboard-store';
import type { LiveConnection } from './live-connection';

/**
 * One connection's worth of live data: subscribe first, then load the snapshot, so no change
 * falls between the two (the store keeps the newest version of each). The event feed resumes
 * after the last position the page saw; on the first connect it starts where the snapshot is.
 */
export function startLiveSession(readUrl: string, connection: LiveConnection, store: DashboardStore) {
  return connection.whileConnected(() => {
    let stopped = false;
    const stops = [
      connection.subscribe(ProductChanged, {}, (data) =>
        store.products.merge([data.productChanged], 'pushed'),
      ),
      connection.subscribe(OrderChanged, {}, (data) => store.orders.merge([data.orderChanged], 'pushed')),
      connection.subscribe(SalesStatsChanged, {}, (data) => store.sales.merge(data.salesStatsChanged)),
    ];
    Promise.all([
      request(readUrl, ProductsSnapshot, {}),
      request(readUrl, OrdersSnapshot, {}),
      request(readUrl, SalesSnapshot, {}),
    ])
      .then(([{ products }, { orders }, { salesStats, projections }]) => {
        if (stopped) return;
        store.loadError.show(undefined);
        store.products.merge(
          products.edges.map((edge) => edge.node),
          'snapshot',
        );
        store.orders.merge(
          orders.edges.map((edge) => edge.node),
          'snapshot',
        );
        store.sales.merge(salesStats);
        store.events.startAt(latestOf(projections.map((p) => p.position)) ?? '0');
        const after = store.events.current.cursor;
        stops.push(connection.subscribe(EventFeed, { after }, (data) => store.events.append(data.events)));
      })
      .catch((error: unknown) => store.loadError.show(`Could not load the dashboard: ${String(error)}`));
    return () => {
      stopped = true;
      for (const stop of stops) stop();
    };
  });
}
