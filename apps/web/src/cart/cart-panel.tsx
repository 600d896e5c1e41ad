import { PlaceOrder } from '../api/write-operations';
import { useAppServices } from '../app-services';
import { sendCommand } from '../commands/command-result';
import { showOrder } from '../commands/read-your-write';
import { useCommand } from '../commands/use-command';
import { FormError, InlineError } from '../components/field';
import { formatCents } from '../components/money';
import { newCommandId } from '../components/new-command-id';
import { useObservable } from '../live/observable';
import type { Cart } from './cart';

/**
 * The customer's cart: quantities, the total at today's prices, and "Place order", which orders
 * for the signed-in customer (the gateway takes their id from the token).
 */
export function CartPanel({ cart }: { cart: Cart }) {
  const { api, store, access } = useAppServices();
  const lines = useObservable(cart);
  const products = useObservable(store.products);
  const command = useCommand();
  const total = lines.reduce(
    (sum, line) => sum + (products.get(line.productId)?.priceCents ?? 0) * line.quantity,
    0,
  );

  async function placeOrder() {
    const input = {
      commandId: newCommandId(),
      lines: lines.map(({ productId, quantity }) => ({ productId, quantity })),
    };
    const accepted = await command.run(
      () => sendCommand(api, PlaceOrder, { input }),
      ({ id, position }) => showOrder(api, store, id, position, { sales: access.sales }),
    );
    if (accepted) cart.clear();
  }

  const errors = command.fieldErrors;
  return (
    <section className="panel cart" aria-label="Cart">
      <h2>Cart</h2>
      <ul className="cart-lines">
        {lines.map((line, index) => {
          const product = products.get(line.productId);
          return (
            <li key={line.productId} className="cart-line" data-product-id={line.productId}>
              <span className="name">{product?.name ?? line.productId}</span>
              <input
                aria-label={`Quantity of ${product?.sku ?? line.productId}`}
                name={`lines.${index}.quantity`}
                type="number"
                min={1}
                value={line.quantity}
                onChange={(e) => cart.setQuantity(line.productId, Number.parseInt(e.target.value, 10) || 0)}
              />
              <span className="num">{product ? formatCents(product.priceCents * line.quantity) : '—'}</span>
              <button
                type="button"
                className="link"
                aria-label={`Remove ${product?.sku ?? line.productId} from cart`}
                onClick={() => cart.remove(line.productId)}
              >
                ✕
              </button>
              <InlineError field={`lines.${index}.quantity`} message={errors[`lines.${index}.quantity`]} />
              <InlineError field={`lines.${index}.productId`} message={errors[`lines.${index}.productId`]} />
            </li>
          );
        })}
        {lines.length === 0 && <li className="empty">Your cart is empty: add products from the catalog.</li>}
      </ul>
      <div className="cart-total">
        <span>Total</span>
        <span className="num" data-cell="cart-total">
          {formatCents(total)}
        </span>
      </div>
      <FormError message={errors.lines ?? command.formError} />
      <button
        type="button"
        onClick={() => void placeOrder()}
        disabled={command.pending || lines.length === 0}
      >
        {command.pending ? 'Placing…' : 'Place order'}
      </button>
    </section>
  );
}
