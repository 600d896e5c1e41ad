import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger';

/** What one readiness check found: `detail` is shown to whoever asks, so it holds no secrets. */
export interface CheckResult {
  ok: boolean;
  detail?: Record<string, string | number | boolean>;
}

/** Something a gateway needs before it takes traffic: the database, the broker, the read models. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<CheckResult>;
  /** Shown, but not failing readiness when it fails. @default true */
  required?: boolean;
}

/** A check that took longer than this has failed: a probe must answer, whatever hangs. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * `/health` (the process serves HTTP: 200) and `/readiness` (every check passes and the process is
 * not draining: 200, else 503), for orchestrators and load balancers. Open to anyone, like a
 * probe: the answers name the checks and their state, never data a caller sent.
 */
export class HealthEndpoints {
  private draining = false;

  constructor(
    private readonly checks: readonly ReadinessCheck[],
    private readonly logger: Logger,
  ) {}

  /** From now on /readiness answers 503, so that traffic goes elsewhere while the process stops. */
  drain(): void {
    this.draining = true;
  }

  /** Answers `req` if it asks for /health or /readiness; false if it is for someone else. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = (req.url ?? '').split('?')[0];
    if (path === '/health') {
      answer(res, 200, { status: 'alive' });
      return true;
    }
    if (path !== '/readiness') return false;
    void this.readiness().then(({ ready, body }) => answer(res, ready ? 200 : 503, body));
    return true;
  };

  async readiness(): Promise<{ ready: boolean; body: Record<string, unknown> }> {
    const results = await Promise.all(
      this.checks.map((readiness) =>
        withTimeout(
          readiness.check().catch((error: unknown) => {
            // The cause goes to the log: a probe's answer names no host, query or stack.
            this.logger.warn('readiness check failed', { check: readiness.name, error: String(error) });
            return { ok: false, detail: { error: 'failed (see the log)' } };
          }),
        ),
      ),
    );
    const checks = Object.fromEntries(this.checks.map(({ name }, i) => [name, results[i]!]));
    const ready = !this.draining && results.every(({ ok }, i) => ok || this.checks[i]!.required === false);
    const status = this.draining ? 'draining' : ready ? 'ready' : 'not ready';
    return { ready, body: { status, checks } };
  }
}

async function withTimeout(result: Promise<CheckResult>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, detail: { error: 'no answer within 2 s' } }),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([result, late]);
  } finally {
    clearTimeout(timer);
  }
}

function answer(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
