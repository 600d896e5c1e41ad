import { randomUUID } from 'node:crypto';
import { createConsoleLogger, type Logger } from '@sluice/gateway';
import { InProcessBus } from '@sluice/messaging';
import {
  allProjections,
  currentGenerations,
  shadowExists,
  openPgliteProjections,
  openPostgresProjections,
  Projector,
  type OpenedProjections,
} from '@sluice/projections';
import {
  appendDomainEvents as write,
  eventStoreBackends,
  LogLines,
  type OpenedStore,
  placeAndPay,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startReadSideRuntime } from './read-side-runtime';

/** A logger that keeps what it was told. */
function keptLogger(): Logger & { lines: LogLines } {
  const lines = new LogLines();
  return Object.assign(createConsoleLogger('rebuild-test', { destination: lines }), { lines });
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`projections built by older code, on ${backend.name}`, () => {
    let opened: OpenedStore;
    let projections: OpenedProjections;

    beforeAll(async () => {
      opened = await backend.open();
      projections = opened.pglite
        ? await openPgliteProjections(opened.pglite)
        : await openPostgresProjections(opened.databaseUrl!, 4);
    });
    afterAll(async () => {
      await projections?.close();
      await opened?.cleanup();
    });

    it('are rebuilt blue-green when the read side starts, and the others left as they are', async () => {
      const productId = randomUUID();
      await write(opened.store, [productId, 0, registered(productId, 50)]);
      await placeAndPay(opened.store, productId, 1, 2);
      await new Projector(projections.session, opened.store, allProjections).catchUp();
      // As if the products' rows had been written by the code before its version 1.
      await projections.session.query(
        `update projection_generations set code_version = 0 where projection = 'products' and state = 'live'`,
        [],
      );
      const [before] = await currentGenerations(projections.session.query, ['products']);

      const logger = keptLogger();
      const bus = new InProcessBus();
      const runtime = await startReadSideRuntime({ store: opened.store, projections, bus, logger });
      try {
        await vi.waitFor(
          async () => {
            const [live] = await currentGenerations(projections.session.query, ['products']);
            expect(live).toMatchObject({ state: 'live', codeVersion: 1, generation: before!.generation + 1 });
          },
          { timeout: 20_000, interval: 50 },
        );
        const [row] = await projections.session.query('select stock from products where id = $1', [
          productId,
        ]);
        expect(Number(row?.stock)).toBe(48);
        await vi.waitFor(() => expect(logger.lines.messages()).toContain('rebuild switched'));
        // The others were built by the code running: left as they were.
        const [orders] = await currentGenerations(projections.session.query, ['orders']);
        expect(orders?.generation).toBe(1);
      } finally {
        await runtime.stop();
        await bus.close();
      }
    });

    it('forgets, at start, what a rebuild left when its process died', async () => {
      await projections.session.query('create schema if not exists sluice_rebuild', []);
      await projections.session.query(
        `insert into projection_generations (projection, generation, code_version, state)
         values ('orders', 99, 1, 'building')`,
        [],
      );
      const logger = keptLogger();
      const bus = new InProcessBus();
      const runtime = await startReadSideRuntime({ store: opened.store, projections, bus, logger });
      try {
        await vi.waitFor(() =>
          expect(logger.lines.messages()).toContain(
            'dropped what a rebuild left when its process stopped; it was not switched to',
          ),
        );
        expect(await shadowExists(projections.session.query)).toBe(false);
        const generations = await currentGenerations(projections.session.query, ['orders']);
        expect(generations.map(({ state }) => state)).toEqual(['live']);
      } finally {
        await runtime.stop();
        await bus.close();
      }
    });
  });
}
