import { useObservable } from '../live/observable';
import { useShell } from './auth-context';
import { DevSignInPicker } from './dev-sign-in-picker';
import { TokenSignInForm } from './token-sign-in-form';

/**
 * Where a visitor signs in, and learns why their last session ended: the picker on the embedded
 * default (a pasted token works there too), a token form anywhere else.
 */
export function SignInPanel() {
  const { auth, gateways } = useShell();
  const state = useObservable(auth);
  const notice = state.kind === 'anonymous' ? state.notice : undefined;
  return (
    <section className="panel sign-in" aria-label="Sign in">
      <h2>Sign in</h2>
      {notice && (
        <p className="banner" role="alert" data-testid="sign-in-notice">
          {notice}
        </p>
      )}
      <p className="sub">Anyone may browse the catalog. Sign in to order, follow orders or see the sales.</p>
      {gateways.signIn === 'dev' ? (
        <>
          <DevSignInPicker />
          <details className="token-sign-in">
            <summary>Have a token?</summary>
            <TokenSignInForm />
          </details>
        </>
      ) : (
        <TokenSignInForm />
      )}
    </section>
  );
}
