import { randomUUID } from 'node:crypto';
import {
  authHeader,
  postGraphQL,
  subscribeSse,
  subscribeWs,
  testAuthSecret,
  testToken,
  writeClient,
  wsClient,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

const embedded = modes[0]!;
const productChanged = 'subscription { productChanged { id stock } }';

/** How the server answers a raw WebSocket upgrade: opened, or refused with an HTTP status. */
function upgrade(url: string, headers: Record<string, string>): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      socket.terminate();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/**
 * The close code of a graphql-ws socket that sends this connection_init; an operation could only
 * follow the server's ack, and none comes.
 */
function closeCodeAfterInit(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    const frames: string[] = [];
    socket.on('message', (data: Buffer) => frames.push(data.toString()));
    socket.once('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
    });
    socket.once('close', (code) => {
      // No ack, so no operation could run.
      if (frames.length > 0) reject(new Error(`frames before the close: ${frames.join()}`));
      else resolve(code);
    });
    socket.once('error', reject);
  });
}

describe('identity at the edges of the gateways', () => {
  let system: RunningSystem;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ system, cleanup } = await startSystemIn(embedded, {
      AUTH_SECRET: testAuthSecret,
      CORS_ORIGINS: 'https://shop.example',
    }));
  });

  afterAll(async () => {
    await cleanup?.();
  });

  it('answers CORS for an allowed origin only, and refuses any other origin before it runs', async () => {
    for (const url of [system.writeUrl, system.readUrl]) {
      const allowed = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://shop.example' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');

      const preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://shop.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

      const foreign = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'https://evil.example',
          ...(await authHeader()),
        },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      expect(
        ((await foreign.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions
          .code,
      ).toBe('FORBIDDEN');
    }
  });

  it('refuses a WebSocket upgrade from a foreign origin, and accepts an allowed or absent one', async () => {
    expect(await upgrade(system.readUrl, { origin: 'https://evil.example' })).toBe(403);
    expect(await upgrade(system.readUrl, { origin: 'https://shop.example' })).toBe('open');
    expect(await upgrade(system.readUrl, {})).toBe('open');
  });

  it('closes a socket with a bad token with 4403 before any operation runs', async () => {
    const expired = await testToken('operator', 'olga', -60);
    for (const payload of [
      { authorization: 'Bearer not-a-token' },
      { authorization: `Bearer ${expired}` },
      { authorization: 'Basic b2xnYTpwYXNz' },
      { authorization: 42 },
      // Any case of the key, as GraphiQL sends its Headers tab.
      { Authorization: 'Bearer not-a-token' },
    ]) {
      expect(await closeCodeAfterInit(system.readUrl, payload), JSON.stringify(payload)).toBe(4403);
    }
    expect(await closeCodeAfterInit(system.readUrl, {}, { authorization: 'Bearer not-a-token' })).toBe(4403);
  });

  it('takes the token from the upgrade request’s Authorization header too', async () => {
    const headers = await authHeader('operator');
    class WithHeader extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    }
    const { createClient } = await import('graphql-ws');
    const client = createClient({
      url: system.readUrl.replace(/^http/, 'ws'),
      webSocketImpl: WithHeader,
      retryAttempts: 0,
    });
    const me = await new Promise((resolve, reject) => {
      client.subscribe(
        { query: '{ me { id } }' },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    expect(me).toEqual({ data: { me: { id: 'test-operator' } } });
    await client.dispose();
  });

  it('closes a WebSocket with 4403 when its token expires, mid-subscription', async () => {
    const closes: number[] = [];
    const client = wsClient(system.readUrl, {
      authorization: `Bearer ${await testToken('operator', 'olga', 2)}`,
      onClosed: (event) => closes.push((event as { code: number }).code),
    });
    const received = subscribeWs(client, 'subscription { orderChanged { id } }');
    await expect.poll(() => closes, { timeout: 6_000 }).toEqual([4403]);
    expect(received.items).toEqual([]);
    await client.dispose();
  });

  it('ends an SSE subscription with UNAUTHENTICATED when its token expires', async () => {
    const write = writeClient(system.writeUrl);
    const { id } = await write.registerProduct({
      sku: `EXP-${randomUUID().slice(0, 6).toUpperCase()}`,
      name: 'Jar',
      priceCents: 5,
    });
    const received = subscribeSse(system.readUrl, productChanged, undefined, {
      authorization: `Bearer ${await testToken('customer', 'ada', 2)}`,
    });
    await expect
      .poll(
        async () => {
          if (received.items.length === 0) await write.send('restockProduct', { productId: id, quantity: 1 });
          return received.items.length;
        },
        { timeout: 5_000, interval: 200 },
      )
      .toBeGreaterThan(0);
    await expect.poll(() => received.completed, { timeout: 6_000 }).toBe(true);
    expect(received.errors).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('answers a bad token over HTTP with 401 before anything runs', async () => {
    for (const url of [system.writeUrl, system.readUrl]) {
      const response = await postGraphQL(url, '{ me { id } }', {}, { authorization: 'Bearer nope' });
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeUndefined();
    }
  });

  it('keeps commandIds per caller: the same id from two users is two commands', async () => {
    const write = writeClient(system.writeUrl);
    const { id: productId } = await write.registerProduct({
      sku: `CID-${randomUUID().slice(0, 6).toUpperCase()}`,
      name: 'Bowl',
      priceCents: 10,
      initialStock: 10,
    });
    const commandId = randomUUID();
    const as = async (sub: string) =>
      writeClient(system.writeUrl, await authHeader('customer', sub)).send('placeOrder', {
        commandId,
        lines: [{ productId, quantity: 1 }],
      });
    const ada = await as('ada');
    const bob = await as('bob');
    const adaAgain = await as('ada');
    expect(bob.id).not.toBe(ada.id);
    expect(adaAgain).toEqual(ada);
  });
});

describe('NODE_ENV=production', () => {
  let system: RunningSystem;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ system, cleanup } = await startSystemIn(embedded, {
      AUTH_SECRET: testAuthSecret,
      NODE_ENV: 'production',
    }));
  });

  afterAll(async () => {
    await cleanup?.();
  });

  const introspection = '{ __schema { queryType { name } } }';

  it('serves no GraphiQL, and introspection to operators only', async () => {
    for (const url of [system.writeUrl, system.readUrl]) {
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphiQL');
      for (const role of ['customer', 'analyst'] as const) {
        const refused = await postGraphQL(url, introspection, {}, await authHeader(role));
        expect(refused.data ?? null, role).toBeNull();
        expect(refused.errors?.[0]?.message).toContain('introspection');
      }
      const anonymous = await postGraphQL(url, introspection);
      expect(anonymous.data ?? null).toBeNull();
      expect(anonymous.errors?.[0]?.message).toContain('introspection');
      const allowed = await postGraphQL(url, introspection, {}, await authHeader('operator'));
      expect(allowed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    }
  });
});

describe('GraphiQL on the embedded default', () => {
  it('opens signed in as an operator when no key is configured, and not when AUTH_SECRET is set', async () => {
    for (const [env, signedIn] of [
      [{}, true],
      [{ AUTH_SECRET: testAuthSecret }, false],
    ] as const) {
      const { system, cleanup } = await startSystemIn(embedded, env);
      try {
        for (const url of [system.writeUrl, system.readUrl]) {
          const page = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
          expect(page).toContain('GraphiQL');
          expect(page.includes('Bearer '), url).toBe(signedIn);
        }
      } finally {
        await cleanup();
      }
    }
  });
});
