import { authHeader, readSubscriptionResults, storedTestEvent as event } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedProduct } from '../test-support/live-test-feed';
import { liveGateway, type LiveGateway } from '../test-support/live-gateway-harness';

interface Received {
  results: Array<{ data?: Record<string, unknown> | null; errors?: Array<{ message: string }> }>;
  stop(): void;
}

/**
 * A subscription over server-sent events through the whole HTTP pipeline, without a socket;
 * stop() cancels the response body, as a client going away does.
 */
function subscribe(
  side: LiveGateway,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Received {
  const received: Received = { results: [], stop: () => {} };
  const response = side.app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  void (async () => {
    const reading = readSubscriptionResults<Record<string, unknown>>((await response).body!, (result) =>
      received.results.push(result),
    );
    received.stop = reading.cancel;
    await reading.done;
  })();
  return received;
}

const productChanged = 'subscription ($id: ID) { productChanged(id: $id) { id stock } }';
const events = 'subscription ($after: Position) { events(after: $after) { position type } }';

describe('live operations shared among subscribers (server-sent events)', () => {
  let side: LiveGateway;

  beforeAll(async () => {
    side = await liveGateway();
  });

  afterAll(async () => {
    await side?.close();
  });

  async function settled(feedSubscriptions: number, subscribers: number[]): Promise<void> {
    await expect
      .poll(() => [side.feed.open(), side.operations.sizes()])
      .toEqual([feedSubscriptions, subscribers]);
  }

  it('executes each change once for all the subscribers of one operation, and tears down after the last', async () => {
    const all = Array.from({ length: 20 }, () => subscribe(side, productChanged, { id: 'p1' }));
    await settled(1, [20]);

    const change = countedProduct('p1', 7);
    side.feed.products.push(change.row);
    await expect.poll(() => all.filter((one) => one.results.length === 1).length).toBe(20);
    expect(change.reads()).toBe(1);
    expect(
      all.every(
        (one) => JSON.stringify(one.results) === '[{"data":{"productChanged":{"id":"p1","stock":7}}}]',
      ),
    ).toBe(true);

    for (const one of all.slice(0, 19)) one.stop();
    await settled(1, [1]);
    side.feed.products.push(countedProduct('p1', 8).row);
    await expect.poll(() => all[19]!.results.length).toBe(2);
    all[19]!.stop();
    await settled(0, []);
  });

  it('keeps operations with different variables apart', async () => {
    const first = [
      subscribe(side, productChanged, { id: 'a' }),
      subscribe(side, productChanged, { id: 'a' }),
    ];
    const second = subscribe(side, productChanged, { id: 'b' });
    // The same operation written differently is still the same one.
    const spaced = subscribe(side, `subscription($id:ID){productChanged(id:$id){ id   stock }}`, { id: 'a' });
    await settled(2, [3, 1]);

    side.feed.products.push(countedProduct('b', 1).row);
    side.feed.products.push(countedProduct('a', 2).row);
    await expect.poll(() => [...first, spaced].map((one) => one.results.length)).toEqual([1, 1, 1]);
    await expect.poll(() => second.results.length).toBe(1);
    expect(second.results[0]?.data).toEqual({ productChanged: { id: 'b', stock: 1 } });
    for (const one of [...first, spaced, second]) one.stop();
    await settled(0, []);
  });

  it('gives a late joiner only the changes after it joined', async () => {
    const early = subscribe(side, productChanged, { id: 'c' });
    await settled(1, [1]);
    side.feed.products.push(countedProduct('c', 1).row);
    await expect.poll(() => early.results.length).toBe(1);

    const late = subscribe(side, productChanged, { id: 'c' });
    await settled(1, [2]);
    side.feed.products.push(countedProduct('c', 2).row);
    await expect.poll(() => [early.results.length, late.results.length]).toEqual([2, 1]);
    expect(late.results[0]?.data).toEqual({ productChanged: { id: 'c', stock: 2 } });
    early.stop();
    late.stop();
    await settled(0, []);
  });

  it('replays events(after:) for each subscriber on its own, and shares the live-only events feed', async () => {
    // The log is the operator's to follow.
    const operator = await authHeader('operator');
    const replaying = [
      subscribe(side, events, { after: '0' }, operator),
      subscribe(side, events, { after: '0' }, operator),
    ];
    await settled(2, []);
    const live = [subscribe(side, events, undefined, operator), subscribe(side, events, {}, operator)];
    await settled(3, [2]);

    side.feed.log.push(event(5n));
    await expect.poll(() => [...replaying, ...live].map((one) => one.results.length)).toEqual([1, 1, 1, 1]);
    for (const one of [...replaying, ...live]) one.stop();
    await settled(0, []);
  });

  it('masks an unexpected error for every subscriber of the shared execution', async () => {
    const all = [subscribe(side, productChanged, { id: 'd' }), subscribe(side, productChanged, { id: 'd' })];
    await settled(1, [2]);
    const broken = countedProduct('d', 1).row;
    Object.defineProperty(broken, 'stock', {
      get() {
        throw new Error('secret detail');
      },
    });
    side.feed.products.push(broken);
    await expect.poll(() => all.map((one) => one.results.length)).toEqual([1, 1]);
    for (const one of all) {
      expect(one.results[0]?.errors?.map((error) => error.message)).toEqual(['Unexpected error.']);
      one.stop();
    }
    await settled(0, []);
  });

  it('tears down the execution of a signed-in subscriber as soon as it leaves, with no change in between', async () => {
    const signedIn = subscribe(side, productChanged, { id: 'e' }, await authHeader('customer', 'c-e'));
    await settled(1, [1]);
    signedIn.stop();
    await settled(0, []);
  });
});
