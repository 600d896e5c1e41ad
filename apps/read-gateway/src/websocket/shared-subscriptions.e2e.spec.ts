import { subscribeSse, subscribeWs, wsClient, type Received } from '@sluice/testing';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { countedProduct } from '../test-support/live-test-feed';
import { liveGateway, type LiveGateway } from '../test-support/live-gateway-harness';

const productChanged = 'subscription ($id: ID) { productChanged(id: $id) { id name stock } }';
type Changed = { productChanged: { id: string; name: string; stock: number } };

describe('live operations shared among subscribers on a running gateway', () => {
  let side: LiveGateway;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    side = await liveGateway({ subscriptionQueueLimit: 5 });
    url = `${await side.app.start()}/graphql`;
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await side?.close();
  });

  function client(): Client {
    const created = wsClient(url);
    clients.push(created);
    return created;
  }

  async function settled(feedSubscriptions: number, subscribers: number[]): Promise<void> {
    await expect
      .poll(() => [side.feed.open(), side.operations.sizes()])
      .toEqual([feedSubscriptions, subscribers]);
  }

  it('executes a change once for every socket, and one leaving does not end it for the others', async () => {
    const sockets = Array.from({ length: 10 }, () => client());
    const received: Array<Received<Changed>> = sockets.map((socket) =>
      subscribeWs<Changed>(socket, productChanged, { id: 'w1' }),
    );
    await settled(1, [10]);
    const change = countedProduct('w1', 3);
    side.feed.products.push(change.row);
    await expect.poll(() => received.every((one) => one.items.length === 1)).toBe(true);
    expect(change.reads()).toBe(1);

    received[0]!.stop();
    await sockets[1]!.dispose();
    await settled(1, [8]);
    side.feed.products.push(countedProduct('w1', 4).row);
    await expect.poll(() => received.slice(2).every((one) => one.items.length === 2)).toBe(true);
    expect(received[0]!.items).toHaveLength(1);
    expect(received[2]!.items.map((item) => item.productChanged.stock)).toEqual([3, 4]);

    for (const socket of sockets.slice(2)) await socket.dispose();
    await settled(0, []);
  });

  it('shares one execution between graphql-ws and SSE subscribers, and ends it when the last one disconnects', async () => {
    const overSse = [0, 1].map(() => subscribeSse<Changed>(url, productChanged, { id: 'w3' }));
    const overWs = subscribeWs<Changed>(client(), productChanged, { id: 'w3' });
    await settled(1, [3]);
    const change = countedProduct('w3', 9);
    side.feed.products.push(change.row);
    await expect.poll(() => [...overSse, overWs].map((one) => one.items.length)).toEqual([1, 1, 1]);
    expect(change.reads()).toBe(1);

    for (const one of [...overSse, overWs]) one.stop();
    await settled(0, []);
  });

  it('cuts off a socket that stops reading, while one sharing its operation carries on', async () => {
    const healthy = subscribeWs<Changed>(client(), productChanged, { id: 'w2' });
    const stalled = await stalledSubscriber(url, productChanged, { id: 'w2' });
    await settled(1, [2]);
    const open = side.app.webSocketConnections();
    // Big changes, so that the kernel's buffers fill and the stalled socket's queue grows past 5.
    const name = 'x'.repeat(256_000);
    for (let i = 0; i < 400 && side.operations.sizes()[0] === 2; i++) {
      const change = countedProduct('w2', i);
      change.row.name = name;
      side.feed.products.push(change.row);
      await expect.poll(() => healthy.items.length).toBe(i + 1);
    }
    await settled(1, [1]);
    await expect.poll(() => side.app.webSocketConnections()).toBe(open - 1);
    expect([1008, 1006]).toContain(await stalled.resumeAndClose());
    healthy.stop();
    await settled(0, []);
  });
});

/** A raw graphql-ws socket that stops reading once subscribed; resuming shows how it was closed. */
async function stalledSubscriber(url: string, query: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type !== 'connection_ack') return;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      socket.pause();
      resolve();
    });
  });
  return {
    resumeAndClose(): Promise<number> {
      socket.resume();
      return closed;
    },
  };
}
