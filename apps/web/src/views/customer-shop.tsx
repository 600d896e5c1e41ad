import { useState } from 'react';
import { useAppServices } from '../app-services';
import { Cart } from '../cart/cart';
import { CartPanel } from '../cart/cart-panel';
import { CatalogPanel } from '../catalog/catalog-panel';
import { MyOrdersPanel } from '../orders/my-orders-panel';
import { SalesPanel } from '../sales/sales-panel';

/** What a customer gets: the catalog, a cart, and their own orders moving live. */
export function CustomerShop() {
  const { access } = useAppServices();
  const [cart] = useState(() => new Cart());
  return (
    <main className="grid shop">
      <CatalogPanel onAdd={(productId) => cart.add(productId)} />
      <CartPanel cart={cart} />
      <MyOrdersPanel />
      {access.sales && <SalesPanel />}
    </main>
  );
}
