import { describe, expect, it } from 'vitest';
import { niceStep, revenueScale } from './revenue-scale';

describe('revenueScale', () => {
  it('rounds the top up to a round amount, zero at the bottom, a few ticks between', () => {
    const scale = revenueScale([0n, 2900n, 1200n], 160);
    expect(scale.top).toBe(3000n);
    expect(scale.bottom).toBe(0n);
    expect(scale.ticks).toEqual([0n, 1000n, 2000n, 3000n]);
    expect(scale.y(3000n)).toBe(0);
    expect(scale.y(0n)).toBe(160);
    expect(scale.y(1500n)).toBe(80);
  });

  it('goes below zero for a bucket whose refunds outweighed its payments, zero still a tick', () => {
    const scale = revenueScale([2900n, -1200n], 100);
    expect(scale.bottom).toBe(-2000n);
    expect(scale.top).toBe(4000n);
    expect(scale.ticks).toContain(0n);
    expect(scale.y(0n)).toBeCloseTo((4000 / 6000) * 100);
  });

  it('gives an empty range an axis up to a dollar, so nothing divides by zero', () => {
    const scale = revenueScale([0n, 0n], 160);
    expect(scale.top).toBe(100n);
    expect(scale.y(0n)).toBe(160);
    expect(revenueScale([], 10).ticks.at(-1)).toBe(100n);
  });

  it('keeps amounts past 2^53 cents exact: only the pixel is a float', () => {
    const huge = 2n ** 60n + 1n;
    const scale = revenueScale([huge], 100);
    const step = 500_000_000_000_000_000n;
    expect(scale.ticks).toEqual([0n, step, 2n * step, 3n * step]);
    expect(scale.y(0n)).toBe(100);
  });
});

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect([1n, 2n, 3n, 7n, 11n, 725n, 1025n, 5001n].map(niceStep)).toEqual([
      1n,
      2n,
      5n,
      10n,
      20n,
      1000n,
      2000n,
      10000n,
    ]);
  });
});
