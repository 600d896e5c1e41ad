import { openPgliteEventStore, type EventStore } from '@sluice/event-store';
import { appendRandomShopHistory } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from '../all-projections';
import { foldInMemory } from './fold-in-memory';

describe('the in-memory fold', () => {
  let store: EventStore;
  let logged: number;

  beforeAll(async () => {
    store = await openPgliteEventStore();
    await appendRandomShopHistory(store, { seed: 5, steps: 30, tag: 'fold' });
    logged = await store.countAfter(0n);
  });
  afterAll(() => store?.close());

  it('folds the whole log while memory lasts', async () => {
    const folded = await foldInMemory(store, allProjections, {
      pageSize: 7,
      maxRows: 1e9,
      memoryShort: () => false,
    });
    expect(folded.events).toBe(logged);
    expect(folded.position).toBe(await store.head());
  });

  it('stops after the page on which memory ran short, whatever the rows, for the projector to go on', async () => {
    let pages = 0;
    const folded = await foldInMemory(store, allProjections, {
      pageSize: 7,
      maxRows: 1e9,
      memoryShort: () => ++pages === 2,
    });
    expect(logged).toBeGreaterThan(14);
    expect(folded.events).toBe(14);
    expect(folded.position).toBeLessThan(await store.head());
  });
});
