import { AppServicesContext } from './app-services';
import { useShell } from './auth/auth-context';
import { RestoringSession } from './auth/restoring-session';
import { SignedInAs } from './auth/signed-in-as';
import { ConnectionIndicator } from './components/connection-indicator';
import { GraphiqlLinks } from './components/graphiql-links';
import { LoadErrorBanner } from './components/load-error-banner';
import { Topbar } from './components/topbar';
import { useObservable } from './live/observable';
import { RoleView } from './views/role-view';

/** The page for whoever uses it now; a new user gets their views started afresh. */
export function App() {
  const { auth, workspaces } = useShell();
  const state = useObservable(auth);
  const workspace = useObservable(workspaces);
  if (!workspace) {
    return (
      <div className="page">
        <Topbar />
        <main className="grid">
          <RestoringSession auth={auth} problem={state.kind === 'restoring' ? state.problem : undefined} />
        </main>
      </div>
    );
  }
  return (
    <AppServicesContext.Provider value={workspace} key={workspace.key}>
      <div className="page">
        <Topbar>
          {workspace.access.operate && <GraphiqlLinks />}
          <SignedInAs />
          <ConnectionIndicator />
        </Topbar>
        <LoadErrorBanner />
        <RoleView />
      </div>
    </AppServicesContext.Provider>
  );
}
