import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { AuthConfig } from '@sluice/auth';
import { newPglite, openPgliteEventStore, type EventStore } from '@sluice/event-store';
import { createConsoleLogger } from '@sluice/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteGatewayApp, type WriteGatewayApp } from './write-gateway-app';

/**
 * GraphiQL's page (about 9 MB) as a browser asks for it, with the Host header it would send:
 * whether it is GraphiQL, and whether it carries a token.
 */
async function graphiqlPage(port: number, host: string, headers: Record<string, string> = {}) {
  const page = await fetchPage(port, host, headers);
  return { graphiql: page.includes('graphiql'), token: page.includes('Bearer ey') };
}

function fetchPage(port: number, host: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path: '/graphql', headers: { host, accept: 'text/html', ...headers } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        response.on('end', () => resolve(body));
      },
    );
    sent.on('error', reject);
    sent.end();
  });
}

describe('GraphiQL signed in as an operator, on the embedded default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sluice-dev-sign-in-'));
  const auth: AuthConfig = {
    keys: { kind: 'dev', dataDir },
    issuer: undefined,
    audience: undefined,
    rolesClaim: 'roles',
  };
  let pglite: PGlite;
  let store: EventStore;
  const apps: WriteGatewayApp[] = [];
  const warnings: string[] = [];

  const gatewayOn = async (host: string) => {
    const app = createWriteGatewayApp({
      store,
      logger: createConsoleLogger('dev-sign-in-test', {
        destination: { write: (line: string) => warnings.push(line) },
      }),
      port: 0,
      host,
      auth,
    });
    apps.push(app);
    return Number(new URL(await app.start()).port);
  };

  beforeAll(async () => {
    pglite = newPglite();
    store = await openPgliteEventStore({ pglite });
  });

  afterAll(async () => {
    for (const app of apps) await app.stop();
    await store?.close();
    await pglite?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fills in the token for a page asked for at localhost', async () => {
    const port = await gatewayOn('127.0.0.1');
    expect(await graphiqlPage(port, `localhost:${port}`)).toEqual({ graphiql: true, token: true });
    expect(await graphiqlPage(port, `127.0.0.1:${port}`)).toEqual({ graphiql: true, token: true });
  });

  it("fills in nothing for another page's fetch, even from an origin allowed to call", async () => {
    const port = await gatewayOn('127.0.0.1');
    const local = `localhost:${port}`;
    expect(
      await graphiqlPage(port, local, { 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'none' }),
    ).toEqual({
      graphiql: true,
      token: true,
    });
    expect(await graphiqlPage(port, local, { origin: `http://${local}` })).toEqual({
      graphiql: true,
      token: true,
    });
    for (const headers of <Array<Record<string, string>>>[
      { origin: 'https://shop.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ])
      expect(await graphiqlPage(port, local, headers), JSON.stringify(headers)).toEqual({
        graphiql: true,
        token: false,
      });
  });

  it('fills in nothing for a page asked for by another name (a rebinding page on 127.0.0.1)', async () => {
    const port = await gatewayOn('127.0.0.1');
    expect(await graphiqlPage(port, `evil.example:${port}`)).toEqual({ graphiql: true, token: false });
  });

  it('fills in nothing, and says so at start, when it listens beyond this machine', async () => {
    warnings.length = 0;
    const port = await gatewayOn('0.0.0.0');
    expect(await graphiqlPage(port, `localhost:${port}`)).toEqual({ graphiql: true, token: false });
    expect(warnings.join('\n')).toContain('dev sign-in is off');
  });
});
