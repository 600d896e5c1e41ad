import type { EventStore } from '@sluice/event-store';
import { createConsoleLogger, type Logger } from '@sluice/gateway';
import { InProcessBus } from '@sluice/messaging';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import {
  appendRandomShopHistory,
  eventStoreBackends,
  postGraphQL,
  testAuthSecret,
  type OpenedStore,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readReadGatewayConfig } from './config';
import { startReadSide, type RunningReadSide } from './read-side';

/** The store with its log reads held until `release`: a read side that is still catching up. */
function heldStore(store: EventStore): { store: EventStore; release(): void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    store: Object.assign(Object.create(store) as EventStore, {
      async readAllAfter(position: bigint, limit: number) {
        await held;
        return store.readAllAfter(position, limit);
      },
    }),
    release,
  };
}

/** A logger that tells where the gateway listens as soon as it does. */
function listeningLogger(): { logger: Logger; url: Promise<string> } {
  let heard!: (url: string) => void;
  const url = new Promise<string>((resolve) => (heard = resolve));
  return {
    url,
    logger: createConsoleLogger('readiness-test', {
      destination: {
        write(line) {
          const { message, url } = JSON.parse(line) as { message: string; url?: string };
          if (message === 'read gateway listening') heard(String(url).replace(/\/graphql$/, ''));
        },
      },
    }),
  };
}

const readiness = async (url: string) => {
  const response = await fetch(`${url}/readiness`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`a read gateway's readiness on ${backend.name}`, () => {
    let opened: OpenedStore;
    let projections: OpenedProjections;
    let bus: InProcessBus;
    let side: RunningReadSide | undefined;

    beforeAll(async () => {
      opened = await backend.open();
      projections = opened.pglite
        ? await openPgliteProjections(opened.pglite)
        : await openPostgresProjections(opened.databaseUrl ?? '');
      bus = new InProcessBus();
      await appendRandomShopHistory(opened.store, { seed: 5, steps: 40, tag: 'ready' });
    });
    afterAll(async () => {
      await side?.stop();
      await bus?.close();
      await projections?.close();
      await opened?.cleanup();
    });

    it('listens at once, serves while it catches up and says how far it is, then is ready', async () => {
      const { store, release } = heldStore(opened.store);
      const { logger, url: listening } = listeningLogger();
      const config = {
        ...readReadGatewayConfig({ AUTH_SECRET: testAuthSecret }),
        port: 0,
        host: '127.0.0.1',
      };
      const starting = startReadSide({ config, store, projections, bus, logger });
      const url = await listening;

      const catchingUp = await readiness(url);
      expect(catchingUp.status).toBe(503);
      expect(catchingUp.body).toMatchObject({
        status: 'not ready',
        checks: {
          database: { ok: true },
          broker: { ok: true },
          projections: { ok: false, detail: { state: 'catching up', percent: 0 } },
        },
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      // Queries are served meanwhile, from what is applied so far.
      const response = await postGraphQL<{ products: { totalCount: number } }>(
        `${url}/graphql`,
        '{ products(first: 5) { totalCount } }',
      );
      expect(response.errors).toBeUndefined();

      release();
      side = await starting;
      expect(await readiness(url)).toMatchObject({
        status: 200,
        body: {
          status: 'ready',
          checks: { projections: { ok: true, detail: { state: 'following', lag: 0 } } },
        },
      });
    });

    it('closes its WebSockets with 1001 when it stops, and listens no more', async () => {
      const running = side!;
      const socket = new WebSocket(running.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

      const stopping = running.stop();
      side = undefined;
      expect(await closed).toBe(1001);
      await stopping;
      await expect(fetch(`${running.url}/health`)).rejects.toThrow();
    });
  });
}
