import type { EventStore } from '@sluice/event-store';
import {
  allProjections,
  retryDeadLetter,
  skipDeadLetter,
  type SqlSession,
  type WhileNoProjectorRuns,
} from '@sluice/projections';

/** What an operator does with a dead letter from the read gateway (see the retry/skip mutations). */
export interface DeadLetterDesk {
  /**
   * Applies the dead letter's event with the code this gateway runs, or throws: a DeadLetterError
   * when none waits there or a retry may not run now, the projection's own error when it fails again.
   */
  retry(projection: string, position: bigint): Promise<void>;
  /** Lets it go (the projection stays past it), or throws a DeadLetterError when none waits there. */
  skip(projection: string, position: bigint): Promise<void>;
}

/**
 * The desk of a read side on `session`; `whileNoProjectorRuns` is how it keeps projectors out
 * while a retry applies its event (a running one could write the rows it holds in memory back
 * over the retry's).
 */
export function deadLetterDesk(
  session: SqlSession,
  store: EventStore,
  whileNoProjectorRuns: WhileNoProjectorRuns,
): DeadLetterDesk {
  return {
    retry: (projection, position) =>
      retryDeadLetter(session, store, allProjections, projection, position, whileNoProjectorRuns),
    skip: (projection, position) => skipDeadLetter(session, projection, position),
  };
}
