import { signToken } from '@sluice/auth';
import { testAuthSecret, testToken } from '@sluice/testing';
import { figure, type Figure } from './lib/figures';
import { startChildServer, type ChildServer } from './lib/child-server';
import { httpLoad, type HttpLoadResult } from './lib/http-load';
import { serverNodeArgs, type BenchOptions } from './lib/options';

const registerProduct = `mutation ($input: RegisterProductInput!) {
  registerProduct(input: $input) { __typename ... on CommandAccepted { id } } }`;
const placeOrder = `mutation ($input: PlaceOrderInput!) {
  placeOrder(input: $input) { __typename ... on CommandAccepted { id position } } }`;
const bump = 'mutation ($input: String) { bump(input: $input) }';

/** Where one gateway under test keeps its log: env for its process, removed afterwards. */
export interface BenchStorage {
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

/** ABBA then BAAB: each side goes first, last and in the middle alike. */
const order = [
  'verified',
  'unverified',
  'unverified',
  'verified',
  'unverified',
  'verified',
  'verified',
  'unverified',
] as const;

/** A write gateway under test with its products registered; verifying tokens or not. */
interface GatewayUnderTest {
  server: ChildServer;
  productIds: string[];
  storage: BenchStorage;
}

/**
 * placeOrder over HTTP, 50 connections, each server in its own process, against two baselines in
 * the same run: a bare Yoga answering a trivial mutation (same load generator, same connections),
 * and the same write gateway whose authenticator names every caller an operator without
 * verifying the token (BENCH_VERIFY=off), for what verification costs. Both gateways get the same
 * requests with the same operator token; each has a log of its own. The two are measured in
 * alternation (verified, unverified, unverified, verified, then the reverse), after a warm-up of
 * each, so that drift over the run (a log that grows, a neighbour's load, JIT) falls on both alike.
 */
export async function benchPlaceOrderHttp(options: {
  backend: string;
  /** A fresh, empty log for one gateway (called once per gateway). */
  storage: () => Promise<BenchStorage>;
  seconds: number;
  connections: number;
  products: number;
  options: BenchOptions;
}): Promise<Figure[]> {
  const nodeArgs = serverNodeArgs(options.options);
  const bare = await startChildServer('bench/servers/bare-yoga.ts', {}, nodeArgs);
  let baseline;
  try {
    baseline = await httpLoad({
      url: bare.url,
      connections: options.connections,
      seconds: options.seconds,
      body: (i) => JSON.stringify({ query: bump, variables: { input: `order-${i}` } }),
    });
  } finally {
    await bare.stop();
  }

  // One token for the whole load, signed once here: the load generator shares the 2 cores.
  const authorization = { authorization: `Bearer ${await testToken('operator', 'bench-operator')}` };
  const load = (gateway: GatewayUnderTest, seconds: number) =>
    httpLoad({
      url: gateway.server.url,
      connections: options.connections,
      seconds,
      headers: authorization,
      body: (i) =>
        JSON.stringify({
          query: placeOrder,
          variables: {
            input: {
              customerId: `bench-${i}`,
              lines: [{ productId: gateway.productIds[i % gateway.productIds.length], quantity: 1 }],
            },
          },
        }),
    });

  const started: GatewayUnderTest[] = [];
  const legs = { verified: [] as HttpLoadResult[], unverified: [] as HttpLoadResult[] };
  try {
    const verified = await startGateway('on', options.storage, options.products, authorization, nodeArgs);
    started.push(verified);
    const unverified = await startGateway('off', options.storage, options.products, authorization, nodeArgs);
    started.push(unverified);
    // Warm-up of both (JIT, caches, the log's first pages), as long as a leg; not counted.
    await load(verified, options.seconds);
    await load(unverified, options.seconds);
    for (const side of order) {
      const gateway = side === 'verified' ? verified : unverified;
      legs[side].push(await load(gateway, options.seconds));
    }
  } finally {
    for (const gateway of started) {
      await gateway.server.stop();
      await gateway.storage.cleanup();
    }
  }

  const verifiedRate = rate(legs.verified);
  const unverifiedRate = rate(legs.unverified);
  const ratio = verifiedRate / unverifiedRate;
  const describe = (results: HttpLoadResult[]) =>
    results
      .map((r) => `${Math.round(r.requestsPerSecond)} req/s p50 ${r.latencyP50Ms} / p99 ${r.latencyP99Ms} ms`)
      .join(', ');
  const failures = (results: HttpLoadResult[]) => results.reduce((n, r) => n + r.non2xx + r.errors, 0);
  return [
    figure({
      name: 'placeOrder over HTTP vs bare Yoga',
      backend: options.backend,
      value: verifiedRate,
      baseline: baseline.requestsPerSecond,
      unit: 'req/s',
      target: '≥ 0.7×',
      notes: `tokens verified (HS256); ${options.connections} connections; legs: ${describe(legs.verified)} (bare: ${Math.round(baseline.requestsPerSecond)} req/s p50 ${baseline.latencyP50Ms} / p99 ${baseline.latencyP99Ms} ms); non-2xx or errors ${failures(legs.verified)}`,
    }),
    figure({
      name: 'placeOrder over HTTP, tokens verified vs not verified',
      backend: options.backend,
      value: verifiedRate,
      baseline: unverifiedRate,
      unit: 'req/s',
      target: '≥ 0.95× (cost ≤ 5%)',
      notes: `verification cost (1 − ratio) ${((1 - ratio) * 100).toFixed(1)}%; ${options.seconds}s legs in the order ${order.map((side) => (side === 'verified' ? 'V' : 'U')).join('')}; verified: ${describe(legs.verified)}; unverified: ${describe(legs.unverified)}; non-2xx or errors ${failures(legs.verified)} / ${failures(legs.unverified)}`,
    }),
  ];
}

/** Requests per second over every leg of one side. */
function rate(results: readonly HttpLoadResult[]): number {
  const requests = results.reduce((n, r) => n + r.requests, 0);
  const seconds = results.reduce((n, r) => n + r.seconds, 0);
  return seconds === 0 ? 0 : requests / seconds;
}

/**
 * Starts the bench write gateway verifying tokens (`on`) or not (`off`), registers its products,
 * and checks that it is what it claims: both accept the bench's operator token, and only the
 * verifying one refuses a token signed with another secret.
 */
async function startGateway(
  verify: 'on' | 'off',
  storage: () => Promise<BenchStorage>,
  products: number,
  authorization: Record<string, string>,
  nodeArgs: readonly string[],
): Promise<GatewayUnderTest> {
  const store = await storage();
  let server: ChildServer;
  try {
    server = await startChildServer(
      'bench/servers/write-gateway.ts',
      { ...store.env, AUTH_SECRET: testAuthSecret, BENCH_VERIFY: verify },
      nodeArgs,
    );
  } catch (error) {
    await store.cleanup();
    throw error;
  }
  const gateway = { server, productIds: [] as string[], storage: store };
  try {
    for (let i = 0; i < products; i++) {
      const sku = `BENCH-${Date.now().toString(36).toUpperCase()}-${i}`;
      const result = await post(
        server.url,
        registerProduct,
        { input: { sku, name: `Bench ${i}`, priceCents: 100, initialStock: 2_000_000_000 } },
        authorization,
      );
      const id = (result.body as { data?: { registerProduct?: { id?: string } } }).data?.registerProduct?.id;
      if (!id) throw new Error(`registerProduct was not accepted: ${JSON.stringify(result.body)}`);
      gateway.productIds.push(id);
    }
    const order = {
      input: { customerId: 'bench-check', lines: [{ productId: gateway.productIds[0], quantity: 1 }] },
    };
    const accepted = await post(server.url, placeOrder, order, authorization);
    const typename = (accepted.body as { data?: { placeOrder?: { __typename?: string } } }).data?.placeOrder
      ?.__typename;
    if (typename !== 'CommandAccepted')
      throw new Error(`placeOrder with the bench token was not accepted: ${JSON.stringify(accepted.body)}`);
    const forged = await signToken(new TextEncoder().encode('not-the-bench-secret-but-32-characters-long'), {
      sub: 'bench-operator',
      roles: ['operator'],
      ttlSeconds: 3600,
    });
    const refused = await post(server.url, placeOrder, order, { authorization: `Bearer ${forged}` });
    if ((refused.status === 401) !== (verify === 'on'))
      throw new Error(
        `a forged token was answered ${refused.status} by the gateway with verification ${verify}: ${JSON.stringify(refused.body)}`,
      );
  } catch (error) {
    await server.stop();
    await store.cleanup();
    throw error;
  }
  return gateway;
}
