import { Observable } from '../live/observable';
import { TokenRefusedError, type SignedInUser } from './signed-in-user';
import type { TokenStorage } from './token-storage';

export type AuthState =
  /** A token kept from before a reload is being checked with the gateway. */
  | { kind: 'restoring'; problem: string | undefined }
  /** `notice` says why the last session ended, when it was not the user's choice. */
  | { kind: 'anonymous'; notice: string | undefined }
  | { kind: 'signed-in'; user: SignedInUser };

/** Longest timer a browser keeps; a later one would fire at once. */
const maxTimerMs = 2 ** 31 - 1;
const restoreRetryMs = 2_000;

/**
 * Who uses the page. A token is verified with the gateway (`me`) before it is used, kept in the
 * tab's storage so a reload keeps it, and dropped when it expires or a gateway refuses it, with
 * a notice that says so.
 */
export class AuthSession extends Observable<AuthState> {
  private expiry: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly verify: (token: string) => Promise<SignedInUser>,
    private readonly storage: TokenStorage,
  ) {
    super({ kind: 'anonymous', notice: undefined });
    const saved = storage.load();
    if (saved) {
      this.set({ kind: 'restoring', problem: undefined });
      void this.restore(saved);
    }
  }

  /** Signs in with a token, or throws an Error whose message says why not. */
  async signIn(token: string): Promise<void> {
    const trimmed = token.trim().replace(/^Bearer\s+/i, '');
    if (!trimmed) throw new Error('Paste a token first.');
    try {
      this.enter(await this.verify(trimmed));
    } catch (error) {
      if (error instanceof TokenRefusedError) throw new Error(`That token was refused: ${error.message}`);
      throw new Error(`Could not reach the read gateway: ${String(error)}`);
    }
  }

  signOut(): void {
    this.leave(undefined);
  }

  /** A gateway refused this token (expired, revoked): back to the sign-in, saying so. */
  refuse(token: string, notice: string): void {
    const state = this.current;
    const holds = state.kind === 'signed-in' ? state.user.token === token : state.kind === 'restoring';
    if (holds) this.leave(notice);
  }

  private enter(user: SignedInUser): void {
    clearTimeout(this.expiry);
    this.storage.save(user.token);
    this.set({ kind: 'signed-in', user });
    if (user.expiresAt === undefined) return;
    const at = new Date(user.expiresAt);
    const remaining = at.getTime() - Date.now();
    if (remaining > maxTimerMs) return;
    this.expiry = setTimeout(
      () => this.refuse(user.token, `Your session expired at ${at.toLocaleTimeString()}: sign in again.`),
      Math.max(0, remaining),
    );
  }

  private leave(notice: string | undefined): void {
    clearTimeout(this.expiry);
    this.storage.clear();
    this.set({ kind: 'anonymous', notice });
  }

  private async restore(token: string): Promise<void> {
    while (this.current.kind === 'restoring') {
      try {
        const user = await this.verify(token);
        if (this.current.kind === 'restoring') this.enter(user);
        return;
      } catch (error) {
        if (error instanceof TokenRefusedError) {
          return this.refuse(token, `Your session ended (${error.message}): sign in again.`);
        }
        if (this.current.kind !== 'restoring') return;
        this.set({
          kind: 'restoring',
          problem: `The read gateway is not answering; retrying… (${String(error)})`,
        });
        await new Promise((resolve) => setTimeout(resolve, restoreRetryMs));
      }
    }
  }
}
