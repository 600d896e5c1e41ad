import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthSession } from './auth-session';
import { TokenRefusedError, type SignedInUser } from './signed-in-user';
import type { TokenStorage } from './token-storage';

function memoryStorage(initial?: string): TokenStorage & { token: string | undefined } {
  const storage = {
    token: initial,
    load: () => storage.token,
    save: (token: string) => void (storage.token = token),
    clear: () => void (storage.token = undefined),
  };
  return storage;
}

const user = (token: string, expiresAt?: string): SignedInUser => ({
  token,
  id: `user-of-${token}`,
  roles: ['CUSTOMER'],
  expiresAt,
});

const noticeOf = (session: AuthSession) =>
  session.current.kind === 'anonymous' ? session.current.notice : `still ${session.current.kind}`;

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AuthSession', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restores a kept token once the gateway knows it', async () => {
    const session = new AuthSession((token) => Promise.resolve(user(token)), memoryStorage('kept'));
    expect(session.current.kind).toBe('restoring');
    await settled();
    expect(session.current).toMatchObject({ kind: 'signed-in', user: { id: 'user-of-kept' } });
  });

  it('drops a kept token the gateway refuses, and says so', async () => {
    const storage = memoryStorage('stale');
    const session = new AuthSession(
      () => Promise.reject(new TokenRefusedError('The token has expired.')),
      storage,
    );
    await settled();
    expect(session.current.kind).toBe('anonymous');
    expect(noticeOf(session)).toMatch(/expired/);
    expect(storage.token).toBeUndefined();
  });

  it('keeps a signed-in user when a refusal is about a token they no longer use', async () => {
    const storage = memoryStorage();
    const session = new AuthSession((token) => Promise.resolve(user(token)), storage);
    await session.signIn('Bearer first');
    await session.signIn('second');
    session.refuse('first', 'old news');
    expect(session.current).toMatchObject({ kind: 'signed-in', user: { token: 'second' } });
    expect(storage.token).toBe('second');
    session.refuse('second', 'refused now');
    expect(session.current).toEqual({ kind: 'anonymous', notice: 'refused now' });
  });

  it('signs out when the token expires', async () => {
    vi.useFakeTimers();
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    const session = new AuthSession((token) => Promise.resolve(user(token, expiresAt)), memoryStorage());
    await session.signIn('short');
    vi.advanceTimersByTime(59_000);
    expect(session.current.kind).toBe('signed-in');
    vi.advanceTimersByTime(1_000);
    expect(noticeOf(session)).toMatch(/expired/);
  });

  it('refuses to sign in with a token the gateway refuses, saying why, and stays as it was', async () => {
    const session = new AuthSession(
      () => Promise.reject(new TokenRefusedError('The token is not valid.')),
      memoryStorage(),
    );
    await expect(session.signIn('bad')).rejects.toThrow('That token was refused: The token is not valid.');
    expect(session.current).toEqual({ kind: 'anonymous', notice: undefined });
  });
});
