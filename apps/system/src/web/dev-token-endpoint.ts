import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRole, namesLoopback, type DevTokens } from '@sluice/auth';

const maxBodyBytes = 1024;

/**
 * POST /dev-token {"role": "customer", "sub": "ada"} → {"token": "…"}: the dashboard's "sign in
 * as" picker on the embedded default. Only JSON from the dashboard's own pages is answered (a
 * foreign page can neither send it without a preflight nor read the answer), and only when asked
 * by a loopback name: a page whose own name resolves to 127.0.0.1 (DNS rebinding) would be its own
 * origin too.
 */
export async function answerDevToken(
  req: IncomingMessage,
  res: ServerResponse,
  dev: DevTokens,
): Promise<void> {
  const origin = req.headers.origin;
  const ownOrigin = `http://${req.headers.host ?? ''}`;
  if (req.method !== 'POST') return reply(res, 405, { error: 'POST a JSON body {"role", "sub"}' });
  if (!req.headers['content-type']?.startsWith('application/json'))
    return reply(res, 415, { error: 'POST a JSON body {"role", "sub"} (content-type: application/json)' });
  if (!namesLoopback(req.headers.host))
    return reply(res, 403, { error: 'Dev tokens are given at localhost or 127.0.0.1 only' });
  if (origin !== undefined && origin !== ownOrigin) return reply(res, 403, { error: 'Foreign origin' });
  let body = '';
  for await (const chunk of req as AsyncIterable<Buffer>) {
    body += chunk.toString('utf8');
    if (body.length > maxBodyBytes) return reply(res, 413, { error: 'Body too large' });
  }
  let parsed: { role?: unknown; sub?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return reply(res, 400, { error: 'Not JSON' });
  }
  if (!isRole(parsed.role)) return reply(res, 400, { error: 'role must be operator, customer or analyst' });
  const sub = typeof parsed.sub === 'string' && /^[\w.@-]{1,100}$/.test(parsed.sub) ? parsed.sub : undefined;
  reply(res, 200, { token: await dev.sign(parsed.role, sub) });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
