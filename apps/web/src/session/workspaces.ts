import type { GatewayConfig } from '../api/gateway-config';
import type { AuthSession } from '../auth/auth-session';
import { Observable } from '../live/observable';
import { openWorkspace, type Workspace } from './workspace';

/**
 * The workspace of whoever uses the page now: when the user changes (sign-in, sign-out, a refused
 * token), the old one is closed — its WebSocket too — and a new one opened with the new token.
 * While a kept token is being checked there is none.
 */
export class Workspaces extends Observable<Workspace | undefined> {
  private open: { token: string | undefined; close(): void } | undefined;

  constructor(
    private readonly gateways: GatewayConfig,
    private readonly auth: AuthSession,
  ) {
    super(undefined);
    auth.subscribe(() => this.follow());
    this.follow();
  }

  private follow(): void {
    const state = this.auth.current;
    if (state.kind === 'restoring') {
      this.closeOpen();
      if (this.current) this.set(undefined);
      return;
    }
    const user = state.kind === 'signed-in' ? state.user : undefined;
    const token = user?.token;
    if (this.open && this.open.token === token) return;
    this.closeOpen();
    const opened = openWorkspace(this.gateways, user, (notice) => {
      if (token) this.auth.refuse(token, notice);
    });
    this.open = { token, close: () => opened.close() };
    this.set(opened.workspace);
  }

  private closeOpen(): void {
    this.open?.close();
    this.open = undefined;
  }
}
