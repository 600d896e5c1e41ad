import { ApiClient } from '../api/api-client';
import type { GatewayConfig } from '../api/gateway-config';
import { accessOf, type Access } from '../auth/access';
import type { SignedInUser } from '../auth/signed-in-user';
import { DashboardStore } from '../live/dashboard-store';
import { LiveConnection } from '../live/live-connection';
import { startLiveSession } from '../live/live-session';

/** Everything the page holds for one user (or an anonymous visitor); nothing is shared between two. */
export interface Workspace {
  /** Changes with the user, so React starts their views afresh. */
  key: string;
  user: SignedInUser | undefined;
  access: Access;
  gateways: GatewayConfig;
  api: ApiClient;
  connection: LiveConnection;
  store: DashboardStore;
}

let opened = 0;

/**
 * Opens a user's workspace: their own store, a client and a WebSocket that carry their token,
 * and the live data their roles may see. `onRefused` hears when a gateway refuses the token.
 */
export function openWorkspace(
  gateways: GatewayConfig,
  user: SignedInUser | undefined,
  onRefused: (notice: string) => void,
): { workspace: Workspace; close(): void } {
  const access = accessOf(user?.roles ?? []);
  const api = new ApiClient(gateways, user?.token, (message) =>
    onRefused(`The gateway refused your token (${message}): sign in again.`),
  );
  const connection = new LiveConnection(gateways.readWsUrl, {
    token: user?.token,
    onRefused: (reason) =>
      onRefused(
        /expired/i.test(reason)
          ? 'Your session expired: sign in again.'
          : `The live connection refused your token${reason ? ` (${reason})` : ''}: sign in again.`,
      ),
  });
  const store = new DashboardStore();
  const stop = startLiveSession(api, connection, store, access);
  opened += 1;
  return {
    workspace: { key: `workspace-${opened}`, user, access, gateways, api, connection, store },
    close() {
      stop();
      void connection.close();
    },
  };
}
