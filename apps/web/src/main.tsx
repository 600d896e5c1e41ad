import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadGatewayConfig } from './api/gateway-config';
import { App } from './app';
import { ShellContext } from './auth/auth-context';
import { AuthSession } from './auth/auth-session';
import { verifyToken } from './auth/signed-in-user';
import { sessionTokenStorage } from './auth/token-storage';
import { Workspaces } from './session/workspaces';
import './styles.css';

const gateways = await loadGatewayConfig();
const auth = new AuthSession((token) => verifyToken(gateways.readUrl, token), sessionTokenStorage());
const workspaces = new Workspaces(gateways, auth);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ShellContext.Provider value={{ gateways, auth, workspaces }}>
      <App />
    </ShellContext.Provider>
  </StrictMode>,
);
