import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningHttpServer } from '@sluice/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './serve-web-app';

type DevTokens = NonNullable<Parameters<typeof serveWebApp>[2]>;

interface Sent {
  method?: string;
  host: string;
  headers?: Record<string, string>;
  body?: string;
}

function send(port: number, path: string, sent: Sent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        port,
        path,
        method: sent.method ?? 'GET',
        headers: { host: sent.host, ...sent.headers },
        setHost: false,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(sent.body);
  });
}

const get = (port: number, path: string, host: string) => send(port, path, { host });

const postJson = (port: number, body: unknown, headers: Record<string, string> = {}) =>
  send(port, '/dev-token', {
    method: 'POST',
    host: `127.0.0.1:${port}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const ports = () => ({ writePort: 4001, readPort: 4002 });
const fakeDevTokens: DevTokens = {
  sign: (role, sub) => Promise.resolve(`token-of-${role}-${sub ?? 'default'}`),
};

describe('the web app server', () => {
  const distDir = mkdtempSync(join(tmpdir(), 'sluice-dist-'));
  let server: RunningHttpServer;
  let devServer: RunningHttpServer;
  let proxiedServer: RunningHttpServer;

  beforeAll(async () => {
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>shop</title>');
    server = await serveWebApp({ port: 0, host: '127.0.0.1', distDir }, ports);
    devServer = await serveWebApp({ port: 0, host: '127.0.0.1', distDir }, ports, fakeDevTokens);
    proxiedServer = await serveWebApp(
      {
        port: 0,
        host: '127.0.0.1',
        distDir,
        gatewayUrls: { write: '/write/graphql', read: 'https://api.shop.example/read/graphql' },
      },
      ports,
    );
  });

  afterAll(async () => {
    await server.close();
    await devServer.close();
    await proxiedServer.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it('points the page at the gateways on the host it was opened with', async () => {
    const { body } = await get(server.port, '/config.json', 'shop.lan:4000');
    expect(JSON.parse(body)).toEqual({
      writeUrl: 'http://shop.lan:4001/graphql',
      readUrl: 'http://shop.lan:4002/graphql',
      readWsUrl: 'ws://shop.lan:4002/graphql',
      signIn: 'token',
    });
    expect(JSON.parse((await get(server.port, '/config.json', '[::1]:4000')).body)).toMatchObject({
      writeUrl: 'http://[::1]:4001/graphql',
    });
  });

  it('behind a proxy, points the page at the paths it was given on its own origin', async () => {
    const { body } = await get(proxiedServer.port, '/config.json', 'shop.lan:8080');
    expect(JSON.parse(body)).toEqual({
      writeUrl: 'http://shop.lan:8080/write/graphql',
      readUrl: 'https://api.shop.example/read/graphql',
      readWsUrl: 'wss://api.shop.example/read/graphql',
      signIn: 'token',
    });
    const tls = await send(proxiedServer.port, '/config.json', {
      host: 'shop.example',
      headers: { 'x-forwarded-proto': 'https, http' },
    });
    expect(JSON.parse(tls.body)).toMatchObject({ writeUrl: 'https://shop.example/write/graphql' });
  });

  it('answers a Host header that is no host with localhost, and keeps serving', async () => {
    const { body } = await get(server.port, '/config.json', 'a b');
    expect(JSON.parse(body)).toMatchObject({ readWsUrl: 'ws://localhost:4002/graphql' });
    expect((await get(server.port, '/orders', 'localhost')).body).toContain('<title>shop</title>');
  });

  it('offers the sign-in picker only where it can sign dev tokens', async () => {
    const config = async (port: number): Promise<unknown> =>
      JSON.parse((await get(port, '/config.json', 'localhost:4000')).body);
    expect(await config(devServer.port)).toMatchObject({ signIn: 'dev' });
    expect(await config(server.port)).toMatchObject({ signIn: 'token' });
    // Without dev tokens, /dev-token is just another path of the single-page app.
    const { body } = await postJson(server.port, { role: 'operator' });
    expect(body).not.toContain('token-of');
  });

  it("hands the dashboard's own page a token for the role and id it picks", async () => {
    const port = devServer.port;
    const customer = await postJson(
      port,
      { role: 'customer', sub: 'ada' },
      { origin: `http://127.0.0.1:${port}` },
    );
    expect(customer.status).toBe(200);
    expect(JSON.parse(customer.body)).toEqual({ token: 'token-of-customer-ada' });
    expect(JSON.parse((await postJson(port, { role: 'analyst' })).body)).toEqual({
      token: 'token-of-analyst-default',
    });
  });

  it('refuses a foreign page, a form post, a GET and a role that does not exist', async () => {
    const port = devServer.port;
    expect((await postJson(port, { role: 'operator' }, { origin: 'http://evil.example' })).status).toBe(403);
    const form = await send(port, '/dev-token', {
      method: 'POST',
      host: `127.0.0.1:${port}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'role=operator',
    });
    expect(form.status).toBe(415);
    expect((await get(port, '/dev-token', `127.0.0.1:${port}`)).status).toBe(405);
    expect((await postJson(port, { role: 'admin' })).status).toBe(400);
  });

  it('refuses a page whose own name resolves to this machine (DNS rebinding)', async () => {
    const port = devServer.port;
    const rebound = await send(port, '/dev-token', {
      method: 'POST',
      host: `evil.example:${port}`,
      headers: { 'content-type': 'application/json', origin: `http://evil.example:${port}` },
      body: JSON.stringify({ role: 'operator' }),
    });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('token-of');
    const atLocalhost = await send(port, '/dev-token', {
      method: 'POST',
      host: `localhost:${port}`,
      headers: { 'content-type': 'application/json', origin: `http://localhost:${port}` },
      body: JSON.stringify({ role: 'operator' }),
    });
    expect(JSON.parse(atLocalhost.body)).toEqual({ token: 'token-of-operator-default' });
  });
});
