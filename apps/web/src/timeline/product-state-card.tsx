import { formatCents } from '../components/money';
import type { Product } from '../live/dashboard-store';

/** What a product's state comes to: its price, stock, sales, category and whether it is on sale. */
export function ProductStateCard({ product }: { product: Product }) {
  return (
    <dl className="state-card">
      <dt>Price</dt>
      <dd data-cell="price">{formatCents(product.priceCents)}</dd>
      <dt>Stock</dt>
      <dd data-cell="stock">{product.stock}</dd>
      <dt>Sold</dt>
      <dd data-cell="sold">{product.unitsSold}</dd>
      <dt>Category</dt>
      <dd data-cell="category">{product.category}</dd>
      <dt>Status</dt>
      <dd data-cell="status">{product.discontinued ? 'Discontinued' : 'On sale'}</dd>
    </dl>
  );
}
