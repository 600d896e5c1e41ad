import { useState } from 'react';
import { useAppServices } from '../app-services';
import { Cart } from '../cart/cart';
import { CartPanel } from '../cart/cart-panel';
import { CatalogPanel } from '../catalog/catalog-panel';
import { MyOrdersPanel } from '../orders/my-orders-panel';
import { SalesPanel } from '../sales/sales-panel';
import { TimelineWorkspace } from '../timeline/timeline-workspace';
import { useOpenedTimeline } from '../timeline/use-opened-timeline';

/**
 * What a customer gets: the catalog, a cart, and their own orders moving live, each with its
 * timeline (a product's history is the operators').
 */
export function CustomerShop() {
  const { access } = useAppServices();
  const [cart] = useState(() => new Cart());
  const timeline = useOpenedTimeline();
  return (
    <TimelineWorkspace subject={timeline.subject} onClose={timeline.close}>
      <main className="grid shop">
        <CatalogPanel onAdd={(productId) => cart.add(productId)} />
        <CartPanel cart={cart} />
        <MyOrdersPanel onTimeline={access.orderHistory ? timeline.openOrder : undefined} />
        {access.sales && <SalesPanel />}
      </main>
    </TimelineWorkspace>
  );
}
