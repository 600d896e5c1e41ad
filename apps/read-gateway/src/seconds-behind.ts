import type { EventStore } from '@sluice/event-store';

/**
 * How far behind the log a reader at `position` is in time: the age, in seconds, of the oldest
 * event past it; 0 when there is none. (A projection's lag, the relay's.)
 */
export async function secondsBehind(store: EventStore, position: bigint, now = Date.now()): Promise<number> {
  const [oldest] = await store.readAllAfter(position, 1);
  return oldest ? Math.max(0, (now - oldest.occurredAt.getTime()) / 1000) : 0;
}
