import { originAllowed } from '@sluice/auth';
import type { Plugin } from 'graphql-yoga';

/**
 * Whether a browser page of `origin` may call a server reached as `host`: its own pages always
 * may (GraphiQL), others only when allowed.
 */
export function originMayCall(
  allowed: readonly string[],
  origin: string | null | undefined,
  host: string | undefined,
): boolean {
  if (originAllowed(allowed, origin)) return true;
  try {
    return host !== undefined && new URL(origin ?? '').host === host;
  } catch {
    return false;
  }
}

/**
 * CORS by an allowlist: an allowed origin gets the CORS headers (and only its own origin echoed),
 * and a request from any other origin is refused with 403 before it runs, so a foreign page
 * learns nothing and changes nothing through a visitor's browser.
 */
export function originPolicy(allowed: readonly string[]) {
  const cors = (request: Request) => {
    const origin = request.headers.get('origin');
    return origin && originAllowed(allowed, origin)
      ? {
          origin: [origin],
          credentials: true,
          // x-graphql-event-stream-token: graphql-sse's single connection mode. x-graphql-yoga-csrf
          // is no longer required, but still allowed for clients written when it was.
          allowedHeaders: [
            'content-type',
            'authorization',
            'x-correlation-id',
            'x-request-id',
            'x-graphql-event-stream-token',
            'x-graphql-yoga-csrf',
          ],
          // A page can read the id its request was logged under.
          exposedHeaders: ['x-request-id'],
          maxAge: 600,
        }
      : false;
  };
  const plugin: Plugin = {
    onRequest(payload) {
      const { request, fetchAPI } = payload;
      const origin = request.headers.get('origin');
      if (originMayCall(allowed, origin, request.headers.get('host') ?? undefined)) return;
      payload.endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `Origin ${origin} may not call this gateway (CORS_ORIGINS).`,
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          }),
          { status: 403, headers: { 'content-type': 'application/json; charset=utf-8', vary: 'Origin' } },
        ),
      );
    },
  };
  return { cors, plugin };
}
