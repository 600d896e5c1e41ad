/**
 * The event types a subscriber to `events` follows: undefined for every type, or those both its
 * filters name (`types`, `eventTypes`), each left out or empty meaning any. An empty answer
 * means no event can match.
 */
export function followedTypes(
  types: readonly string[] | null | undefined,
  eventTypes: readonly string[] | null | undefined,
): readonly string[] | undefined {
  const named = types?.length ? types : undefined;
  const typed = eventTypes?.length ? eventTypes : undefined;
  if (named === undefined) return typed;
  if (typed === undefined) return named;
  return named.filter((type) => typed.includes(type));
}
