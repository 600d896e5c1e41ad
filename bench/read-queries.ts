import { authHeader, postGraphQL } from '@sluice/testing';
import { startChildServer } from './lib/child-server';
import { onEachDeployment, onServices, type DeploymentBenchOptions } from './lib/deployments';
import { figure, type Figure } from './lib/figures';
import { httpLoad, type HttpLoadResult } from './lib/http-load';
import { Pacer } from './lib/pacer';
import { sendCommand } from './lib/shop-story';

const connections = 50;
const customers = 50;

const catalogPage = `query { products(first: 20) {
  edges { node { id sku name category priceCents stock unitsSold position } }
  pageInfo { hasNextPage endCursor } } }`;
const ownOrder = `query ($id: ID!) { order(id: $id) {
  id status totalCents placedAt position lines { productId quantity lineTotalCents product { name sku } } } }`;
const salesFigures = `query { salesStats { ordersPlaced ordersPaid revenue
  topProducts(limit: 10) { unitsSold revenue product { name } } } }`;

/** One query shape the read gateway serves, as its callers send it. */
interface ReadShape {
  name: string;
  who: string;
  body(i: number): string;
  headers(i: number): Record<string, string>;
}

/** Writes a second while the catalog is read "under writes": each moves the read models. */
const writesPerSecond = 20;

/**
 * Queries over HTTP to the read gateway, 50 connections, on each deployment (the embedded default,
 * then PostgreSQL + RabbitMQ with the read gateway in its own process): a page of the catalog
 * (anonymous), an order read by its own customer (a token per customer), and the sales figures
 * (an analyst). The shop holds products, orders and payments placed through the write gateway
 * first. Each deployment is measured as deployed, keeping answers while the read models stand
 * still, then started afresh without (RESPONSE_CACHE_ENTRIES=0: every query reads the models);
 * the catalog is also read while restocks go on, each of which moves the read models. Baseline: a
 * bare Yoga answering a trivial query, from the same load generator, measured before each.
 */
export async function benchReadQueries(
  options: DeploymentBenchOptions & { seconds: number },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const cache of [true, false]) {
    const env: Record<string, string> = cache ? {} : { RESPONSE_CACHE_ENTRIES: '0' };
    await onEachDeployment({ ...options, env }, [() => onServices(true)], async ({ backend }, running) => {
      const kept = cache ? 'answers kept' : 'no answers kept';
      console.log(`  read queries on ${backend}, ${kept}…`);
      const seeded = await seedShop(running.urls.write, running.urls.read, options.quick);
      const bare = await bareYoga(options.seconds);
      const measure = async (shape: ReadShape, name: string, writing: boolean) => {
        // Warm-up (JIT, the database's caches), not counted.
        await load(running.urls.read, shape, Math.min(2, options.seconds));
        const writes = writing ? restocking(running.urls.write, seeded.productIds) : undefined;
        const result = await load(running.urls.read, shape, options.seconds);
        const written = await writes?.stop();
        figures.push(
          figure({
            name: `${name}, ${kept}, vs bare Yoga`,
            backend,
            value: result.requestsPerSecond,
            baseline: bare.requestsPerSecond,
            unit: 'req/s',
            target: '≥ 0.5×, p99 ≤ 10× p50',
            notes: `${shape.who}; ${connections} connections${written === undefined ? '' : `; ${written} restocks meanwhile`}; p50 ${result.latencyP50Ms} / p99 ${result.latencyP99Ms} ms (bare: p50 ${bare.latencyP50Ms} / p99 ${bare.latencyP99Ms} ms); non-2xx or errors ${result.non2xx + result.errors}`,
          }),
        );
      };
      for (const shape of seeded.shapes) await measure(shape, shape.name, false);
      await measure(seeded.shapes[0]!, `${seeded.shapes[0]!.name} under ${writesPerSecond} writes/s`, true);
    });
  }
  return figures;
}

