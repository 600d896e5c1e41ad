import { request as httpRequest } from 'node:http';
import {
  authHeader,
  storedTestEvent as event,
  subscribeSse,
  subscribeWs,
  testToken,
  wsClient,
  type Received,
} from '@sluice/testing';
import type { Client } from 'graphql-sse';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlSseClient, subscribeSseClient } from '../test-support/graphql-sse-client';
import { liveGateway, type LiveGateway } from '../test-support/live-gateway-harness';
import { countedProduct } from '../test-support/live-test-feed';

const productChanged = 'subscription ($id: ID) { productChanged(id: $id) { id name stock } }';
const events = 'subscription { events { position type } }';
type Changed = { productChanged: { id: string; name: string; stock: number } };
type Logged = { events: { position: string; type: string } };

const codes = (received: Received<unknown>) =>
  received.errors.map((error) => (error as { extensions?: { code?: string } }).extensions?.code);

describe('graphql-sse (GraphQL over server-sent events) on a running read gateway', () => {
  let side: LiveGateway;
  let base: string;
  let url: string;
  const clients: Client[] = [];
  const sockets: WsClient[] = [];

  beforeAll(async () => {
    side = await liveGateway({ subscriptionQueueLimit: 5 });
    base = await side.app.start();
    url = `${base}/graphql/stream`;
  });

  afterAll(async () => {
    for (const client of clients) client.dispose();
    for (const socket of sockets) await socket.dispose();
    await side?.close();
  });

  async function client(singleConnection: boolean, role?: 'operator' | 'customer' | 'analyst', sub?: string) {
    const authorization = role ? (await authHeader(role, sub)).authorization : undefined;
    const created = graphqlSseClient(url, { singleConnection, ...(authorization ? { authorization } : {}) });
    clients.push(created);
    return created;
  }

  async function settled(feedSubscriptions: number, subscribers: number[]): Promise<void> {
    await expect
      .poll(() => [side.feed.open(), side.operations.sizes()])
      .toEqual([feedSubscriptions, subscribers]);
  }

  for (const singleConnection of [true, false]) {
    describe(singleConnection ? 'single connection mode' : 'distinct connections mode', () => {
      const id = singleConnection ? 'single' : 'distinct';

      it('pushes productChanged to a customer and the event log (operators only) to an operator', async () => {
        const customer = await client(singleConnection, 'customer', 'ada');
        const operator = await client(singleConnection, 'operator');
        const products = subscribeSseClient<Changed>(customer, productChanged, { id });
        const log = subscribeSseClient<Logged>(operator, events);
        await settled(2, [1, 1]);

        side.feed.products.push(countedProduct(id, 4).row);
        side.feed.log.push(event(7n));
        await expect
          .poll(() => [products.items, log.items])
          .toEqual([
            [{ productChanged: { id, name: id, stock: 4 } }],
            [{ events: { position: '7', type: 'Tested' } }],
          ]);
        expect([...products.errors, ...log.errors]).toEqual([]);

        products.stop();
        log.stop();
        await settled(0, []);
      });

      it('refuses the log to an anonymous caller (UNAUTHENTICATED) and to a customer (FORBIDDEN)', async () => {
        const anonymous = subscribeSseClient(await client(singleConnection), events);
        const customer = subscribeSseClient(await client(singleConnection, 'customer', 'ada'), events);
        await expect.poll(() => [anonymous.completed, customer.completed]).toEqual([true, true]);
        expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
        expect(codes(customer)).toEqual(['FORBIDDEN']);
        await settled(0, []);
      });

      it('answers a query, and refuses one over the limits naming the limit', async () => {
        const operator = await client(singleConnection, 'operator');
        const me = subscribeSseClient<{ me: { id: string } }>(operator, '{ me { id } }');
        const page = 'products(first: $n) { edges { node { id name sku stock priceCents } } }';
        const aliased = Array.from({ length: 20 }, (_, i) => `p${i}: ${page}`).join(' ');
        const costly = subscribeSseClient(operator, `query ($n: Int) { ${aliased} }`, { n: 100 });
        const aliases = Array.from({ length: 21 }, (_, i) => `m${i}: me { id }`).join(' ');
        const wide = subscribeSseClient(operator, `{ ${aliases} }`);
        await expect.poll(() => [me.completed, costly.completed, wide.completed]).toEqual([true, true, true]);
        expect(me.items).toEqual([{ me: { id: 'test-operator' } }]);
        expect(costly.errors).toEqual([
          {
            message: 'Query rejected: it exceeds the limits of this server (cost: 14020, limit 10000).',
            extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 10000, found: 14020 } },
          },
        ]);
        expect(wide.errors).toEqual([
          {
            message: 'Query rejected: it exceeds the limits of this server (aliases: 21, limit 20).',
            extensions: { code: 'TOO_MANY_ALIASES', limit: { name: 'aliases', max: 20, found: 21 } },
          },
        ]);
      });
    });
  }

  it('executes a change once for graphql-sse subscribers of both modes, SSE and graphql-ws alike', async () => {
    const single = subscribeSseClient<Changed>(await client(true, 'customer', 'ada'), productChanged, {
      id: 's1',
    });
    const distinct = subscribeSseClient<Changed>(await client(false), productChanged, { id: 's1' });
    const sse = subscribeSse<Changed>(`${base}/graphql`, productChanged, { id: 's1' });
    const socket = wsClient(`${base}/graphql`);
    sockets.push(socket);
    const ws = subscribeWs<Changed>(socket, productChanged, { id: 's1' });
    await settled(1, [4]);

    const change = countedProduct('s1', 9);
    side.feed.products.push(change.row);
    await expect.poll(() => [single, distinct, sse, ws].map((one) => one.items.length)).toEqual([1, 1, 1, 1]);
    expect(change.reads()).toBe(1);

    for (const one of [single, distinct, sse, ws]) one.stop();
    await settled(0, []);
  });

  it('ends an operation when the token it was sent with expires, with UNAUTHENTICATED', async () => {
    const authorization = `Bearer ${await testToken('operator', 'brief', 2)}`;
    const expiring = graphqlSseClient(url, { singleConnection: true, authorization });
    clients.push(expiring);
    const log = subscribeSseClient<Logged>(expiring, events);
    await expect.poll(() => log.completed, { timeout: 6_000 }).toBe(true);
    expect(codes(log)).toEqual(['UNAUTHENTICATED']);
    await settled(0, []);
  });

  describe('single connection mode, request by request', () => {
    const bad = { authorization: 'Bearer not-a-token' };

    async function reserve(headers: Record<string, string> = {}): Promise<string> {
      const response = await fetch(url, { method: 'PUT', headers });
      expect(response.status).toBe(201);
      return response.text();
    }

    function operation(
      token: string,
      headers: Record<string, string>,
      operationId = 'op-1',
      query = '{ me { id } }',
      variables?: Record<string, unknown>,
    ) {
      return fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': token, ...headers },
        body: JSON.stringify({ query, variables, extensions: { operationId } }),
      });
    }

    it('verifies the token on the reservation, the stream, each operation and each stop (401)', async () => {
      const ada = await authHeader('customer', 'ada');
      expect((await fetch(url, { method: 'PUT', headers: bad })).status).toBe(401);
      const token = await reserve(ada);
      const stream = await fetch(url, {
        headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token, ...bad },
      });
      expect(stream.status).toBe(401);
      expect(await stream.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      expect((await operation(token, bad)).status).toBe(401);
      const stop = await fetch(`${url}?operationId=op-1`, {
        method: 'DELETE',
        headers: { 'x-graphql-event-stream-token': token, ...bad },
      });
      expect(stop.status).toBe(401);
      expect((await operation(token, ada)).status).toBe(202);
    });

    it('serves a stream only to the caller who reserved it (403), and only once (409)', async () => {
      const ada = await authHeader('customer', 'ada');
      const bob = await authHeader('customer', 'bob');
      const token = await reserve(ada);
      const open = (headers: Record<string, string>) =>
        fetch(url, {
          headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token, ...headers },
        });
      const stolen = await open(bob);
      expect(stolen.status).toBe(403);
      expect(await stolen.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      expect((await operation(token, {})).status).toBe(403);
      expect((await operation(token, bob)).status).toBe(403);

      const stream = await open(ada);
      expect(stream.status).toBe(200);
      expect((await open(ada)).status).toBe(409);
      const live = () => operation(token, ada, 'live', productChanged, { id: 'x' });
      expect((await live()).status).toBe(202);
      expect((await live()).status).toBe(409);
      expect((await fetch(`${url}?token=unknown`, { headers: { accept: 'text/event-stream' } })).status).toBe(
        404,
      );
      await stream.body?.cancel();
    });

    it('cuts off a stream whose client stops reading, while the others carry on', async () => {
      const single = subscribeSseClient<Changed>(await client(true), productChanged, { id: 'slow' });
      const token = await reserve();
      const stalled = await stalledStream(url, token);
      expect((await operation(token, {}, 'sub', productChanged, { id: 'slow' })).status).toBe(202);
      await settled(1, [2]);
      // Big changes, so that the kernel's buffers fill and the stalled stream's events queue up.
      const name = 'x'.repeat(256_000);
      for (let i = 0; i < 400 && side.operations.sizes()[0] === 2; i++) {
        const change = countedProduct('slow', i);
        change.row.name = name;
        side.feed.products.push(change.row);
        await expect.poll(() => single.items.length).toBe(i + 1);
      }
      await settled(1, [1]);
      await stalled.resumeAndClose();
      single.stop();
      await settled(0, []);
    });
  });
});

/** A raw stream of single connection mode whose client stops reading once it is open. */
async function stalledStream(url: string, token: string): Promise<{ resumeAndClose(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token },
    });
    request.on('response', (response) => {
      response.pause();
      const closed = new Promise<void>((done) => response.once('close', () => done()));
      response.on('error', () => undefined);
      resolve({
        resumeAndClose() {
          response.resume();
          return closed;
        },
      });
    });
    request.on('error', reject);
    request.end();
  });
}
