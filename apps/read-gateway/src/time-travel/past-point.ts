import type { StoredEvent } from '@sluice/event-store';
import { lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** A point in the log's past: after the event at a position, or as recorded by a time. */
export type PastPoint = { position: bigint } | { time: Date };

/** Whether the event is part of the past up to `point`. */
export function reachedBy(event: StoredEvent, point: PastPoint): boolean {
  return 'position' in point ? event.position <= point.position : event.occurredAt <= point.time;
}

/** The condition that a row kept by `position` and `recordedAt` is part of the past up to `point`. */
export function reachedIn(point: PastPoint, position: PgColumn, recordedAt: PgColumn): SQL {
  return 'position' in point ? lte(position, point.position) : lte(recordedAt, point.time.toISOString());
}
