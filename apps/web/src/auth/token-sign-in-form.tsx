import { useState, type FormEvent } from 'react';
import { Field, FormError } from '../components/field';
import { useSignIn } from './use-sign-in';

/** Signs in with a bearer token from the user's identity provider (or `npm run token`). */
export function TokenSignInForm() {
  const { pending, error, signIn } = useSignIn();
  const [token, setToken] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(() => Promise.resolve(token));
  };

  return (
    <form className="form" aria-label="Sign in with a token" onSubmit={submit}>
      <h3>Sign in with a token</h3>
      <p className="sub">
        Paste a bearer token from your identity provider, or one printed by{' '}
        <code>npm run token -- customer ada</code>.
      </p>
      <Field label="Token" name="token" error={undefined}>
        <textarea
          name="token"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </Field>
      <FormError message={error} />
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
