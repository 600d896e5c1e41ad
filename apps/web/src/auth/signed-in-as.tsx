import { useAppServices } from '../app-services';
import { useShell } from './auth-context';
import { roleLabels } from './role-labels';

/** Who the gateway takes the user to be (`me`), and the way out. */
export function SignedInAs() {
  const { auth } = useShell();
  const { user } = useAppServices();
  if (!user) return null;
  return (
    <span
      className="signed-in-as"
      data-testid="signed-in-as"
      data-user-id={user.id}
      data-roles={user.roles.join(' ')}
    >
      <span className="who">{user.id}</span>
      <span className="badge">{roleLabels(user.roles)}</span>
      <button type="button" className="secondary" onClick={() => auth.signOut()}>
        Sign out
      </button>
    </span>
  );
}
