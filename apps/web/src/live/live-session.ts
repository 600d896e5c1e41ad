import type { ApiClient } from '../api/api-client';
import { latestOf } from '../api/positions';
import {
  EventFeed,
  LogHead,
  OrderChanged,
  OrdersSnapshot,
  ProductChanged,
  ProductsSnapshot,
  SalesSnapshot,
  SalesStatsChanged,
} from '../api/read-operations';
import type { Access } from '../auth/access';
import type { DashboardStore } from './dashboard-store';
import type { LiveConnection } from './live-connection';

/**
 * One connection's worth of live data, for what this user may see: subscribe first, then load
 * the snapshot, so no change falls between the two (the store keeps the newest version of each).
 * The event feed resumes after the last position the page saw; on the first connect it starts
 * where the projections are. A customer's orders are their own: the gateway filters them.
 */
export function startLiveSession(
  api: ApiClient,
  connection: LiveConnection,
  store: DashboardStore,
  access: Access,
) {
  return connection.whileConnected(() => {
    let stopped = false;
    const stops = [
      connection.subscribe(ProductChanged, {}, (data) =>
        store.products.merge([data.productChanged], 'pushed'),
      ),
    ];
    if (access.orders)
      stops.push(
        connection.subscribe(OrderChanged, {}, (data) => store.orders.merge([data.orderChanged], 'pushed')),
      );
    if (access.sales)
      stops.push(
        connection.subscribe(SalesStatsChanged, {}, (data) => store.sales.merge(data.salesStatsChanged)),
      );

    const loads: Promise<void>[] = [
      api.read(ProductsSnapshot, {}).then(({ products }) => {
        if (!stopped)
          store.products.merge(
            products.edges.map((edge) => edge.node),
            'snapshot',
          );
      }),
    ];
    if (access.orders)
      loads.push(
        api.read(OrdersSnapshot, {}).then(({ orders }) => {
          if (!stopped)
            store.orders.merge(
              orders.edges.map((edge) => edge.node),
              'snapshot',
            );
        }),
      );
    if (access.sales)
      loads.push(
        api.read(SalesSnapshot, {}).then(({ salesStats }) => {
          if (!stopped) store.sales.merge(salesStats);
        }),
      );
    if (access.events)
      loads.push(
        api.read(LogHead, {}).then(({ projections }) => {
          if (stopped) return;
          store.events.startAt(latestOf(projections.map((p) => p.position)) ?? '0');
          const after = store.events.current.cursor;
          stops.push(connection.subscribe(EventFeed, { after }, (data) => store.events.append(data.events)));
        }),
      );
    Promise.all(loads)
      .then(() => {
        if (!stopped) store.loadError.show(undefined);
      })
      .catch((error: unknown) => {
        if (!stopped) store.loadError.show(`Could not load the dashboard: ${String(error)}`);
      });
    return () => {
      stopped = true;
      for (const stop of stops) stop();
    };
  });
}
