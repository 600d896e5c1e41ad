import { describe, expect, it } from 'vitest';
import { eventAt, hasHappenedBy, indexOfPoint, pointAt, stopsOf } from './as-of-stops';
import type { TimelineEvent } from './timeline-event';

const events = (...versions: number[]) => versions.map((version) => ({ version }) as TimelineEvent);
const versionsOf = (stops: readonly TimelineEvent[]) => stops.map((event) => event.version);

describe('the as-of slider stops', () => {
  it('puts the oldest loaded event at the left and now past the newest', () => {
    const stops = stopsOf(events(3, 2, 1));
    expect(versionsOf(stops)).toEqual([1, 2, 3]);
    expect([0, 1, 2, 3].map((index) => pointAt(stops, index))).toEqual([1, 2, 3, 'now']);
    expect(indexOfPoint(stops, 'now')).toBe(3);
    expect(indexOfPoint(stops, 2)).toBe(1);
  });

  it('keeps a point on its event when older pages or newer events widen the slider', () => {
    const before = stopsOf(events(22, 21));
    const point = pointAt(before, 0);
    const after = stopsOf(events(23, 22, 21, 20, 19));
    expect(indexOfPoint(after, point)).toBe(2);
    expect(eventAt(after, point)?.version).toBe(21);
  });

  it('reads an event it does not hold, or none at all, as now', () => {
    expect(indexOfPoint(stopsOf(events(2, 1)), 7)).toBe(2);
    expect(indexOfPoint([], 'now')).toBe(0);
    expect(pointAt([], 0)).toBe('now');
    expect(eventAt(stopsOf(events(1)), 'now')).toBeUndefined();
  });

  it('counts the events up to the point as happened, and every one by now', () => {
    const point = 2;
    expect(events(1, 2, 3).map((event) => hasHappenedBy(event, point))).toEqual([true, true, false]);
    expect(events(1, 2, 3).every((event) => hasHappenedBy(event, 'now'))).toBe(true);
  });
});
