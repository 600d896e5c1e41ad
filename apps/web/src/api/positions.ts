/** Log positions are decimal strings that may outgrow 2^53: compare them as bigints. */
export function isAfter(position: string, than: string): boolean {
  return BigInt(position) > BigInt(than);
}

export function latestOf(positions: readonly string[]): string | undefined {
  return positions.reduce<string | undefined>(
    (latest, position) => (latest === undefined || isAfter(position, latest) ? position : latest),
    undefined,
  );
}
