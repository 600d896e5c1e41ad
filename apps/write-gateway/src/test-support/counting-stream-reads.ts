import { openPgliteEventStore, type EventStore } from '@sluice/event-store';
import { afterAll, beforeAll } from 'vitest';

export interface CountingStore {
  /** The store, once the suite began. */
  readonly store: EventStore;
  /** Stream reads (`readStreams`) since the last reset. */
  reads(): number;
  reset(): void;
}

/** For the suite: a real store on PGlite whose stream reads are counted, closed after it. */
export function storeCountingStreamReads(): CountingStore {
  let opened: EventStore | undefined;
  let counting: EventStore | undefined;
  let reads = 0;
  beforeAll(async () => {
    const real = (opened = await openPgliteEventStore());
    counting = Object.assign(Object.create(real) as EventStore, {
      readStreams: (...args: Parameters<EventStore['readStreams']>) => {
        reads++;
        return real.readStreams(...args);
      },
    });
  });
  afterAll(() => opened?.close());
  return {
    get store() {
      if (!counting) throw new Error('the store opens before the suite');
      return counting;
    },
    reads: () => reads,
    reset: () => void (reads = 0),
  };
}
