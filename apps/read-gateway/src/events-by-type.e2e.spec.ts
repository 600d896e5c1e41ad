import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '@sluice/event-store';
import { createConsoleLogger } from '@sluice/gateway';
import { InProcessBus, Relay } from '@sluice/messaging';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '@sluice/projections';
import {
  authHeader,
  eventStoreBackends,
  seededRandom,
  subscribeWs,
  testAuth,
  untilReadable,
  wsClient,
  type OpenedStore,
} from '@sluice/testing';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadGatewayApp, type ReadGatewayApp } from './read-gateway-app';
import { startReadSideRuntime, type ReadSideRuntime } from './runtime/read-side-runtime';

const feedByType = `subscription ($after: Position, $types: [String!]) {
  events(after: $after, types: $types) { id position type }
}`;

interface Event {
  id: string;
  position: string;
  type: string;
}

const metadata = { correlationId: 'by-type', causationId: 'by-type', at: '2026-01-01T00:00:00.000Z' };

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(
    `events replayed by type over graphql-ws on ${backend.name}`,
    () => {
      let opened: OpenedStore;
      let projections: OpenedProjections;
      let runtime: ReadSideRuntime;
      let relay: Relay;
      let readApp: ReadGatewayApp;
      let socket: Client;
      const bus = new InProcessBus();
      const random = seededRandom(6);

      beforeAll(async () => {
        opened = await backend.open();
        projections = opened.pglite
          ? await openPgliteProjections(opened.pglite)
          : await openPostgresProjections(opened.databaseUrl!, 4);
        const logger = createConsoleLogger('events-by-type-test', { silent: true });
        runtime = await startReadSideRuntime({ store: opened.store, projections, bus, logger });
        relay = new Relay({ store: opened.store, bus });
        await relay.start();
        readApp = createReadGatewayApp({
          store: opened.store,
          logger,
          port: 0,
          host: '127.0.0.1',
          auth: testAuth,
          db: projections.db,
          progress: runtime.progress,
          feed: runtime.feed,
          deadLetters: runtime.deadLetters,
        });
        socket = wsClient(`${await readApp.start()}/graphql`, await authHeader('operator'));
      });

      afterAll(async () => {
        await socket?.dispose();
        await readApp?.stop();
        await relay?.stop();
        await runtime?.stop();
        await bus.close();
        await projections?.close();
        await opened?.cleanup();
      });

      /** `count` events, one in ten 'Rare' and the rest 'Common', in appends of up to 40 on streams of their own. */
      async function appendMixed(count: number): Promise<void> {
        for (let written = 0; written < count; written += 40) {
          const outcome = await opened.store.append([
            {
              streamId: randomUUID(),
              expectedVersion: 0,
              events: Array.from({ length: Math.min(40, count - written) }, () => ({
                eventId: randomUUID(),
                type: random() < 0.1 ? 'Rare' : 'Common',
                data: {},
                metadata,
              })),
            },
          ]);
          expect(outcome.kind).toBe('appended');
        }
      }

      async function rareAfter(start: bigint): Promise<StoredEvent[]> {
        await untilReadable(opened.store, await opened.store.head());
        const rare: StoredEvent[] = [];
        for (let page = await opened.store.readAllAfter(start, 1000); page.length > 0;) {
          rare.push(...page.filter((event) => event.type === 'Rare'));
          page = await opened.store.readAllAfter(page.at(-1)!.position, 1000);
        }
        return rare;
      }

      it('replays every event of the type past after, pages of it, then the live ones: none missing, none twice', async () => {
        const start = await opened.store.head();
        await appendMixed(8_000);
        const replayed = await rareAfter(start);
        expect(replayed.length).toBeGreaterThan(500);

        const received = subscribeWs<{ events: Event }>(socket, feedByType, {
          after: start.toString(),
          types: ['Rare'],
        });
        await expect
          .poll(() => received.items.length, { timeout: 20_000 })
          .toBeGreaterThanOrEqual(replayed.length);
        await appendMixed(400);
        const all = await rareAfter(start);
        await expect
          .poll(() => received.items.length, { timeout: 20_000 })
          .toBeGreaterThanOrEqual(all.length);
        received.stop();

        expect(received.errors).toEqual([]);
        expect(received.items.map(({ events }) => [events.id, events.position, events.type])).toEqual(
          all.map((event) => [event.eventId, event.position.toString(), 'Rare']),
        );
      });
    },
  );
}
