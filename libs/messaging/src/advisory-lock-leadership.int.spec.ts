import { createTemporaryDatabase, postgresAvailability, type TemporaryDatabase } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsLeader, type Leadership } from './advisory-lock-leadership';

const pg = await postgresAvailability();

describe.skipIf(!pg.available)('leadership by advisory lock (PostgreSQL)', () => {
  let database: TemporaryDatabase;
  beforeAll(async () => {
    database = await createTemporaryDatabase();
  });
  afterAll(() => database?.drop());

  it('lets one process lead at a time, and another take over when it stops', async () => {
    const working = new Set<string>();
    const contender = (name: string): Leadership =>
      runAsLeader({
        url: database.url,
        lockName: 'test:relay',
        checkEveryMs: 100,
        lead: () => {
          working.add(name);
          return Promise.resolve(() => {
            working.delete(name);
            return Promise.resolve();
          });
        },
      });
    const a = contender('a');
    const b = contender('b');
    try {
      await expect.poll(() => working.size).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(working.size).toBe(1);
      const [leader, follower] = a.isLeader() ? [a, b] : [b, a];
      expect(follower.isLeader()).toBe(false);

      await leader.stop();
      await expect.poll(() => follower.isLeader(), { timeout: 3_000 }).toBe(true);
      expect(working.size).toBe(1);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
