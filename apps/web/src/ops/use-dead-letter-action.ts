import { useCallback, useState } from 'react';
import { RetryDeadLetter, SkipDeadLetter } from '../api/read-operations';
import { useAppServices } from '../app-services';

export type DeadLetterAction = 'retry' | 'skip';

/** What the last action on a dead letter came to, told to the operator. */
export interface ActionFeedback {
  kind: 'done' | 'failed';
  message: string;
}

/**
 * Retries or skips one dead letter on the read gateway and says what came of it; `onDone` reads
 * the status again, so a resolved letter leaves the list at once.
 */
export function useDeadLetterAction(onDone: () => void) {
  const { api } = useAppServices();
  const [pending, setPending] = useState<string | undefined>();
  const [feedback, setFeedback] = useState<ActionFeedback | undefined>();

  const run = useCallback(
    async (action: DeadLetterAction, letter: { id: string; projection: string; position: string }) => {
      setPending(letter.id);
      setFeedback(undefined);
      try {
        const variables = { projection: letter.projection, position: letter.position };
        const { result } = await api.read(action === 'retry' ? RetryDeadLetter : SkipDeadLetter, variables);
        setFeedback(
          result.__typename === 'DeadLetterResolved'
            ? {
                kind: 'done',
                message:
                  result.resolution === 'RETRIED'
                    ? `Retried: ${result.projection} applied the event at ${result.position}.`
                    : `Skipped: ${result.projection} goes on without the event at ${result.position}.`,
              }
            : { kind: 'failed', message: result.message },
        );
      } catch (error) {
        setFeedback({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        setPending(undefined);
        onDone();
      }
    },
    [api, onDone],
  );

  return { pending, feedback, run };
}
