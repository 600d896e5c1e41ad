import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { authHeader, postGraphQL, testToken, wsClient, type WriteClient } from '@sluice/testing';
import WebSocket from 'ws';
import { startChildServer } from './lib/child-server';
import { onEachDeployment, onServices, operatorWriter, type DeploymentBenchOptions } from './lib/deployments';
import { figure, type Figure } from './lib/figures';
import { percentiles, residentBytes } from './lib/latency';

type Frame = { productChanged: { position: string } };

/**
 * Mutation response → subscription frame latency (idle, and at half the measured maximum write
 * rate) against a plain GraphQL round trip to the same gateway; fan-out of one change to many
 * subscribers against a bare `ws` server broadcasting the same frame to the same clients.
 */
export async function benchSubscriptions(options: DeploymentBenchOptions): Promise<Figure[]> {
  const figures: Figure[] = [];
  const withServices = [() => onServices(false), () => onServices(true)];
  await onEachDeployment(options, withServices, async ({ backend }, running) => {
    figures.push(...(await latency(backend, running.urls, options.quick)));
    figures.push(...(await fanOut(backend, running.urls, running.readPid, options.quick ? 2_000 : 10_000)));
  });
  // On a gateway started afresh: one that closed sockets before keeps their freed memory, and
  // would take new subscriptions into it without growing.
  await onEachDeployment(options, withServices, async ({ backend }, running) => {
    const oneEach = figures.find((one) => one.backend === backend && one.name === perSubscriberFigure)!;
    figures.push(
      await manySubscriptions(
        backend,
        running.urls,
        running.readPid,
        options.quick ? 2_000 : 10_000,
        oneEach.value,
      ),
    );
  });
  return figures;
}

async function product(write: WriteClient): Promise<string> {
  const sku = `BENCH-${randomUUID().slice(0, 8).toUpperCase()}`;
  return (await write.registerProduct({ sku, name: sku, priceCents: 100, initialStock: 1_000_000_000 })).id;
}

