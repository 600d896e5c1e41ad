/**
 * A 503 written straight to a socket, for a connection or an upgrade refused before any HTTP
 * handler takes it: a GraphQL error with its code, so the client reads why, and a hint to retry.
 */
export function rawServiceUnavailable(
  message: string,
  extensions: { code: string } & Record<string, unknown>,
): string {
  const body = JSON.stringify({ errors: [{ message, extensions }] });
  return [
    'HTTP/1.1 503 Service Unavailable',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Retry-After: 1',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
