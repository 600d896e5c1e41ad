import type { EventStore, StoredEvent } from '@sluice/event-store';
import { reachedBy, type PastPoint } from './past-point';

const PAGE = 1_000;

/**
 * A stream's events after `afterVersion` (0: from its first) up to `point`, in version order,
 * read on the stream's index. It stops at the first event past the point: a state as of then is
 * a prefix of its stream.
 */
export async function streamUntil(
  store: Pick<EventStore, 'readStreamPage'>,
  streamId: string,
  point: PastPoint,
  afterVersion = 0,
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (let version = afterVersion; ;) {
    const page = await store.readStreamPage(streamId, { from: version, limit: PAGE, newestFirst: false });
    for (const event of page) {
      if (!reachedBy(event, point)) return events;
      events.push(event);
    }
    if (page.length < PAGE) return events;
    version = page.at(-1)!.version;
  }
}
