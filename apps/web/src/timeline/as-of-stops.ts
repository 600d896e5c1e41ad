import type { TimelineEvent } from './timeline-event';

/**
 * Where the slider stands: right after one event of the stream (by its version), or now. A version
 * rather than an index, so the point holds while older pages or new events widen the slider.
 */
export type AsOfPoint = number | 'now';

/** The slider's stops, oldest at the left; one more stop, at the right, is now. */
export function stopsOf(newestFirst: readonly TimelineEvent[]): TimelineEvent[] {
  return [...newestFirst].reverse();
}

/** The slider's value for a point: an event no longer loaded reads as now. */
export function indexOfPoint(stops: readonly TimelineEvent[], point: AsOfPoint): number {
  if (point === 'now') return stops.length;
  const index = stops.findIndex((event) => event.version === point);
  return index === -1 ? stops.length : index;
}

export function pointAt(stops: readonly TimelineEvent[], index: number): AsOfPoint {
  return stops[index]?.version ?? 'now';
}

/** The event a point stands on; none at now. */
export function eventAt(stops: readonly TimelineEvent[], point: AsOfPoint): TimelineEvent | undefined {
  return point === 'now' ? undefined : stops.find((event) => event.version === point);
}

/** Whether an event had happened by the point: all had by now. */
export function hasHappenedBy(event: Pick<TimelineEvent, 'version'>, point: AsOfPoint): boolean {
  return point === 'now' || event.version <= point;
}
