import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRole, type DevTokens } from '@sluice/auth';

const maxBodyBytes = 1024;

/**
 * POST /dev-token {"role": "customer", "sub": "ada"} → {"token": "…"}: the dashboard's "sign in
 * as" picker on the embedded default. Only JSON from the dashboard's own pages is answered (a
 * foreign page can neither send it without a preflight nor read the answer).
 */
export async function answerDevToken(
  req: IncomingMessage,
  res: ServerResponse,
  dev: DevTokens,
): Promise<void> {
  const origin = req.headers.origin;
  const ownOrigin = `http://${req.headers.host ?? ''}`;
  if (req.method !== 'POST' || !req.headers['content-type']?.startsWith('application/json')) {
    return reply(res, 405, { error: 'POST a JSON body {"role", "sub"}' });
  }
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
