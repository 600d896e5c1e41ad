const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

const wholeDollars = new Intl.NumberFormat('en-US');

/**
 * Cents of any size (a Cents scalar, a sum over many orders) as dollars, exactly: the digits are
 * split as integers, never divided as floats.
 */
export function formatExactCents(cents: bigint | string): string {
  const value = BigInt(cents);
  const size = value < 0n ? -value : value;
  const fraction = (size % 100n).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}$${wholeDollars.format(size / 100n)}.${fraction}`;
}

/** "12.5" → 1250; undefined when the text is not an amount. */
export function parseDollars(text: string): number | undefined {
  if (!/^\s*-?\d+(\.\d{0,2})?\s*$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}
