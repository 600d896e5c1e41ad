import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/api-client';
import type { HistoryQuery, HistoryQueryVariables } from '../generated/read/graphql';
import type { TimelineEvent } from './timeline-event';
import { TimelineLoader } from './timeline-loader';

/** A stream of `length` events behind a history query that pages as the gateway does. */
function fakeHistory(length: number) {
  const stream = { length };
  const asked: HistoryQueryVariables[] = [];
  let hold: Promise<void> = Promise.resolve();
  const read = async (_operation: unknown, variables: HistoryQueryVariables): Promise<HistoryQuery> => {
    asked.push(variables);
    await hold;
    const versions = Array.from({ length: stream.length }, (_, i) => i + 1);
    if (!variables.oldestFirst) versions.reverse();
    const after = variables.after ? Number(variables.after.slice(1)) : undefined;
    const rows = versions.filter(
      (v) => after === undefined || (variables.oldestFirst ? v > after : v < after),
    );
    const page = rows.slice(0, variables.first ?? 20);
    return {
      history: {
        edges: page.map((version) => ({ cursor: `v${version}`, node: { version } as TimelineEvent })),
        pageInfo: { hasNextPage: rows.length > page.length },
      },
    };
  };
  return {
    api: { read } as unknown as Pick<ApiClient, 'read'>,
    stream,
    asked,
    holdUntil(released: Promise<void>) {
      hold = released;
    },
  };
}

const settled = (loader: TimelineLoader) => expect.poll(() => loader.current.loading).toBe(false);
/** Lets every read already answered run to its end. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const versionsOf = (loader: TimelineLoader) => loader.current.edges.map((edge) => edge.node.version);

describe('TimelineLoader', () => {
  it('shows the newest page first, then older pages on demand', async () => {
    const history = fakeHistory(25);
    const loader = new TimelineLoader(history.api, { kind: 'product', id: 'p1' });
    await settled(loader);
    expect(versionsOf(loader)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(loader.current.hasOlder).toBe(true);
    expect(history.asked[0]).toMatchObject({ productId: 'p1', first: 20, after: undefined });

    loader.loadOlder();
    await expect.poll(() => loader.current.edges.length).toBe(25);
    expect(history.asked[1]).toMatchObject({ after: 'v6' });
    expect(loader.current.hasOlder).toBe(false);
  });

  it('catches up oldest first after its newest event, a page after another, until none are left', async () => {
    const history = fakeHistory(2);
    const loader = new TimelineLoader(history.api, { kind: 'order', id: 'o1' });
    await settled(loader);
    history.stream.length = 120;
    loader.catchUp();
    await expect.poll(() => loader.current.edges.length).toBe(120);
    expect(versionsOf(loader)).toEqual(Array.from({ length: 120 }, (_, i) => 120 - i));
    expect(history.asked.slice(1)).toEqual([
      { orderId: 'o1', first: 50, after: 'v2', oldestFirst: true },
      { orderId: 'o1', first: 50, after: 'v52', oldestFirst: true },
      { orderId: 'o1', first: 50, after: 'v102', oldestFirst: true },
    ]);
    expect(loader.current.hasOlder).toBe(false);
  });

  it('catches up after the first page when asked before it arrived, and once for many asks', async () => {
    const history = fakeHistory(1);
    let release: () => void = () => undefined;
    history.holdUntil(new Promise<void>((resolve) => (release = resolve)));
    const loader = new TimelineLoader(history.api, { kind: 'product', id: 'p1' });
    history.stream.length = 3;
    loader.catchUp();
    loader.catchUp();
    loader.catchUp();
    release();
    await expect.poll(() => history.asked.length).toBe(2);
    await settled(loader);
    expect(history.asked[1]).toMatchObject({ after: 'v3', oldestFirst: true });
    expect(versionsOf(loader)).toEqual([3, 2, 1]);
  });

  it('shows a failed read, and the next catch-up loads what the failure left out', async () => {
    const history = fakeHistory(2);
    const failing = {
      read: () => Promise.reject(new Error('network down')),
    } as unknown as Pick<ApiClient, 'read'>;
    let api = failing;
    const loader = new TimelineLoader(
      { read: (...args) => api.read(...args) },
      { kind: 'product', id: 'p1' },
    );
    await settled(loader);
    expect(loader.current.error).toBe('Could not load the timeline: network down');

    api = history.api;
    loader.catchUp();
    await expect.poll(() => versionsOf(loader)).toEqual([2, 1]);
    expect(loader.current.error).toBeUndefined();
  });

  it('drops what arrives after it was closed', async () => {
    const history = fakeHistory(2);
    const loader = new TimelineLoader(history.api, { kind: 'product', id: 'p1' });
    loader.close();
    await expect.poll(() => history.asked.length).toBe(1);
    await flush();
    expect(loader.current.edges).toEqual([]);
  });
});
