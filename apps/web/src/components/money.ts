const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCents(cents: number): string {
  return dollars.format(cents / 100);
}

/** "12.5" → 1250; undefined when the text is not an amount. */
export function parseDollars(text: string): number | undefined {
  if (!/^\s*-?\d+(\.\d{0,2})?\s*$/.test(text)) return undefined;
  return Math.round(Number(text) * 100);
}
