import { describe, expect, it } from 'vitest';
import { ProgressTracker } from './progress-tracker';

describe('ProgressTracker', () => {
  it('answers at once for a position already applied', async () => {
    const tracker = new ProgressTracker(10n);
    await expect(tracker.waitFor(10n, 1)).resolves.toBe(true);
    await expect(tracker.waitFor(3n, 1)).resolves.toBe(true);
  });

  it('wakes a waiter on the advance that reaches its position, not before', async () => {
    const tracker = new ProgressTracker();
    const woken: bigint[] = [];
    const waits = [5n, 7n].map((p) => tracker.waitFor(p, 10_000).then((ok) => ok && woken.push(p)));
    tracker.advance(4n);
    await Promise.resolve();
    expect(woken).toEqual([]);
    tracker.advance(6n);
    await waits[0];
    expect(woken).toEqual([5n]);
    tracker.advance(7n);
    await Promise.all(waits);
    expect(woken).toEqual([5n, 7n]);
    expect(tracker.applied()).toBe(7n);
  });

  it('answers false when the position does not come in time, and never moves backwards', async () => {
    const tracker = new ProgressTracker(9n);
    tracker.advance(2n);
    expect(tracker.applied()).toBe(9n);
    await expect(tracker.waitFor(100n, 20)).resolves.toBe(false);
  });
});
