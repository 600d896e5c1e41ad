import type { Role } from '@sluice/auth';
import { readSubscriptionResults, testToken } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedProduct } from '../test-support/live-test-feed';
import { liveGateway, type LiveGateway } from '../test-support/live-gateway-harness';

/** A subscription over SSE through the whole HTTP pipeline, as a caller with this role and id. */
function subscribe(side: LiveGateway, query: string, as?: { role: Role; sub: string }) {
  const results: unknown[] = [];
  let stop = () => {};
  void (async () => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'text/event-stream',
    };
    if (as) headers.authorization = `Bearer ${await testToken(as.role, as.sub)}`;
    const response = await side.app.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    });
    const reading = readSubscriptionResults(response.body!, (result) => results.push(result));
    stop = reading.cancel;
    await reading.done;
  })();
  return { results, stop: () => stop() };
}

describe('live operations are shared only among callers who may see the same results', () => {
  let side: LiveGateway;

  beforeAll(async () => {
    side = await liveGateway();
  });

  afterAll(async () => {
    await side?.close();
  });

  it('runs the public catalog once for anonymous callers, customers, analysts and operators', async () => {
    const query = 'subscription { productChanged { id stock } }';
    const all = [
      subscribe(side, query),
      subscribe(side, query, { role: 'customer', sub: 'ada' }),
      subscribe(side, query, { role: 'customer', sub: 'bob' }),
      subscribe(side, query, { role: 'analyst', sub: 'ana' }),
      subscribe(side, query, { role: 'operator', sub: 'olga' }),
    ];
    await expect.poll(() => side.operations.sizes()).toEqual([5]);
    const change = countedProduct('p1', 3);
    side.feed.products.push(change.row);
    await expect.poll(() => all.every((one) => one.results.length === 1)).toBe(true);
    expect(change.reads()).toBe(1);
    for (const one of all) one.stop();
    await expect.poll(() => side.operations.sizes()).toEqual([]);
  });

  it('runs orders once for all operators, and apart for each customer', async () => {
    const query = 'subscription { orderChanged { id customerId } }';
    const all = [
      subscribe(side, query, { role: 'operator', sub: 'olga' }),
      subscribe(side, query, { role: 'operator', sub: 'otto' }),
      subscribe(side, query, { role: 'customer', sub: 'ada' }),
      subscribe(side, query, { role: 'customer', sub: 'ada' }),
      subscribe(side, query, { role: 'customer', sub: 'bob' }),
    ];
    await expect.poll(() => [...side.operations.sizes()].sort()).toEqual([1, 2, 2]);
    for (const one of all) one.stop();
    await expect.poll(() => side.operations.sizes()).toEqual([]);
  });
});
