import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLongDelay } from './long-timeout';

describe('a delay longer than Node keeps', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires when it ends, not at once, and not after a cancel', () => {
    const ninetyDays = 90 * 24 * 3600 * 1000;
    const fired = vi.fn();
    afterLongDelay(ninetyDays, fired);
    vi.advanceTimersByTime(ninetyDays - 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledOnce();

    const cancelled = vi.fn();
    const cancel = afterLongDelay(ninetyDays, cancelled);
    vi.advanceTimersByTime(30 * 24 * 3600 * 1000);
    cancel();
    vi.advanceTimersByTime(ninetyDays);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
