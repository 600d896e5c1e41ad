import { useState, type FormEvent } from 'react';
import { PlaceOrder } from '../api/write-operations';
import { useAppServices } from '../app-services';
import { sendCommand } from '../commands/command-result';
import { showOrder } from '../commands/read-your-write';
import { useCommand } from '../commands/use-command';
import { Field, FormError } from '../components/field';
import { formatCents } from '../components/money';
import { newCommandId } from '../components/new-command-id';
import { useObservable } from '../live/observable';

interface LineDraft {
  productId: string;
  quantity: string;
}

/** The operator's order form: for any customer, several lines. */
export function PlaceOrderForm() {
  const { api, store, access } = useAppServices();
  const products = [...useObservable(store.products).values()].filter((p) => !p.discontinued);
  const command = useCommand();
  const [customerId, setCustomerId] = useState('walk-in');
  const [lines, setLines] = useState<LineDraft[]>([{ productId: '', quantity: '1' }]);

  const setLine = (index: number, change: Partial<LineDraft>) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      commandId: newCommandId(),
      customerId,
      lines: lines.map((line) => ({
        productId: line.productId || (products[0]?.id ?? ''),
        quantity: Number.parseInt(line.quantity, 10) || 0,
      })),
    };
    const accepted = await command.run(
      () => sendCommand(api, PlaceOrder, { input }),
      ({ id, position }) => showOrder(api, store, id, position, { sales: access.sales }),
    );
    if (accepted) setLines([{ productId: '', quantity: '1' }]);
  }

  const errors = command.fieldErrors;
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-label="Place an order">
      <h3>Place an order</h3>
      <Field label="Customer" name="customerId" error={errors.customerId}>
        <input name="customerId" value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
      </Field>
      {lines.map((line, index) => (
        <div className="form-row order-line" key={index}>
          <Field label="Product" name={`lines.${index}.productId`} error={errors[`lines.${index}.productId`]}>
            <select
              name={`lines.${index}.productId`}
              value={line.productId}
              onChange={(e) => setLine(index, { productId: e.target.value })}
            >
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.name} · {formatCents(product.priceCents)} · {product.stock} left
                </option>
              ))}
            </select>
          </Field>
          <Field label="Qty" name={`lines.${index}.quantity`} error={errors[`lines.${index}.quantity`]}>
            <input
              name={`lines.${index}.quantity`}
              inputMode="numeric"
              value={line.quantity}
              onChange={(e) => setLine(index, { quantity: e.target.value })}
            />
          </Field>
          {lines.length > 1 && (
            <button
              type="button"
              className="link"
              aria-label={`Remove line ${index + 1}`}
              onClick={() => setLines(lines.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          )}
        </div>
      ))}
      <FormError message={errors.lines ?? command.formError} />
      <div className="form-buttons">
        <button
          type="button"
          className="secondary"
          onClick={() => setLines([...lines, { productId: '', quantity: '1' }])}
        >
          Add line
        </button>
        <button type="submit" disabled={command.pending || products.length === 0}>
          {command.pending ? 'Placing…' : 'Place order'}
        </button>
      </div>
    </form>
  );
}
