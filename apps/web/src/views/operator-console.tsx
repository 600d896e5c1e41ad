import { useAppServices } from '../app-services';
import { EventsPanel } from '../events/events-panel';
import { OpsPage } from '../ops/ops-page';
import { OrdersPanel } from '../orders/orders-panel';
import { ProductsPanel } from '../products/products-panel';
import { SalesPanel } from '../sales/sales-panel';
import { TimelineWorkspace } from '../timeline/timeline-workspace';
import { useOpenedTimeline } from '../timeline/use-opened-timeline';
import { OperatorNav } from './operator-nav';
import { useOperatorPage } from './use-operator-page';

/**
 * What an operator runs the shop with: every panel and every action, and any entity's timeline;
 * and, on a page of its own, the read side's operations (lag, dead letters, rebuilds).
 */
export function OperatorConsole() {
  const { access } = useAppServices();
  const timeline = useOpenedTimeline();
  const page = useOperatorPage();
  return (
    <>
      <OperatorNav current={page} />
      {page === 'ops' ? (
        <OpsPage />
      ) : (
        <TimelineWorkspace subject={timeline.subject} onClose={timeline.close}>
          <main className="grid">
            <SalesPanel />
            <ProductsPanel onTimeline={access.productHistory ? timeline.openProduct : undefined} />
            <OrdersPanel onTimeline={access.orderHistory ? timeline.openOrder : undefined} />
            <EventsPanel />
          </main>
        </TimelineWorkspace>
      )}
    </>
  );
}
