import { describe, expect, it } from 'vitest';
import { formatCents, formatExactCents, parseDollars } from './money';

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

  it('formats cents of any size exactly, as formatCents does where both can', () => {
    expect(formatExactCents('123456789012345678901')).toBe('$1,234,567,890,123,456,789.01');
    expect(formatExactCents(5n)).toBe('$0.05');
    for (const cents of [0, 2900, -500, 145000])
      expect(formatExactCents(BigInt(cents))).toBe(formatCents(cents));
  });
});
