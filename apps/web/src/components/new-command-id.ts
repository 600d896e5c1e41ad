/** One id per submission, so a retried request is applied once (the write side dedupes on it). */
export function newCommandId(): string {
  // randomUUID exists only in secure contexts; the dashboard may be opened over plain http on a LAN.
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
