/**
 * Whether a request's Origin may use a gateway from a browser. A request without Origin is not a
 * cross-origin browser request (curl, a server, a same-origin GET), so it is not this check's
 * business; the token still decides what it may do.
 */
export function originAllowed(allowed: readonly string[], origin: string | null | undefined): boolean {
  if (origin === null || origin === undefined) return true;
  return allowed.includes('*') || allowed.includes(origin);
}