/** Restocks products at `writesPerSecond` until stopped; answers how many were accepted. */
function restocking(writeUrl: string, productIds: readonly string[]): { stop(): Promise<number> } {
  const pacer = new Pacer(writesPerSecond);
  let going = true;
  let accepted = 0;
  const writer = (async () => {
    const operator = await authHeader('operator', 'bench-read-restocker');
    for (let i = 0; going; i++) {
      await pacer.turn();
      if (!going) break;
      await sendCommand(writeUrl, operator, 'restockProduct', {
        productId: productIds[i % productIds.length],
        quantity: 1,
      });
      accepted++;
    }
  })();
  return {
    async stop() {
      going = false;
      await writer;
      return accepted;
    },
  };
}

function load(url: string, shape: ReadShape, seconds: number): Promise<HttpLoadResult> {
  return httpLoad({
    url,
    connections,
    seconds,
    body: (i) => shape.body(i),
    headersOf: (i) => shape.headers(i),
  });
}

async function bareYoga(seconds: number): Promise<HttpLoadResult> {
  const bare = await startChildServer('bench/servers/bare-yoga.ts');
  try {
    return await httpLoad({
      url: bare.url,
      connections,
      seconds,
      body: () => JSON.stringify({ query: '{ ok }' }),
    });
  } finally {
    await bare.stop();
  }
}

/**
 * Registers products, places orders for `customers` customers and pays half of them, waits until
 * the read side shows the last, and answers the query shapes over what it wrote.
 */
async function seedShop(
  writeUrl: string,
  readUrl: string,
  quick: boolean,
): Promise<{ shapes: ReadShape[]; productIds: string[] }> {
  const operator = await authHeader('operator', 'bench-read-operator');
  const productIds: string[] = [];
  for (let i = 0; i < (quick ? 100 : 300); i++) {
    const { id } = await sendCommand(writeUrl, operator, 'registerProduct', {
      sku: `READ-${i}`,
      name: `Read bench product ${i}`,
      priceCents: 100 + i,
      initialStock: 1_000_000,
    });
    productIds.push(id);
  }
  const orders: Array<{ id: string; customer: number }> = [];
  let last = 0n;
  for (let i = 0; i < (quick ? 300 : 1_000); i++) {
    const customer = i % customers;
    const lines = [0, 1, 2].map((k) => ({
      productId: productIds[(i * 7 + k * 13) % productIds.length],
      quantity: 1 + k,
    }));
    const placed = await sendCommand(writeUrl, operator, 'placeOrder', {
      customerId: `customer-${customer}`,
      lines,
    });
    orders.push({ id: placed.id, customer });
    last = placed.position;
    if (i % 2 === 0) {
      const order = await postGraphQL<{ order: { totalCents: number } | null }>(
        readUrl,
        'query ($id: ID!, $at: Position) { order(id: $id, atLeast: $at) { totalCents } }',
        { id: placed.id, at: placed.position.toString() },
        operator,
      );
      const amountCents = order.data?.order?.totalCents;
      if (amountCents === undefined)
        throw new Error(`order ${placed.id} not readable: ${JSON.stringify(order)}`);
      last = (await sendCommand(writeUrl, operator, 'payOrder', { orderId: placed.id, amountCents }))
        .position;
    }
  }
  await postGraphQL(
    readUrl,
    'query ($at: Position) { salesStats(atLeast: $at) { ordersPaid } }',
    { at: last.toString() },
    operator,
  );

  const customerHeaders = await Promise.all(
    Array.from({ length: customers }, (_, i) => authHeader('customer', `customer-${i}`)),
  );
  const analyst = await authHeader('analyst', 'bench-read-analyst');
  const shapes: ReadShape[] = [
    {
      name: 'products(first: 20)',
      who: 'anonymous',
      body: () => JSON.stringify({ query: catalogPage }),
      headers: () => ({}),
    },
    {
      name: 'order(id) by its customer',
      who: `${customers} customers, each reading their own orders`,
      body: (i) => JSON.stringify({ query: ownOrder, variables: { id: orders[i % orders.length]!.id } }),
      headers: (i) => customerHeaders[orders[i % orders.length]!.customer]!,
    },
    {
      name: 'salesStats with top 10',
      who: 'an analyst',
      body: () => JSON.stringify({ query: salesFigures }),
      headers: () => analyst,
    },
  ];
  return { shapes, productIds };
}
