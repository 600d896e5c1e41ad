import { useState, type FormEvent } from 'react';
import { Field, FormError } from '../components/field';
import { requestDevToken, type DevRole } from './dev-token';
import { useSignIn } from './use-sign-in';

const customerIdPattern = /^[\w.@-]{1,100}$/;

/** The embedded default's "sign in as" picker: an operator, a customer by id, or an analyst. */
export function DevSignInPicker() {
  const { pending, error, signIn } = useSignIn();
  const [customerId, setCustomerId] = useState('');
  const [customerIdError, setCustomerIdError] = useState<string | undefined>(undefined);

  const signInAs = (role: DevRole) => {
    setCustomerIdError(undefined);
    if (role !== 'customer') return void signIn(() => requestDevToken(role));
    const id = customerId.trim();
    if (!customerIdPattern.test(id)) {
      return setCustomerIdError('Enter a customer id: letters, digits, and . @ _ -');
    }
    void signIn(() => requestDevToken('customer', id));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signInAs('customer');
  };

  return (
    <form className="form sign-in-picker" aria-label="Sign in as" onSubmit={submit}>
      <h3>Sign in as</h3>
      <p className="sub">This is the embedded default: pick who you want to be.</p>
      <div className="form-buttons">
        <button type="button" onClick={() => signInAs('operator')} disabled={pending}>
          Operator
        </button>
        <button type="button" onClick={() => signInAs('analyst')} disabled={pending}>
          Analyst
        </button>
      </div>
      <div className="form-row">
        <Field label="Customer id" name="customerId" error={customerIdError}>
          <input
            name="customerId"
            placeholder="e.g. ada"
            autoComplete="username"
            value={customerId}
            onChange={(e) => setCustomerId(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={pending}>
          Customer
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
