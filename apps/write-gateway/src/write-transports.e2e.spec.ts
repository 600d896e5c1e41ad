import type { PGlite } from '@electric-sql/pglite';
import { newPglite, openPgliteEventStore, type EventStore } from '@sluice/event-store';
import { createConsoleLogger } from '@sluice/gateway';
import { authHeader, postGraphQL, testAuth } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteGatewayApp, type WriteGatewayApp } from './write-gateway-app';

const shop = 'https://shop.example';
const register = `mutation { registerProduct(input: { sku: "GET-1", name: "Mug", priceCents: 100, initialStock: 1 }) { __typename } }`;

describe('the write gateway as mainstream clients call it', () => {
  let pglite: PGlite;
  let store: EventStore;
  let app: WriteGatewayApp;
  let url: string;

  beforeAll(async () => {
    pglite = newPglite();
    store = await openPgliteEventStore({ pglite });
    app = createWriteGatewayApp({
      store,
      logger: createConsoleLogger('write-transports-test', { silent: true }),
      port: 0,
      host: '127.0.0.1',
      auth: testAuth,
      corsOrigins: [shop],
    });
    url = `${await app.start()}/graphql`;
  });

  afterAll(async () => {
    await app?.stop();
    await store?.close();
    await pglite?.close();
  });

  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${url}?query=${encodeURIComponent(query)}`, { headers });

  it('answers a GET query from no origin and from an allowed one, with no CSRF header', async () => {
    const plain = await get('{ me { id roles } }', await authHeader('customer', 'ada'));
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual({ data: { me: { id: 'ada', roles: ['CUSTOMER'] } } });
    const allowed = await get('{ me { id } }', { origin: shop });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(shop);
  });

  it('refuses a foreign origin with 403, GET or POST', async () => {
    const foreign = { origin: 'https://evil.example' };
    expect((await get('{ me { id } }', foreign)).status).toBe(403);
    const posted = await postGraphQL(url, register, undefined, {
      ...foreign,
      ...(await authHeader('operator')),
    });
    expect(posted.status).toBe(403);
    expect(posted.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a mutation over GET with 405, even an operator’s, and writes nothing', async () => {
    const before = await postGraphQL<{ health: { head: string } }>(url, '{ health { head } }');
    expect(before.errors).toBeUndefined();
    const refused = await get(register, await authHeader('operator'));
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('POST');
    expect(await refused.json()).toMatchObject({
      errors: [{ message: 'Can only perform a mutation operation from a POST request.' }],
    });
    const after = await postGraphQL<{ health: { head: string } }>(url, '{ health { head } }');
    expect(after.data).toEqual(before.data);
  });

  it('refuses a form post of a mutation from a page that sends no token (the CSRF case) as anonymous', async () => {
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: register }).toString(),
    });
    const body = (await form.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
