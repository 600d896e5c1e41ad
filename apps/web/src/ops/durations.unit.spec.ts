import { describe, expect, it } from 'vitest';
import { formatEvents, formatSeconds } from './durations';

describe('formatSeconds', () => {
  it('says seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatSeconds(0)).toBe('0 s');
    expect(formatSeconds(0.4)).toBe('0 s');
    expect(formatSeconds(59.6)).toBe('1 min 0 s');
    expect(formatSeconds(185)).toBe('3 min 5 s');
    expect(formatSeconds(7440)).toBe('2 h 4 min');
  });
});

describe('formatEvents', () => {
  it('marks thousands and agrees in number', () => {
    expect(formatEvents(1)).toBe('1 event');
    expect(formatEvents(0)).toBe('0 events');
    expect(formatEvents(1234567)).toBe('1,234,567 events');
  });
});
