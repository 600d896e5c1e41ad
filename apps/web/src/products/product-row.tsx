import { useState } from 'react';
import { ChangeProductPrice, DiscontinueProduct, RestockProduct } from '../api/write-operations';
import { useAppServices } from '../app-services';
import { sendCommand } from '../commands/command-result';
import { showProduct } from '../commands/read-your-write';
import { useCommand } from '../commands/use-command';
import { InlineError } from '../components/field';
import { formatCents, parseDollars } from '../components/money';
import { newCommandId } from '../components/new-command-id';
import type { Product } from '../live/dashboard-store';
import { TimelineButton } from '../timeline/timeline-button';

/** A product in the operator's list, with its commands; `onTimeline` opens its timeline. */
export function ProductRow(props: {
  product: Product;
  onTimeline: ((productId: string) => void) | undefined;
}) {
  const { product, onTimeline } = props;
  const { api, store } = useAppServices();
  const command = useCommand();
  const [price, setPrice] = useState('');
  const [quantity, setQuantity] = useState('');
  const show = ({ position }: { position: string }) => showProduct(api, store, product.id, position);

  async function reprice() {
    const priceCents = parseDollars(price);
    if (priceCents === undefined) return command.fail({ priceCents: 'Enter a price such as 12.50' });
    const input = { commandId: newCommandId(), productId: product.id, priceCents };
    if (await command.run(() => sendCommand(api, ChangeProductPrice, { input }), show)) setPrice('');
  }

  async function restock() {
    const input = {
      commandId: newCommandId(),
      productId: product.id,
      quantity: Number.parseInt(quantity, 10),
    };
    if (Number.isNaN(input.quantity)) return command.fail({ quantity: 'Enter a whole number' });
    if (await command.run(() => sendCommand(api, RestockProduct, { input }), show)) setQuantity('');
  }

  async function discontinue() {
    const input = { commandId: newCommandId(), productId: product.id };
    await command.run(() => sendCommand(api, DiscontinueProduct, { input }), show);
  }

  const errors = command.fieldErrors;
  return (
    <>
      <tr data-product-id={product.id} data-sku={product.sku} className={product.discontinued ? 'muted' : ''}>
        <td>
          <div className="name">
            {onTimeline ? (
              <TimelineButton of={`${product.name} (${product.sku})`} onOpen={() => onTimeline(product.id)}>
                {product.name}
              </TimelineButton>
            ) : (
              product.name
            )}
          </div>
          <div className="sub">{product.sku}</div>
        </td>
        <td data-cell="category">{product.category}</td>
        <td className="num" data-cell="price">
          {formatCents(product.priceCents)}
        </td>
        <td className="num" data-cell="stock">
          {product.stock}
        </td>
        <td className="num" data-cell="sold">
          {product.unitsSold}
        </td>
        <td className="actions">
          {product.discontinued ? (
            <span className="badge badge-discontinued">Discontinued</span>
          ) : (
            <>
              <span className="inline">
                <input
                  aria-label={`New price for ${product.sku}`}
                  name="priceCents"
                  placeholder="$"
                  inputMode="decimal"
                  value={price}
                  onChange={(e) => setPrice(e.target.value)}
                />
                <button type="button" onClick={() => void reprice()} disabled={command.pending}>
                  Reprice
                </button>
                <InlineError field="priceCents" message={errors.priceCents} />
              </span>
              <span className="inline">
                <input
                  aria-label={`Restock quantity for ${product.sku}`}
                  name="quantity"
                  placeholder="qty"
                  inputMode="numeric"
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                />
                <button type="button" onClick={() => void restock()} disabled={command.pending}>
                  Restock
                </button>
                <InlineError field="quantity" message={errors.quantity} />
              </span>
              <button
                type="button"
                className="danger"
                onClick={() => void discontinue()}
                disabled={command.pending}
              >
                Discontinue
              </button>
            </>
          )}
        </td>
      </tr>
      {command.formError && (
        <tr className="row-error">
          <td colSpan={6} role="alert">
            {command.formError}
          </td>
        </tr>
      )}
    </>
  );
}
