import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningHttpServer } from '@sluice/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './serve-web-app';

function get(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, path, headers: { host }, setHost: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the web app server', () => {
  const distDir = mkdtempSync(join(tmpdir(), 'sluice-dist-'));
  let server: RunningHttpServer;

  beforeAll(async () => {
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>shop</title>');
    server = await serveWebApp({ port: 0, host: '127.0.0.1', distDir }, { writePort: 4001, readPort: 4002 });
  });

  afterAll(async () => {
    await server.close();
    rmSync(distDir, { recursive: true, force: true });
  });

  it('points the page at the gateways on the host it was opened with', async () => {
    const { body } = await get(server.port, '/config.json', 'shop.lan:4000');
    expect(JSON.parse(body)).toEqual({
      writeUrl: 'http://shop.lan:4001/graphql',
      readUrl: 'http://shop.lan:4002/graphql',
      readWsUrl: 'ws://shop.lan:4002/graphql',
    });
    expect(JSON.parse((await get(server.port, '/config.json', '[::1]:4000')).body)).toMatchObject({
      writeUrl: 'http://[::1]:4001/graphql',
    });
  });

  it('answers a Host header that is no host with localhost, and keeps serving', async () => {
    const { body } = await get(server.port, '/config.json', 'a b');
    expect(JSON.parse(body)).toMatchObject({ readWsUrl: 'ws://localhost:4002/graphql' });
    expect((await get(server.port, '/orders', 'localhost')).body).toContain('<title>shop</title>');
  });
});
