import { randomUUID } from 'node:crypto';

/** The header a request's id comes in, and goes back out in. */
export const requestIdHeader = 'x-request-id';

/** What clients sent before x-request-id, still taken as the id when x-request-id is absent. */
const correlationIdHeader = 'x-correlation-id';

const plainToken = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A request's id: the client's own when it is a plain token, so one id follows a call from
 * service to service; otherwise a new one, so nothing a client sends reaches a log line or a
 * response header unchecked (a newline, say, or a megabyte).
 */
export function requestIdOf(header: (name: string) => string | null | undefined): string {
  for (const name of [requestIdHeader, correlationIdHeader]) {
    const value = header(name);
    if (value !== null && value !== undefined && value !== '') {
      return plainToken.test(value) ? value : randomUUID();
    }
  }
  return randomUUID();
}
