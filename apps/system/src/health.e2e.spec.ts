import { testAuthSecret } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`health and readiness on ${mode.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, { AUTH_SECRET: testAuthSecret }));
    });
    afterAll(() => cleanup?.());

    it('has both gateways alive and ready, each saying what it checked, to anyone', async () => {
      const write = system.writeUrl.replace(/\/graphql$/, '');
      const read = system.readUrl.replace(/\/graphql$/, '');
      for (const gateway of [write, read])
        expect(await get(`${gateway}/health`)).toMatchObject({ status: 200 });

      expect(await get(`${write}/readiness`)).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: { ok: true }, broker: { ok: true } } },
      });
      expect(await get(`${read}/readiness`)).toMatchObject({
        status: 200,
        body: {
          status: 'ready',
          checks: {
            database: { ok: true },
            broker: { ok: true },
            projections: { ok: true, detail: { state: 'following' } },
          },
        },
      });
    });
  });
}
