import {
  authHeader,
  postGraphQL,
  readSubscriptionResults,
  subscribeWs,
  wsClient,
  type GraphQLResponse,
} from '@sluice/testing';
import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from './schema';
import { liveGateway, type LiveGateway } from './test-support/live-gateway-harness';
import { countedProduct } from './test-support/live-test-feed';

const shop = 'https://shop.example';
const productChanged = 'subscription { productChanged(id: "t1") { id stock } }';

/** Every field of a type, and of the types it leads to, as a client's "all fields" fragment. */
function everyField(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((field) => !field.args.some((arg) => isNonNullType(arg.type)))
    .map((field) => {
      const named = getNamedType(field.type);
      return isObjectType(named) ? `${field.name} { ${everyField(named)} }` : field.name;
    })
    .join(' ');
}

const schema = readSchema();
const productFields = `fragment ProductFields on Product { ${everyField(schema.getType('Product') as GraphQLObjectType)} }`;
const orderFields = `fragment OrderFields on Order { ${everyField(schema.getType('Order') as GraphQLObjectType)} }`;
const pageOf = (field: string, fragment: string) =>
  `${field} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ...${fragment} } } }`;

describe('the read gateway over HTTP and WebSocket, as mainstream clients call it', () => {
  let side: LiveGateway;
  let url: string;
  const sockets: Client[] = [];

  beforeAll(async () => {
    side = await liveGateway({ corsOrigins: [shop] });
    url = `${await side.app.start()}/graphql`;
  });

  afterAll(async () => {
    for (const socket of sockets) await socket.dispose();
    await side?.close();
  });

  const get = (query: string, headers: Record<string, string> = {}, path = url) =>
    fetch(`${path}?query=${encodeURIComponent(query)}`, { headers });

  /** A subscription over GET with no header but accept, as a browser's EventSource opens one. */
  function eventSource(query: string, path = url) {
    const abort = new AbortController();
    const results: Array<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }> = [];
    const opened = fetch(`${path}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'text/event-stream' },
      signal: abort.signal,
    }).then((response) => {
      void readSubscriptionResults(response.body!, (result) => results.push(result as never)).done.catch(
        () => undefined,
      );
      return response;
    });
    return { opened, results, stop: () => abort.abort() };
  }

  describe('GET queries, with no CSRF header', () => {
    it('answers a GET query from no origin, with or without a token', async () => {
      const anonymous = await get('{ me { id } products { totalCount } }');
      expect(anonymous.status).toBe(200);
      expect(await anonymous.json()).toEqual({ data: { me: { id: null }, products: { totalCount: 0 } } });
      const signedIn = await get('{ me { id roles } }', await authHeader('analyst', 'ann'));
      expect(await signedIn.json()).toEqual({ data: { me: { id: 'ann', roles: ['ANALYST'] } } });
    });

    it('answers a GET query from an allowed origin with its CORS headers, and refuses a foreign one with 403', async () => {
      const allowed = await get('{ me { id } }', { origin: shop });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(shop);
      const foreign = await get('{ me { id } }', { origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(await foreign.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      const foreignStream = await fetch(`${url}/stream`, {
        method: 'PUT',
        headers: { origin: 'https://evil.example' },
      });
      expect(foreignStream.status).toBe(403);
    });

    it('lets an allowed origin send the graphql-sse stream token', async () => {
      const preflight = await fetch(`${url}/stream`, {
        method: 'OPTIONS',
        headers: {
          origin: shop,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'authorization, x-graphql-event-stream-token',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(shop);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/x-graphql-event-stream-token/);
    });

    it('refuses a mutation over GET (405), before anything runs', async () => {
      for (const path of [url, `${url}/stream`]) {
        const response = await fetch(`${path}?query=${encodeURIComponent('mutation { anything }')}`, {
          headers: { accept: path === url ? 'application/json' : 'text/event-stream' },
        });
        const text = await response.text();
        expect(text).toMatch(/Can only perform a mutation operation from a POST request/);
        if (path === url) expect(response.status).toBe(405);
      }
    });
  });

  describe('server-sent events over GET, as EventSource opens them (no headers)', () => {
    for (const [name, path] of [
      ['Yoga at /graphql', () => url],
      ['graphql-sse at /graphql/stream', () => `${url}/stream`],
    ] as const) {
      it(`pushes productChanged to an anonymous EventSource (${name})`, async () => {
        const source = eventSource(productChanged, path());
        const response = await source.opened;
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
        await expect.poll(() => side.feed.open()).toBe(1);
        side.feed.products.push(countedProduct('t1', 3).row);
        await expect
          .poll(() => source.results)
          .toEqual([{ data: { productChanged: { id: 't1', stock: 3 } } }]);
        source.stop();
        await expect.poll(() => side.feed.open()).toBe(0);
      });

      it(`refuses orders to an anonymous EventSource with UNAUTHENTICATED (${name})`, async () => {
        const source = eventSource('subscription { orderChanged { id } }', path());
        await source.opened;
        await expect.poll(() => source.results[0]?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        source.stop();
      });
    }
  });

  describe('query limits a client can predict', () => {
    const pages = (count: number, first: string) =>
      Array.from(
        { length: count },
        (_, i) => `p${i}: ${pageOf(`products(first: ${first})`, 'ProductFields')}`,
      ).join(' ');

    it('passes the largest page the schema advertises, with every Product and Order field', async () => {
      const operator = await authHeader('operator');
      const everything = await postGraphQL(
        url,
        `query ($first: Int, $limit: Int) {
          ${pageOf('products(first: $first)', 'ProductFields')}
          ${pageOf('orders(first: $first)', 'OrderFields')}
          salesStats { ordersPlaced revenueCents topProducts(limit: $limit) { unitsSold revenueCents product { ...ProductFields } } }
        } ${productFields} ${orderFields}`,
        { first: 100, limit: 100 },
        operator,
      );
      expect(everything.errors).toBeUndefined();
      expect(everything.data).toMatchObject({ products: { edges: [] }, orders: { edges: [] } });
      const literal = await postGraphQL(
        url,
        `{ ${pageOf('products(first: 100)', 'ProductFields')} } ${productFields}`,
      );
      expect(literal.errors).toBeUndefined();
    });

    it('prices a variable page size as a literal one: a variable does not bypass the cost limit', async () => {
      const literal = await postGraphQL(url, `{ ${pages(5, '100')} } ${productFields}`);
      const variable = await postGraphQL(url, `query ($n: Int) { ${pages(5, '$n')} } ${productFields}`, {
        n: 100,
      });
      for (const refused of [literal, variable]) {
        expect(refused.status).toBe(400);
        expect(refused.errors).toHaveLength(1);
        expect(refused.errors?.[0]?.message).toMatch(
          /^Query rejected: it exceeds the limits of this server \(cost: \d+, limit 10000\)\.$/,
        );
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: 'QUERY_TOO_COMPLEX',
          limit: { name: 'cost', max: 10000 },
        });
      }
      expect(variable.errors).toEqual(literal.errors);
      const four = await postGraphQL(url, `query ($n: Int) { ${pages(4, '$n')} } ${productFields}`, {
        n: 100,
      });
      expect(four.errors).toBeUndefined();
    });

    const refusals: Array<[string, string, string]> = [
      ['cost', 'QUERY_TOO_COMPLEX', `query { ${pages(5, '100')} } ${productFields}`],
      [
        'aliases',
        'TOO_MANY_ALIASES',
        `{ ${Array.from({ length: 21 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
      ],
      ['directives', 'TOO_MANY_DIRECTIVES', `{ me { ${'id @include(if: true) '.repeat(21)} } }`],
      ['tokens', 'QUERY_TOO_LARGE', `{ me { ${'id '.repeat(3000)} } }`],
      ['depth', 'QUERY_TOO_DEEP', `{ me { ${'a { '.repeat(12)}b${' }'.repeat(12)} } }`],
    ];

    // graphql-ws reports errors before execution as one list, those of execution in a result.
    const refusalOf = (errors: GraphQLResponse<unknown>['errors'] | unknown[], code: string) =>
      ((errors ?? []).flat() as Array<{ message: string; extensions?: Record<string, unknown> }>).find(
        (error) => error.extensions?.['code'] === code,
      );

    for (const [limit, code, query] of refusals) {
      it(`refuses too much ${limit} with ${code}, the same over HTTP and graphql-ws`, async () => {
        const overHttp = await postGraphQL(url, query);
        expect(overHttp.status).toBe(400);
        const refused = refusalOf(overHttp.errors, code);
        expect(refused?.message).toMatch(
          new RegExp(`^Query rejected: it exceeds the limits of this server \\(${limit}: `),
        );
        expect(refused?.message).not.toMatch(/Syntax Error/);
        expect(refused?.extensions).toMatchObject({ code, limit: { name: limit } });
        expect(Object.keys(refused?.extensions ?? {})).toEqual(['code', 'limit']);

        const socket = wsClient(url);
        sockets.push(socket);
        const overWs = subscribeWs(socket, query);
        await expect.poll(() => overWs.errors.length).toBeGreaterThan(0);
        expect(refusalOf(overWs.errors, code)).toEqual(refused);
      });
    }
  });
});
