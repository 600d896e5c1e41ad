import { EventsPanel } from '../events/events-panel';
import { OrdersPanel } from '../orders/orders-panel';
import { ProductsPanel } from '../products/products-panel';
import { SalesPanel } from '../sales/sales-panel';

/** What an operator runs the shop with: every panel and every action. */
export function OperatorConsole() {
  return (
    <main className="grid">
      <SalesPanel />
      <ProductsPanel />
      <OrdersPanel />
      <EventsPanel />
    </main>
  );
}
