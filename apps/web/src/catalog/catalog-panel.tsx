import { useAppServices } from '../app-services';
import { useObservable } from '../live/observable';
import { CatalogRow } from './catalog-row';

/** The shop's products on sale, live, for everyone; `onAdd` puts one in a shopper's cart. */
export function CatalogPanel(props: { onAdd?: (productId: string) => void }) {
  const { store } = useAppServices();
  const products = [...useObservable(store.products).values()]
    .filter((product) => !product.discontinued)
    .sort((a, b) => a.name.localeCompare(b.name));
  const columns = props.onAdd ? 5 : 4;
  return (
    <section className="panel products" aria-label="Catalog">
      <h2>Catalog</h2>
      <table className="table">
        <thead>
          <tr>
            <th>Product</th>
            <th>Category</th>
            <th className="num">Price</th>
            <th className="num">In stock</th>
            {props.onAdd && <th />}
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <CatalogRow key={product.id} product={product} onAdd={props.onAdd} />
          ))}
          {products.length === 0 && (
            <tr>
              <td colSpan={columns} className="empty">
                Nothing on sale yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
