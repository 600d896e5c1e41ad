import { useAppServices } from './app-services';
import { ConnectionIndicator } from './components/connection-indicator';
import { EventsPanel } from './events/events-panel';
import { useObservable } from './live/observable';
import { OrdersPanel } from './orders/orders-panel';
import { ProductsPanel } from './products/products-panel';
import { SalesPanel } from './sales/sales-panel';

export function App() {
  const { store, gateways } = useAppServices();
  const loadError = useObservable(store.loadError);
  return (
    <div className="page">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◧
          </span>
          <h1>Sluice shop</h1>
        </div>
        <nav className="playgrounds">
          <a href={gateways.writeUrl} target="_blank" rel="noreferrer">
            Write GraphiQL
          </a>
          <a href={gateways.readUrl} target="_blank" rel="noreferrer">
            Read GraphiQL
          </a>
        </nav>
        <ConnectionIndicator />
      </header>
      {loadError && (
        <p className="banner" role="alert">
          {loadError}
        </p>
      )}
      <main className="grid">
        <SalesPanel />
        <ProductsPanel />
        <OrdersPanel />
        <EventsPanel />
      </main>
    </div>
  );
}