async function latency(
  backend: string,
  urls: { write: string; read: string },
  quick: boolean,
): Promise<Figure[]> {
  const write = await operatorWriter(urls.write);
  const watched = await product(write);
  // A signed-in shopper watching the public catalog, as the storefront does.
  const customer = await authHeader('customer', 'bench-latency-customer');
  const client = wsClient(urls.read, customer);
  // Each frame is timed as it arrives, and a waiting sample is woken by it: a client that polled
  // instead would spin a core the gateway and the database need on this 2-core machine.
  const frames: Array<{ position: bigint; at: number }> = [];
  let failed: unknown;
  let frameArrived: () => void = () => {};
  const stopReceiving = client.subscribe<Frame>(
    { query: 'subscription ($id: ID) { productChanged(id: $id) { position } }', variables: { id: watched } },
    {
      next: (result) => {
        if (result.data)
          frames.push({ position: BigInt(result.data.productChanged.position), at: performance.now() });
        frameArrived();
      },
      error: (error) => {
        failed = error;
        console.error('subscription failed', error);
      },
      complete: () => {},
    },
  );
  const nextFrame = () => new Promise<void>((resolve) => (frameArrived = resolve));
  // The subscription is live once a change arrives.
  for (let i = 0; i < 100 && frames.length === 0 && failed === undefined; i++) {
    await write.send('restockProduct', { productId: watched, quantity: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (frames.length === 0) {
    await client.dispose();
    const why = failed === undefined ? 'no frame in 100 changes' : inspect(failed, { depth: 1 });
    throw new Error(`the latency subscription delivered nothing: ${why}`);
  }
  // Also from the mutation's sending, end to end: work the server did before answering could
  // otherwise shorten the measured latency by delaying the response.
  const endToEnd: number[] = [];
  const sample = async () => {
    const sent = performance.now();
    const done = await write.send('restockProduct', { productId: watched, quantity: 1 });
    const answered = performance.now();
    const position = BigInt(done.position);
    for (;;) {
      const frame = frames.find((f) => f.position >= position);
      if (frame) {
        frames.length = 0;
        endToEnd.push(frame.at - sent);
        return Math.max(0, frame.at - answered);
      }
      await nextFrame();
    }
  };
  const roundTrip = async () => {
    const started = performance.now();
    await postGraphQL(urls.read, '{ __typename }', undefined, customer);
    return performance.now() - started;
  };
  const samples = quick ? 100 : 400;
  const idle: number[] = [];
  const trips: number[] = [];
  for (let i = 0; i < samples; i++) {
    idle.push(await sample());
    trips.push(await roundTrip());
  }
  const idleEndToEnd = percentiles(endToEnd.splice(0));

  // The most this deployment writes, then half of it as background load while sampling.
  const others = await Promise.all(Array.from({ length: 16 }, () => product(write)));
  const seconds = quick ? 3 : 8;
  let writes = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    others.map(async (productId) => {
      while (performance.now() < until) {
        await write.send('restockProduct', { productId, quantity: 1 });
        writes++;
      }
    }),
  );
  const maxRate = writes / seconds;
  const loaded: number[] = [];
  let stop = false;
  const background = (async () => {
    const interval = 1000 / (maxRate / 2);
    let next = performance.now();
    const inFlight: Array<Promise<unknown>> = [];
    for (let i = 0; !stop; i++) {
      next += interval;
      inFlight.push(write.send('restockProduct', { productId: others[i % others.length]!, quantity: 1 }));
      if (inFlight.length > 64) await inFlight.shift();
      const wait = next - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    await Promise.all(inFlight);
  })();
  for (let i = 0; i < samples; i++) loaded.push(await sample());
  stop = true;
  await background;
  stopReceiving();
  await client.dispose();

  const idleP = percentiles(idle);
  const loadedP = percentiles(loaded);
  const tripP = percentiles(trips);
  const note = `${samples} samples; max write rate ${Math.round(maxRate)} req/s, load at half of it`;
  return [
    figure({
      name: 'mutation → subscription frame, idle, p50',
      backend,
      value: idleP.p50,
      baseline: tripP.p50,
      unit: 'ms',
      target: '≤ 3 ms',
      notes: `baseline: a GraphQL round trip to the read gateway; mutation sent → frame p50 ${idleEndToEnd.p50.toFixed(2)} ms, p99 ${idleEndToEnd.p99.toFixed(2)} ms; ${note}`,
    }),
    figure({
      name: 'mutation → subscription frame, idle, p99',
      backend,
      value: idleP.p99,
      baseline: tripP.p99,
      unit: 'ms',
      target: '≤ 15 ms',
    }),
    figure({
      name: 'mutation → subscription frame, half max write rate, p99',
      backend,
      value: loadedP.p99,
      baseline: tripP.p99,
      unit: 'ms',
      target: '≤ 50 ms',
      notes: `p50 ${loadedP.p50.toFixed(2)} ms`,
    }),
  ];
}

const perSubscriberFigure = 'memory per idle subscriber (resident)';

/** Subscriptions each connection holds in `manySubscriptions`: a storefront watching a few products. */
const subscriptionsPerConnection = 5;

/**
 * Issue 16 §4: many idle subscriptions in one read gateway. This machine caps a process at
 * 20,000 open files, so 50,000 are held as graphql-ws holds them anyway, several on one
 * connection: 10,000 connections (2,000 with --quick) of five each. Against one subscription per
 * connection (`oneEach`, KB), as the fan-out measured it. A change to one of the products then
 * reaches every connection, once.
 */
async function manySubscriptions(
  backend: string,
  urls: { write: string; read: string },
  pid: number,
  connections: number,
  oneEach: number,
): Promise<Figure> {
  const write = await operatorWriter(urls.write);
  const products = await Promise.all(
    Array.from({ length: subscriptionsPerConnection }, () => product(write)),
  );
  const total = connections * subscriptionsPerConnection;
  const before = await residentBytes(pid);
  const clients = await subscribers(urls.read, connections, products);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const perSubscription = ((await residentBytes(pid)) - before) / total;
  const rounds = await deliveries(
    clients,
    connections,
    async () => {
      const sent = performance.now();
      await write.send('restockProduct', { productId: products[0]!, quantity: 1 });
      return sent;
    },
    'connections',
  );
  clients.close();
  const round = medianRound(rounds);
  return figure({
    name: `memory per idle subscription, ${total.toLocaleString('en')} in one gateway (${subscriptionsPerConnection} per connection)`,
    backend,
    value: perSubscription / 1024,
    baseline: oneEach,
    unit: 'KB',
    target: '≤ 20 KB',
    notes: `baseline: one subscription per connection, on a gateway started afresh too (memory per idle subscriber); a change to one product then reached all ${connections.toLocaleString('en')} connections in ${round.all.toFixed(0)} ms (p50 ${round.p50.toFixed(1)} ms)`,
  });
}

/**
 * Opens `count` raw graphql-ws sockets, each subscribed to every product of `productIds`, each
 * signed in as a customer of its own (a token with a distinct `sub`, verified at connect): the
 * catalog is public, so they still share one execution per product. Resolves when all are
 * subscribed.
 */
async function subscribers(url: string, count: number, productIds: readonly string[]) {
  const arrivals: number[] = [];
  const sockets: WebSocket[] = [];
  const query = 'subscription ($id: ID) { productChanged(id: $id) { id stock priceCents position } }';
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) tokens.push(await testToken('customer', `bench-customer-${i}`));
  for (let i = 0; i < count; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, count - i) }, async (_, j) => {
        const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
        sockets.push(socket);
        await new Promise<void>((resolve, reject) => {
          socket.on('error', reject);
          socket.on('close', (code: number, reason: Buffer) =>
            reject(new Error(`subscriber closed before its ack: ${code} ${reason.toString()}`)),
          );
          socket.on('open', () =>
            socket.send(
              JSON.stringify({
                type: 'connection_init',
                payload: { authorization: `Bearer ${tokens[i + j]!}` },
              }),
            ),
          );
          socket.on('message', (data: Buffer) => {
            const message = JSON.parse(data.toString()) as { type: string };
            if (message.type === 'connection_ack') {
              productIds.forEach((productId, k) =>
                socket.send(
                  JSON.stringify({
                    id: String(k + 1),
                    type: 'subscribe',
                    payload: { query, variables: { id: productId } },
                  }),
                ),
              );
              resolve();
            } else if (message.type === 'next') {
              arrivals.push(performance.now());
            }
          });
        });
      }),
    );
  }
  return { arrivals, count, close: () => sockets.forEach((socket) => socket.terminate()) };
}

