import { describe, expect, it } from 'vitest';
import { formatCents, parseDollars } from './money';

describe('money', () => {
  it('parses dollar amounts into whole cents without float drift', () => {
    expect(parseDollars('12.5')).toBe(1250);
    expect(parseDollars('0.29')).toBe(29);
    expect(parseDollars(' 7 ')).toBe(700);
    expect(parseDollars('-1')).toBe(-100);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '1.234', '1,5', '1e3']) expect(parseDollars(text)).toBeUndefined();
  });

  it('formats cents as dollars', () => {
    expect(formatCents(145000)).toBe('$1,450.00');
  });
});
