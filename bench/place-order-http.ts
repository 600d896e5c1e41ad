import { figure, type Figure } from './lib/figures';
import { startChildServer } from './lib/child-server';
import { httpLoad } from './lib/http-load';
import { serverNodeArgs, type BenchOptions } from './lib/options';

const registerProduct = `mutation ($input: RegisterProductInput!) {
  registerProduct(input: $input) { __typename ... on CommandAccepted { id } } }`;
const placeOrder = `mutation ($input: PlaceOrderInput!) {
  placeOrder(input: $input) { __typename ... on CommandAccepted { id position } } }`;
const bump = 'mutation ($input: String) { bump(input: $input) }';

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/**
 * placeOrder over HTTP against a bare Yoga answering a trivial mutation: same load generator,
 * same connections, same run, each server in its own process.
 */
export async function benchPlaceOrderHttp(options: {
  backend: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seconds: number;
  connections: number;
  products: number;
  options: BenchOptions;
}): Promise<Figure[]> {
  const bare = await startChildServer('bench/servers/bare-yoga.ts', {}, serverNodeArgs(options.options));
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

  const gateway = await startChildServer(
    'bench/servers/write-gateway.ts',
    { DATABASE_URL: options.databaseUrl ?? '', SLUICE_DATA_DIR: options.dataDir },
    serverNodeArgs(options.options),
  );
  let measured;
  try {
    const productIds: string[] = [];
    for (let i = 0; i < options.products; i++) {
      const sku = `BENCH-${Date.now().toString(36).toUpperCase()}-${i}`;
      const result = (await post(gateway.url, registerProduct, {
        input: { sku, name: `Bench ${i}`, priceCents: 100, initialStock: 2_000_000_000 },
      })) as { data: { registerProduct: { id: string } } };
      productIds.push(result.data.registerProduct.id);
    }
    measured = await httpLoad({
      url: gateway.url,
      connections: options.connections,
      seconds: options.seconds,
      body: (i) =>
        JSON.stringify({
          query: placeOrder,
          variables: {
            input: {
              customerId: `bench-${i}`,
              lines: [{ productId: productIds[i % productIds.length], quantity: 1 }],
            },
          },
        }),
    });
  } finally {
    await gateway.stop();
  }
  return [
    figure({
      name: 'placeOrder over HTTP vs bare Yoga',
      backend: options.backend,
      value: measured.requestsPerSecond,
      baseline: baseline.requestsPerSecond,
      unit: 'req/s',
      target: '≥ 0.7×',
      notes: `p50 ${measured.latencyP50Ms} ms / p99 ${measured.latencyP99Ms} ms (bare: ${baseline.latencyP50Ms} / ${baseline.latencyP99Ms}); ${options.connections} connections; non-2xx ${measured.non2xx}`,
    }),
  ];
}
