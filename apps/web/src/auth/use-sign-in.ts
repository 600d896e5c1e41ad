import { useCallback, useState } from 'react';
import { useShell } from './auth-context';

/** Signs in with a token got somehow (the picker, a pasted one); the error says why not. */
export function useSignIn() {
  const { auth } = useShell();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const signIn = useCallback(
    async (getToken: () => Promise<string>) => {
      setPending(true);
      setError(undefined);
      try {
        await auth.signIn(await getToken());
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setPending(false);
      }
    },
    [auth],
  );

  return { pending, error, signIn };
}
