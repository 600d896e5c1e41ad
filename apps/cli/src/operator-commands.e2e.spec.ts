import { createConsoleLogger } from '@sluice/gateway';
import { openInfrastructure } from '@sluice/infrastructure';
import { allProjections, Projector, salesStats } from '@sluice/projections';
import { appendDomainEvents, placeAndPay, productRegisteredEvent } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStorages, sluice, type CliStorage } from './test-support/cli-storages';

for (const storage of cliStorages) {
  describe.skipIf(storage.skip !== false)(
    `sluice status, stream, events, migrate and reset on ${storage.name}`,
    () => {
      let opened: CliStorage;
      const productId = `p-${Date.now()}`;
      let orderId = '';
      const silent = createConsoleLogger('test', { silent: true });

      /** Applies the log to the read models, as a read gateway does at its start. */
      async function readGatewayRuns(): Promise<{ ordersPaid: number }> {
        const infrastructure = await openInfrastructure(opened.config(), silent);
        try {
          const { store, projections } = infrastructure;
          await new Projector(projections.session, store, allProjections).catchUp();
          const [stats] = await projections.db.select().from(salesStats);
          return { ordersPaid: stats?.ordersPaid ?? 0 };
        } finally {
          await infrastructure.close();
        }
      }

      beforeAll(async () => {
        opened = await storage.open();
        const infrastructure = await openInfrastructure(opened.config(), silent);
        try {
          await appendDomainEvents(infrastructure.store, [
            productId,
            0,
            productRegisteredEvent(productId, 10),
          ]);
          orderId = await placeAndPay(infrastructure.store, productId, 1, 3);
        } finally {
          await infrastructure.close();
        }
        await readGatewayRuns();
      });
      afterAll(() => opened?.cleanup());

      it("shows the log's head, the relay and each projection", async () => {
        const status = await sluice(opened.env, 'status');
        expect(status.code).toBe(0);
        const [log, relay, , heading] = status.out.split('\n');
        expect(log).toMatch(/^log\s+head at \d+, 4 events$/);
        expect(relay).toBe('relay   has published nothing yet (4 events to publish)');
        expect(heading).toMatch(/^projection\s+generation\s+code\s+position\s+lag\s+state\s+dead letters$/);
        expect(status.out).toMatch(/^sales\s+1\s+2\s+\d+\s+0\s+live\s+0$/m);
        expect((await sluice(opened.env, 'status', 'now')).code).toBe(2);
      });

      it("prints a stream's events in order, with their data", async () => {
        const product = await sluice(opened.env, 'stream', productId);
        const lines = product.out.split('\n');
        expect(lines).toHaveLength(3);
        expect(lines[1]).toMatch(
          new RegExp(
            `^\\d+\\s+${productId}\\s+1\\s+ProductRegistered\\s+\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\s+\\{.*"initialStock":10`,
          ),
        );
        expect(lines[2]).toMatch(new RegExp(`^\\d+\\s+${productId}\\s+2\\s+StockReserved\\s+.*"quantity":3`));
        expect((await sluice(opened.env, 'stream', orderId)).out).toMatch(/OrderPlaced[\s\S]*OrderPaid/);
        expect((await sluice(opened.env, 'stream', 'no-such-stream')).out).toBe(
          'no stream no-such-stream in the log',
        );
      });

      it('prints the newest events of the log, oldest first', async () => {
        const tail = await sluice(opened.env, 'events', 'tail', '-n', '2');
        const lines = tail.out.split('\n');
        expect(lines).toHaveLength(3);
        expect(lines[1]).toContain('StockReserved');
        expect(lines[2]).toContain('OrderPaid');
        expect((await sluice(opened.env, 'events', 'tail')).out.split('\n')).toHaveLength(5);
        expect((await sluice(opened.env, 'events', 'tail', '-n', '0')).code).toBe(2);
        expect((await sluice(opened.env, 'events')).code).toBe(2);
      });

      it('migrates, and says how many migrations each part has', async () => {
        const migrated = await sluice(opened.env, 'migrate');
        expect(migrated).toMatchObject({ code: 0 });
        expect(migrated.out).toMatch(/^migrated: the log has \d+ migrations applied, the read models \d+$/);
      });

      it('resets a projection, which applies the whole log again at the next start', async () => {
        const reset = await sluice(opened.env, 'projections', 'reset', 'sales');
        expect(reset.out).toBe(
          'reset: sales will apply the log again from the start when a read gateway next runs',
        );
        const status = await sluice(opened.env, 'projections');
        expect(status.out).toMatch(/^sales\s+1\s+2\s+0\s+4\s+live\s+0$/m);
        expect(status.out).toMatch(/^orders\s+1\s+1\s+\d+\s+0\s+live\s+0$/m);

        expect(await readGatewayRuns()).toEqual({ ordersPaid: 1 });
        expect((await sluice(opened.env, 'projections')).out).toMatch(
          /^sales\s+1\s+2\s+\d+\s+0\s+live\s+0$/m,
        );
        expect((await sluice(opened.env, 'projections', 'reset', 'stock')).code).toBe(2);
      });
    },
  );
}
