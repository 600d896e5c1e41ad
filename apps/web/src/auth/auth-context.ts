import { createContext, useContext } from 'react';
import type { GatewayConfig } from '../api/gateway-config';
import type { Workspaces } from '../session/workspaces';
import type { AuthSession } from './auth-session';

/** What outlives a user: where the gateways are, who is signed in, and their workspace. */
export interface Shell {
  gateways: GatewayConfig;
  auth: AuthSession;
  workspaces: Workspaces;
}

export const ShellContext = createContext<Shell | undefined>(undefined);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell needs a <ShellContext.Provider>');
  return shell;
}
