import { useAppServices } from '../app-services';
import { EventsPanel } from '../events/events-panel';
import { OrdersPanel } from '../orders/orders-panel';
import { ProductsPanel } from '../products/products-panel';
import { SalesPanel } from '../sales/sales-panel';
import { TimelineWorkspace } from '../timeline/timeline-workspace';
import { useOpenedTimeline } from '../timeline/use-opened-timeline';

/** What an operator runs the shop with: every panel and every action, and any entity's timeline. */
export function OperatorConsole() {
  const { access } = useAppServices();
  const timeline = useOpenedTimeline();
  return (
    <TimelineWorkspace subject={timeline.subject} onClose={timeline.close}>
      <main className="grid">
        <SalesPanel />
        <ProductsPanel onTimeline={access.productHistory ? timeline.openProduct : undefined} />
        <OrdersPanel onTimeline={access.orderHistory ? timeline.openOrder : undefined} />
        <EventsPanel />
      </main>
    </TimelineWorkspace>
  );
}
