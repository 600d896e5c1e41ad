import type { AuthSession } from './auth-session';

/** After a reload, while the kept token is checked with the gateway. */
export function RestoringSession(props: { auth: AuthSession; problem: string | undefined }) {
  return (
    <section className="panel sign-in" aria-label="Sign in" aria-busy="true">
      <h2>Restoring your session…</h2>
      {props.problem && (
        <p className="banner" role="alert">
          {props.problem}
        </p>
      )}
      <button type="button" className="secondary" onClick={() => props.auth.signOut()}>
        Sign out
      </button>
    </section>
  );
}
