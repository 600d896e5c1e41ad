import { formatCents } from '../components/money';
import type { Product } from '../live/dashboard-store';

/** A product as anyone sees it: name, category, price and stock, and an add-to-cart button for a shopper. */
export function CatalogRow(props: { product: Product; onAdd: ((productId: string) => void) | undefined }) {
  const { product, onAdd } = props;
  return (
    <tr data-product-id={product.id} data-sku={product.sku}>
      <td>
        <div className="name">{product.name}</div>
        <div className="sub">{product.sku}</div>
      </td>
      <td data-cell="category">{product.category}</td>
      <td className="num" data-cell="price">
        {formatCents(product.priceCents)}
      </td>
      <td className="num" data-cell="stock">
        {product.stock}
      </td>
      {onAdd && (
        <td className="cart-add">
          <button
            type="button"
            aria-label={`Add ${product.sku} to cart`}
            onClick={() => onAdd(product.id)}
            disabled={product.stock === 0}
          >
            {product.stock === 0 ? 'Sold out' : 'Add to cart'}
          </button>
        </td>
      )}
    </tr>
  );
}