/** Plain `ws` clients of the baseline server, recording when the broadcast reaches each. */
async function bareClients(url: string, count: number) {
  const arrivals: number[] = [];
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, count - i) }, async () => {
        const socket = new WebSocket(url.replace(/^http/, 'ws'));
        sockets.push(socket);
        socket.on('message', () => arrivals.push(performance.now()));
        await new Promise<void>((resolve, reject) => {
          socket.on('open', () => resolve());
          socket.on('error', reject);
        });
      }),
    );
  }
  return { arrivals, close: () => sockets.forEach((socket) => socket.terminate()) };
}

async function waitFor(check: () => boolean, timeoutMs: number, progress: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out with ${progress()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Changes delivered to the same subscribers, each timed on its own: one alone is too noisy here. */
const fanOutRounds = 5;

/** One delivery to every subscriber: from its sending to each arrival. */
interface Round {
  all: number;
  p50: number;
  p99: number;
}

/**
 * `fanOutRounds` deliveries to the same clients, one at a time: `send` starts one and resolves with
 * when it was sent; each round ends when every client has received it.
 */
async function deliveries(
  clients: { arrivals: number[] },
  count: number,
  send: () => Promise<number>,
  what: string,
): Promise<Round[]> {
  const rounds: Round[] = [];
  for (let round = 0; round < fanOutRounds; round++) {
    clients.arrivals.length = 0;
    const sent = await send();
    await waitFor(
      () => clients.arrivals.length >= count,
      60_000,
      () => `${clients.arrivals.length} of ${count} ${what} reached`,
    );
    const latencies = clients.arrivals.map((at) => at - sent);
    rounds.push({ all: Math.max(...latencies), ...percentiles(latencies) });
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return rounds;
}

/** The round whose delivery to all took the median time. */
function medianRound(rounds: readonly Round[]): Round {
  return [...rounds].sort((a, b) => a.all - b.all)[Math.floor(rounds.length / 2)]!;
}

async function fanOut(
  backend: string,
  urls: { write: string; read: string },
  pid: number,
  count: number,
): Promise<Figure[]> {
  const write = await operatorWriter(urls.write);
  const productId = await product(write);
  const before = await residentBytes(pid);
  const clients = await subscribers(urls.read, count, [productId]);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const perSubscriber = ((await residentBytes(pid)) - before) / count;
  // Let the subscriptions settle (each subscribe is processed after its ack).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const sluiceRounds = await deliveries(
    clients,
    count,
    async () => {
      const sent = performance.now();
      await write.send('restockProduct', { productId, quantity: 1 });
      return sent;
    },
    'subscribers',
  );
  clients.close();

  const bare = await startChildServer('bench/servers/bare-ws-broadcast.ts');
  const bareBefore = await residentBytes(bare.pid);
  const plain = await bareClients(bare.url, count);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const barePerClient = ((await residentBytes(bare.pid)) - bareBefore) / count;
  const frame = JSON.stringify({
    id: '1',
    type: 'next',
    payload: {
      data: { productChanged: { id: productId, stock: 1, priceCents: 100, position: '123456789012' } },
    },
  });
  const bareRounds = await deliveries(
    plain,
    count,
    async () => {
      const sent = performance.now();
      await fetch(bare.url, { method: 'POST', body: frame });
      return sent;
    },
    'bare clients',
  );
  plain.close();
  await bare.stop();

  const p = medianRound(sluiceRounds);
  const b = medianRound(bareRounds);
  const alls = (rounds: readonly Round[]) => rounds.map((round) => round.all.toFixed(0)).join(', ');
  return [
    figure({
      name: `fan-out of one change to ${count.toLocaleString('en')} subscribers vs bare ws broadcast`,
      backend,
      value: count / (p.all / 1000),
      baseline: count / (b.all / 1000),
      unit: 'deliveries/s',
      target: '≥ 0.5×',
      notes: `median of ${fanOutRounds} changes: mutation sent → frame p50 ${p.p50.toFixed(1)} ms, p99 ${p.p99.toFixed(1)} ms, all ${p.all.toFixed(1)} ms (bare broadcast: p50 ${b.p50.toFixed(1)}, p99 ${b.p99.toFixed(1)}, all ${b.all.toFixed(1)} ms); to all, each change: ${alls(sluiceRounds)} ms (bare: ${alls(bareRounds)} ms)`,
    }),
    figure({
      name: perSubscriberFigure,
      backend,
      value: perSubscriber / 1024,
      baseline: barePerClient / 1024,
      unit: 'KB',
      target: '≤ 20 KB',
      notes: 'baseline: a bare ws connection',
    }),
  ];
}
