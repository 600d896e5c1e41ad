import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';
import { ProductRow } from './product-row';
import { RegisterProductForm } from './register-product-form';

/** Every product, discontinued ones too, with what an operator does to them. */
export function ProductsPanel(props: { onTimeline?: (productId: string) => void }) {
  const { store } = useAppServices();
  const products = [...useObservable(store.products).values()].sort((a, b) => a.sku.localeCompare(b.sku));
  return (
    <section className="panel products" aria-label="Products">
      <h2>Products</h2>
      <table className="table">
        <thead>
          <tr>
            <th>Product</th>
            <th>Category</th>
            <th className="num">Price</th>
            <th className="num">Stock</th>
            <th className="num">Sold</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <ProductRow key={product.id} product={product} onTimeline={props.onTimeline} />
          ))}
          {products.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                No products yet: register one below.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <RegisterProductForm />
    </section>
  );
}
