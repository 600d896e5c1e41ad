import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { openPostgresEventStore } from '@sluice/event-store';
import {
  authHeader,
  createTemporaryDatabase,
  postgresAvailability,
  postGraphQL,
  rabbitAvailability,
  startNodeProcess,
  temporaryRabbitNames,
  testAmqpUrl,
  testAuthSecret,
  subscribeWs,
  writeClient,
  wsClient,
  type NodeProcess,
  type TemporaryDatabase,
  type TemporaryRabbitNames,
  type WriteClient,
} from '@sluice/testing';
import { Connection } from 'rabbitmq-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pg = await postgresAvailability();
const rabbit = await rabbitAvailability();
const listening = (side: string) => new RegExp(`"message":"${side} gateway listening","url":"([^"]+)"`);
// A read gateway listens before it has caught up; it consumes the bus and takes signals only after.
const readSideUp = new RegExp(`${listening('read').source}[\\s\\S]*"message":"read side caught up"`);

const productQuery = `query ($id: ID!, $atLeast: Position) { product(id: $id, atLeast: $atLeast) { name stock unitsSold } }`;
const statsQuery = `query ($atLeast: Position) { salesStats(atLeast: $atLeast) { ordersPlaced ordersPaid revenueCents } }`;

describe.skipIf(!pg.available || !rabbit.available)('separate processes on PostgreSQL + RabbitMQ', () => {
  let database: TemporaryDatabase;
  let names: TemporaryRabbitNames;
  let writer: NodeProcess;
  const readers: NodeProcess[] = [];
  let write: WriteClient;
  let operator: { authorization: string };
  let env: Record<string, string>;

  beforeAll(async () => {
    operator = await authHeader('operator');
    database = await createTemporaryDatabase();
    names = temporaryRabbitNames();
    env = {
      DATABASE_URL: database.url,
      AMQP_URL: testAmqpUrl,
      AMQP_PREFIX: names.prefix,
      AUTH_SECRET: testAuthSecret,
      HOST: '127.0.0.1',
      WRITE_PORT: '0',
      READ_PORT: '0',
    };
    writer = await startNodeProcess('apps/write-gateway/src/main.ts', env, listening('write'));
    write = writeClient(writer.ready[1]!);
    // One after the other: the first becomes the queue's active consumer, the second stands by.
    readers.push(await startNodeProcess('apps/read-gateway/src/main.ts', env, readSideUp));
    readers.push(await startNodeProcess('apps/read-gateway/src/main.ts', env, readSideUp));
  }, 90_000);

  afterAll(async () => {
    for (const process of [...readers, writer]) await process?.stop();
    await names?.cleanup();
    await database?.drop();
  });

  const readUrl = (reader: NodeProcess) => reader.ready[1]!;

  // The shop's operator, who may read the sales figures.
  async function read<T>(reader: NodeProcess, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await postGraphQL<T>(readUrl(reader), query, variables, operator);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function sell(productId: string, orders: number): Promise<string> {
    let last = '';
    for (let i = 0; i < orders; i++) {
      const placed = await write.placeOrder(`p-${i}`, [{ productId, quantity: 1 }]);
      last = (await write.send('payOrder', { orderId: placed.id, amountCents: 100 })).position;
    }
    return last;
  }

  it('puts an event no projection can apply on the dead-letter queue with its error, and goes on', async () => {
    const store = await openPostgresEventStore({ url: database.url, maxConnections: 1 });
    const poisonId = randomUUID();
    try {
      const broken = randomUUID();
      const data = {
        productId: broken,
        sku: 'BROKEN-1',
        name: null,
        priceCents: 1,
        initialStock: 1,
        at: new Date().toISOString(),
      };
      const metadata = { correlationId: 'test', causationId: 'test', at: data.at };
      await store.append([
        {
          streamId: broken,
          expectedVersion: 0,
          events: [{ eventId: poisonId, type: 'ProductRegistered', data, metadata }],
        },
      ]);
    } finally {
      await store.close();
    }
    const after = await write.registerProduct({
      sku: `OK-${randomUUID().slice(0, 6).toUpperCase()}`,
      name: 'Fine',
      priceCents: 100,
      initialStock: 1,
    });
    for (const reader of readers) {
      expect(
        (
          await read<{ product: { name: string } }>(reader, productQuery, {
            id: after.id,
            atLeast: after.position,
          })
        ).product.name,
      ).toBe('Fine');
    }

    const connection = new Connection({ url: testAmqpUrl });
    try {
      const dead = await connection.basicGet({ queue: names.deadLetterQueue, noAck: true });
      expect(dead?.messageId).toBe(poisonId);
      expect(String(dead?.headers?.['x-error'])).toContain('name');
      expect(await connection.basicGet({ queue: names.deadLetterQueue, noAck: true })).toBeUndefined();
    } finally {
      await connection.close();
    }
  });

  it('pushes every change to subscribers on both read gateways, once each', async () => {
    const sku = `SUBS-${randomUUID().slice(0, 6).toUpperCase()}`;
    const { id: productId } = await write.registerProduct({
      sku,
      name: 'Watched',
      priceCents: 100,
      initialStock: 50,
    });
    const query = `subscription ($id: ID) { productChanged(id: $id) { stock priceCents position } }`;
    type State = { productChanged: { stock: number; priceCents: number; position: string } };
    const clients = readers.map((reader) => wsClient(readUrl(reader)));
    try {
      const subscribed = clients.map((client) => subscribeWs<State>(client, query, { id: productId }));
      // Each instance learns of changes it did not apply itself through PostgreSQL notifications.
      await expect
        .poll(
          async () => {
            if (subscribed.some((s) => s.items.length === 0))
              await write.send('restockProduct', { productId, quantity: 1 });
            return subscribed.every((s) => s.items.length > 0);
          },
          { timeout: 15_000, interval: 300 },
        )
        .toBe(true);
      for (let price = 201; price <= 205; price++)
        await write.send('changeProductPrice', { productId, priceCents: price });
      for (const received of subscribed) {
        await expect.poll(() => received.items.at(-1)?.productChanged.priceCents).toBe(205);
        const positions = received.items.map((item) => BigInt(item.productChanged.position));
        expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
      }
    } finally {
      for (const client of clients) await client.dispose();
    }
  });

  it('applies every event once across two read gateways, and the standby takes over when the active one dies', async () => {
    const sku = `TWO-${randomUUID().slice(0, 6).toUpperCase()}`;
    const { id: productId } = await write.registerProduct({
      sku,
      name: 'Shared',
      priceCents: 100,
      initialStock: 100,
    });
    const before = await read<{ salesStats: Record<string, number> }>(readers[1]!, statsQuery, {});
    const half = await sell(productId, 10);
    for (const reader of readers) {
      expect(
        (await read<{ product: object }>(reader, productQuery, { id: productId, atLeast: half })).product,
      ).toMatchObject({
        stock: 90,
        unitsSold: 10,
      });
    }

    await readers[0]!.kill();
    const last = await sell(productId, 10);
    const survivor = readers[1]!;
    expect(
      (await read<{ product: object }>(survivor, productQuery, { id: productId, atLeast: last })).product,
    ).toMatchObject({
      stock: 80,
      unitsSold: 20,
    });
    const stats = await read<{ salesStats: Record<string, number> }>(survivor, statsQuery, { atLeast: last });
    expect(stats.salesStats).toEqual({
      ordersPlaced: before.salesStats.ordersPlaced! + 20,
      ordersPaid: before.salesStats.ordersPaid! + 20,
      revenueCents: before.salesStats.revenueCents! + 2000,
    });
  });

  it('drains on SIGTERM: the request in flight is answered, then the process exits within its deadline', async () => {
    const reader = await startNodeProcess(
      'apps/read-gateway/src/main.ts',
      { ...env, STALE_READ_TIMEOUT_MS: '1500', SHUTDOWN_TIMEOUT_MS: '8000' },
      readSideUp,
    );
    // Waits for a position the log will not reach in time: in flight when the signal comes.
    const waiting = postGraphQL(readUrl(reader), statsQuery, { atLeast: '9000000000000000000' }, operator);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = reader.stop();

    const response = await waiting;
    expect(response.errors?.[0]?.extensions?.code).toBe('STALE_READ');
    await stopped;
    expect(reader.output()).toContain('"message":"shutting down"');
    expect(reader.output()).not.toContain('passed its deadline');
  });

  it('says in one line what to change when its port is taken or its database is out of reach', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    const failure = (extra: Record<string, string>) =>
      startNodeProcess('apps/read-gateway/src/main.ts', { ...env, ...extra }, listening('read')).then(
        () => 'started',
        (error: Error) => error.message,
      );
    try {
      const taken = await failure({ READ_PORT: String(port) });
      expect(taken).toContain(`sluice: port ${port} is in use: set READ_PORT`);
      expect(taken).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
    const away = await failure({ DATABASE_URL: 'postgres://someone:s3cret@127.0.0.1:1/shop' });
    expect(away).toContain(
      'sluice: cannot open the database at 127.0.0.1:1/shop: nothing listens there (check DATABASE_URL)',
    );
    expect(away).not.toContain('s3cret');
    expect(away).not.toMatch(/\n\s+at /);
  });
});
