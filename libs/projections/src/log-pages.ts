import type { EventStore, StoredEvent } from '@sluice/event-store';

export interface LogPagesOptions {
  after: bigint;
  pageSize: number;
  /** The position to read up to (a page may end past it); the head when absent. */
  until?: bigint;
  /** Stops the reading between two pages. */
  signal?: AbortSignal;
}

/**
 * The log after `after`, page by page in log order. The next page is read while the caller works
 * on this one: on PostgreSQL the two overlap.
 */
export async function* logPages(
  store: EventStore,
  { after, pageSize, until, signal }: LogPagesOptions,
): AsyncGenerator<readonly StoredEvent[]> {
  const read = (from: bigint) => {
    const page = store.readAllAfter(from, pageSize);
    page.catch(() => {}); // awaited below, unless the caller stopped before
    return page;
  };
  let position = after;
  let next = read(position);
  while (until === undefined || position < until) {
    signal?.throwIfAborted();
    const events = await next;
    if (events.length === 0) return;
    position = events.at(-1)!.position;
    next = until === undefined || position < until ? read(position) : Promise.resolve([]);
    yield events;
  }
}
