import { useState, type FormEvent } from 'react';
import { RegisterProduct } from '../api/write-operations';
import { useAppServices } from '../app-services';
import { sendCommand } from '../commands/command-result';
import { showProduct } from '../commands/read-your-write';
import { useCommand } from '../commands/use-command';
import { Field, FormError } from '../components/field';
import { parseDollars } from '../components/money';
import { newCommandId } from '../components/new-command-id';

const empty = { sku: '', name: '', category: '', price: '', initialStock: '0' };

export function RegisterProductForm() {
  const { api, store } = useAppServices();
  const command = useCommand();
  const [form, setForm] = useState(empty);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const priceCents = parseDollars(form.price);
    const initialStock = Number.parseInt(form.initialStock || '0', 10);
    if (priceCents === undefined) return command.fail({ priceCents: 'Enter a price such as 12.50' });
    if (Number.isNaN(initialStock)) return command.fail({ initialStock: 'Enter a whole number' });
    const input = {
      commandId: newCommandId(),
      sku: form.sku,
      name: form.name,
      // Left blank, the server files it under its default category.
      ...(form.category.trim() ? { category: form.category } : {}),
      priceCents,
      initialStock,
    };
    const accepted = await command.run(
      () => sendCommand(api, RegisterProduct, { input }),
      ({ id, position }) => showProduct(api, store, id, position),
    );
    if (accepted) setForm(empty);
  }

  const errors = command.fieldErrors;
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-label="Register a product">
      <h3>Register a product</h3>
      <div className="form-row">
        <Field label="SKU" name="sku" error={errors.sku}>
          <input name="sku" value={form.sku} onChange={(e) => setForm({ ...form, sku: e.target.value })} />
        </Field>
        <Field label="Name" name="name" error={errors.name}>
          <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Category (optional)" name="category" error={errors.category}>
          <input
            name="category"
            placeholder="Uncategorized"
            value={form.category}
            onChange={(e) => setForm({ ...form, category: e.target.value })}
          />
        </Field>
      </div>
      <div className="form-row">
        <Field label="Price ($)" name="priceCents" error={errors.priceCents}>
          <input
            name="price"
            inputMode="decimal"
            value={form.price}
            onChange={(e) => setForm({ ...form, price: e.target.value })}
          />
        </Field>
        <Field label="Initial stock" name="initialStock" error={errors.initialStock}>
          <input
            name="initialStock"
            inputMode="numeric"
            value={form.initialStock}
            onChange={(e) => setForm({ ...form, initialStock: e.target.value })}
          />
        </Field>
      </div>
      <FormError message={command.formError} />
      <button type="submit" disabled={command.pending}>
        {command.pending ? 'Registering…' : 'Register'}
      </button>
    </form>
  );
}
