/** A vertical axis for revenue in cents: zero always on it, refunds (below zero) too. */
export interface RevenueScale {
  /** The axis' top and bottom, round amounts; bottom is 0 unless a bucket lost money. */
  top: bigint;
  bottom: bigint;
  /** The round amounts to label, bottom to top. */
  ticks: bigint[];
  /** Where an amount sits, 0 at the top and `height` at the bottom. */
  y(cents: bigint): number;
}

/** At most this many steps between ticks: enough to read a bar by, few enough to fit 160px. */
const MAX_STEPS = 4n;

/**
 * The scale for the given bucket revenues over `height` pixels. Amounts stay bigints and round to
 * 1, 2 or 5 times a power of ten cents; only the pixel position is a float.
 */
export function revenueScale(revenues: readonly bigint[], height: number): RevenueScale {
  const most = revenues.reduce((max, value) => (value > max ? value : max), 0n);
  const least = revenues.reduce((min, value) => (value < min ? value : min), 0n);
  // An empty range still gets an axis up to a dollar, so a first sale has room to show.
  const span = most - least > 0n ? most - least : 100n;
  const step = niceStep(ceilDiv(span, MAX_STEPS));
  const top = most > 0n ? roundUp(most, step) : least < 0n ? 0n : span;
  const bottom = -roundUp(-least, step);
  const ticks: bigint[] = [];
  for (let tick = bottom; tick <= top; tick += step) ticks.push(tick);
  const range = Number(top - bottom);
  return { top, bottom, ticks, y: (cents) => (Number(top - cents) / range) * height };
}

/** The smallest of 1, 2 or 5 times a power of ten that is at least `atLeast` (≥ 1). */
export function niceStep(atLeast: bigint): bigint {
  for (let power = 1n; ; power *= 10n)
    for (const factor of [1n, 2n, 5n]) if (factor * power >= atLeast) return factor * power;
}

function ceilDiv(value: bigint, by: bigint): bigint {
  return (value + by - 1n) / by;
}

function roundUp(value: bigint, step: bigint): bigint {
  return ceilDiv(value, step) * step;
}
