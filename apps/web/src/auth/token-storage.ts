const key = 'sluice.token';

/** Where the signed-in user's token is kept: for this tab only, so a reload keeps the session. */
export interface TokenStorage {
  load(): string | undefined;
  save(token: string): void;
  clear(): void;
}

/** sessionStorage, which a locked-down browser may refuse: then the session lasts until reload. */
export function sessionTokenStorage(): TokenStorage {
  const attempt = <T>(use: (storage: Storage) => T): T | undefined => {
    try {
      return use(window.sessionStorage);
    } catch {
      return undefined;
    }
  };
  return {
    load: () => attempt((storage) => storage.getItem(key)) ?? undefined,
    save: (token) => attempt((storage) => storage.setItem(key, token)),
    clear: () => attempt((storage) => storage.removeItem(key)),
  };
}
