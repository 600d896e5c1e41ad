import { afterEach, describe, expect, it } from 'vitest';
import { HealthEndpoints, type CheckResult, type ReadinessCheck } from './health';
import { startHttpServer, type RunningHttpServer } from './http-server';
import { LogLines } from '@sluice/testing';
import { createConsoleLogger } from './logger';

let lines = new LogLines();
const logger = createConsoleLogger('health-test', { destination: { write: (line) => lines.write(line) } });

const passing = (name: string, detail?: CheckResult['detail']): ReadinessCheck => ({
  name,
  check: () => Promise.resolve({ ok: true, ...(detail ? { detail } : {}) }),
});

describe('health endpoints over HTTP', () => {
  let server: RunningHttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    lines = new LogLines();
  });

  async function serve(checks: ReadinessCheck[]): Promise<{ health: HealthEndpoints; url: string }> {
    const health = new HealthEndpoints(checks, logger);
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: [health.handle],
      handler: (_req, res) => res.writeHead(418).end('the handler'),
    });
    return { health, url: server.url };
  }

  const get = async (url: string) => {
    const response = await fetch(url);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('says it is alive, and ready when every check passes, with what each found', async () => {
    const { url } = await serve([passing('database'), passing('projections', { lag: 3 })]);
    expect(await get(`${url}/health`)).toEqual({ status: 200, body: { status: 'alive' } });
    expect(await get(`${url}/readiness`)).toEqual({
      status: 200,
      body: {
        status: 'ready',
        checks: { database: { ok: true }, projections: { ok: true, detail: { lag: 3 } } },
      },
    });
    // Anything else, and a POST to the same path, is the handler's.
    expect((await fetch(`${url}/graphql`)).status).toBe(418);
    expect((await fetch(`${url}/readiness`, { method: 'POST' })).status).toBe(418);
  });

  it('is not ready while a required check fails, and says which; an optional one only shows', async () => {
    const { url } = await serve([
      passing('database'),
      { name: 'broker', check: () => Promise.resolve({ ok: false }), required: false },
    ]);
    expect(await get(`${url}/readiness`)).toMatchObject({
      status: 200,
      body: { checks: { broker: { ok: false } } },
    });

    const failing = await serve([
      passing('database'),
      { name: 'projections', check: () => Promise.resolve({ ok: false, detail: { state: 'catching up' } }) },
    ]);
    expect(await get(`${failing.url}/readiness`)).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        checks: { database: { ok: true }, projections: { ok: false, detail: { state: 'catching up' } } },
      },
    });
  });

  it('answers a check that throws or hangs as failed, without the error, which goes to the log', async () => {
    const { url } = await serve([
      {
        name: 'database',
        check: () => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432\n    at stack')),
      },
      { name: 'broker', check: () => new Promise<CheckResult>(() => {}) },
    ]);
    const { status, body } = await get(`${url}/readiness`);
    expect(status).toBe(503);
    expect(body.checks).toEqual({
      database: { ok: false, detail: { error: 'failed (see the log)' } },
      broker: { ok: false, detail: { error: 'no answer within 2 s' } },
    });
    expect(JSON.stringify(body)).not.toContain('10.1.2.3');
    expect(lines.entries).toEqual([
      expect.objectContaining({
        level: 'warn',
        check: 'database',
        error: expect.stringContaining('10.1.2.3') as unknown,
      }),
    ]);
  });

  it('answers 503 "draining" from the moment it is told to drain', async () => {
    const { health, url } = await serve([passing('database')]);
    health.drain();
    expect(await get(`${url}/readiness`)).toMatchObject({ status: 503, body: { status: 'draining' } });
    expect((await get(`${url}/health`)).status).toBe(200);
  });
});
