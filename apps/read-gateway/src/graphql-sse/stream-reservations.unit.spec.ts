import { anonymous, type Caller } from '@sluice/auth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StreamReservations } from './stream-reservations';

const ada: Caller = { sub: 'ada', roles: ['customer'], expiresAt: undefined };

describe('stream reservations', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const reservations = () =>
    new StreamReservations(
      { maxStreams: 2, reservationTimeoutMs: 1_000 },
      { maxQueued: 10, onError: () => undefined },
    );

  it('names a stream by a token of its own, for the caller who reserved it only', () => {
    const streams = reservations();
    const token = streams.reserve(ada)!;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(streams.find(token, ada)).toMatchObject({ opened: false });
    expect(streams.find(token, { ...ada, expiresAt: Date.now() + 60_000 })).toMatchObject({ opened: false });
    expect(streams.find(token, anonymous)).toBe('forbidden');
    expect(streams.find(token, { ...ada, sub: 'bob' })).toBe('forbidden');
    // The same sub under another role is another caller (a staff account named like a customer).
    expect(streams.find(token, { ...ada, roles: ['operator'] })).toBe('forbidden');
    expect(streams.find('guessed', ada)).toBe('not found');
  });

  it('drops a reservation not opened in time, and keeps one that was', () => {
    const streams = reservations();
    const lapsing = streams.reserve(ada)!;
    const opened = streams.reserve(ada)!;
    const kept = streams.find(opened, ada);
    if (typeof kept === 'string') throw new Error(kept);
    kept.opened = true;
    vi.advanceTimersByTime(1_000);
    expect(streams.find(lapsing, ada)).toBe('not found');
    expect(streams.find(opened, ada)).toBe(kept);
    expect(streams.size()).toBe(1);
  });

  it('counts streams of both modes against the limit, and frees a place when one ends', () => {
    const streams = reservations();
    const distinct = streams.stream()!;
    expect(streams.reserve(ada)).toBeDefined();
    expect(streams.reserve(ada)).toBeUndefined();
    expect(streams.stream()).toBeUndefined();
    distinct.end();
    expect(streams.reserve(ada)).toBeDefined();
    streams.close();
    expect(streams.size()).toBe(0);
  });
});
