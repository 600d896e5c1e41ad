import type { StoredEvent } from '@sluice/event-store';

/** A point in the log's past: after the event at a position, or as recorded by a time. */
export type PastPoint = { position: bigint } | { time: Date };

/** Whether the event is part of the past up to `point`. */
export function reachedBy(event: StoredEvent, point: PastPoint): boolean {
  return 'position' in point ? event.position <= point.position : event.occurredAt <= point.time;
}
