import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SubscriberQueue } from '../runtime/subscriber-queue';
import { LiveOperations } from './live-operations';

/** A subscription's result stream the test drives: what it pushes is each change's result. */
function source() {
  const opened: Array<SubscriberQueue<ExecutionResult>> = [];
  let returned = 0;
  return {
    opened,
    returned: () => returned,
    subscribe: () => {
      const queue = new SubscriberQueue<ExecutionResult>(1000, () => returned++);
      opened.push(queue);
      return queue;
    },
  };
}

const result = (n: number): ExecutionResult => ({ data: { n } });

async function take(results: AsyncIterator<ExecutionResult>, count: number): Promise<unknown[]> {
  const taken: unknown[] = [];
  for (let i = 0; i < count; i++) taken.push((await results.next()).value);
  return taken;
}

async function joined(operations: LiveOperations, key: string, from: ReturnType<typeof source>) {
  const results = await operations.join(key, undefined, from.subscribe);
  if (!(Symbol.asyncIterator in results)) throw new Error('expected a stream');
  return results[Symbol.asyncIterator]();
}

/** Lets the shared pump hand out what was pushed. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('live operations', () => {
  it('subscribes once per key and hands the same result object to every subscriber', async () => {
    const operations = new LiveOperations(10);
    const feed = source();
    const subscribers = await Promise.all(Array.from({ length: 5 }, () => joined(operations, 'a', feed)));
    expect(feed.opened).toHaveLength(1);
    expect(operations.sizes()).toEqual([5]);

    const first = result(1);
    feed.opened[0]!.push(first);
    const received = await Promise.all(subscribers.map((results) => take(results, 1)));
    expect(received.flat().every((value) => value === first)).toBe(true);
  });

  it('runs another key on its own', async () => {
    const operations = new LiveOperations(10);
    const feed = source();
    const a = await joined(operations, 'a', feed);
    const b = await joined(operations, 'b', feed);
    expect(feed.opened).toHaveLength(2);
    feed.opened[1]!.push(result(2));
    feed.opened[0]!.push(result(1));
    expect(await take(a, 1)).toEqual([{ data: { n: 1 } }]);
    expect(await take(b, 1)).toEqual([{ data: { n: 2 } }]);
  });

  it('gives a late joiner only the results that come after it joined', async () => {
    const operations = new LiveOperations(10);
    const feed = source();
    const early = await joined(operations, 'a', feed);
    feed.opened[0]!.push(result(1));
    expect(await take(early, 1)).toEqual([{ data: { n: 1 } }]);

    const late = await joined(operations, 'a', feed);
    feed.opened[0]!.push(result(2));
    expect(await take(early, 1)).toEqual([{ data: { n: 2 } }]);
    expect(await take(late, 1)).toEqual([{ data: { n: 2 } }]);
  });

  it('keeps the others going when one leaves, and ends the subscription when the last one leaves', async () => {
    const operations = new LiveOperations(10);
    const feed = source();
    const [one, two] = [await joined(operations, 'a', feed), await joined(operations, 'a', feed)];
    await one.return?.();
    expect(feed.returned()).toBe(0);
    feed.opened[0]!.push(result(1));
    expect(await take(two, 1)).toEqual([{ data: { n: 1 } }]);

    await two.return?.();
    await settle();
    expect(feed.returned()).toBe(1);
    expect(operations.sizes()).toEqual([]);
    // The next subscriber of the same key starts afresh.
    await joined(operations, 'a', feed);
    expect(feed.opened).toHaveLength(2);
  });

  it('ends a subscriber that falls too far behind, and only that one', async () => {
    const operations = new LiveOperations(2);
    const feed = source();
    const slow = await joined(operations, 'a', feed);
    const fast = await joined(operations, 'a', feed);
    const seen: unknown[] = [];
    void (async () => {
      for (let next = await fast.next(); !next.done; next = await fast.next()) seen.push(next.value);
    })();
    for (let n = 1; n <= 3; n++) {
      feed.opened[0]!.push(result(n));
      await settle();
    }
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIBER_TOO_SLOW' } });
    expect(seen).toHaveLength(3);
    expect(operations.sizes()).toEqual([1]);
  });

  it('hands a single result (an error) to whoever waited for it, and keeps nothing', async () => {
    const operations = new LiveOperations(10);
    const failed: ExecutionResult = { errors: [] };
    let calls = 0;
    const subscribe = () => {
      calls++;
      return Promise.resolve(failed);
    };
    const answers = await Promise.all([
      operations.join('a', undefined, subscribe),
      operations.join('a', undefined, subscribe),
    ]);
    expect(answers).toEqual([failed, failed]);
    expect(calls).toBe(1);
    await operations.join('a', undefined, subscribe);
    expect(calls).toBe(2);
  });

  it('passes the end or the failure of the subscription on to every subscriber', async () => {
    const operations = new LiveOperations(10);
    const feed = source();
    const [one, two] = [await joined(operations, 'a', feed), await joined(operations, 'a', feed)];
    feed.opened[0]!.fail(new Error('gone'));
    await expect(one.next()).rejects.toThrow('gone');
    await expect(two.next()).rejects.toThrow('gone');
    expect(operations.sizes()).toEqual([]);

    const three = await joined(operations, 'a', feed);
    feed.opened[1]!.end();
    expect(await three.next()).toEqual({ value: undefined, done: true });
  });
});
