import { describe, expect, it } from 'vitest';
import { rebuildPace } from './rebuild-pace';

describe('rebuildPace', () => {
  it('is the events applied per second since the start, and the time the rest takes at that rate', () => {
    expect(rebuildPace(20_000, 4, 60_000)).toEqual({ eventsPerSecond: 5000, etaSeconds: 12 });
  });

  it('has no estimate while nothing is applied, and none left to wait once at the head', () => {
    expect(rebuildPace(0, 3, 1000)).toEqual({ eventsPerSecond: 0, etaSeconds: undefined });
    expect(rebuildPace(500, 2, 0)).toEqual({ eventsPerSecond: 250, etaSeconds: 0 });
  });

  it('does not divide by a zero duration', () => {
    expect(rebuildPace(10, 0, 10).eventsPerSecond).toBe(10_000);
  });
});
