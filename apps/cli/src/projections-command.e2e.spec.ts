import { createConsoleLogger } from '@sluice/gateway';
import { allProjections, Projector } from '@sluice/projections';
import { openInfrastructure } from '@sluice/infrastructure';
import { appendDomainEvents, placeAndPay, productRegisteredEvent } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStorages, sluice, type CliStorage } from './test-support/cli-storages';

for (const storage of cliStorages) {
  describe.skipIf(storage.skip !== false)(`sluice projections rebuild on ${storage.name}`, () => {
    let opened: CliStorage;
    const silent = createConsoleLogger('test', { silent: true });

    beforeAll(async () => {
      opened = await storage.open();
      const infrastructure = await openInfrastructure(opened.config(), silent);
      try {
        const { store, projections } = infrastructure;
        for (let i = 0; i < 10; i++) {
          const productId = `p-${i}-${Date.now()}`;
          await appendDomainEvents(store, [productId, 0, productRegisteredEvent(productId, 10)]);
          await placeAndPay(store, productId, 1, 2);
        }
        await new Projector(projections.session, store, allProjections).catchUp();
      } finally {
        await infrastructure.close();
      }
    });
    afterAll(() => opened?.cleanup());

    it('builds a new generation of every projection, switches to it and shows it in the status', async () => {
      const rebuilt = await sluice(opened.env, 'projections', 'rebuild', 'all');
      expect(rebuilt.code).toBe(0);
      expect(rebuilt.out).toMatch(
        /^switched to generation products 2, orders 2, sales 2, timeline 2 at position \d+$/m,
      );
      expect(rebuilt.out).toMatch(/^40 events in \d+\.\d s \([\d,]+ events\/s\)$/m);
      // Off a terminal, the progress is plain lines.
      expect(rebuilt.err).toMatch(
        /switched \[[█░]+\] 100% \| 40\/40 events \| [\d,]+ events\/s \| position \d+/,
      );

      const status = await sluice(opened.env, 'projections', 'status');
      expect(status.out).toMatch(/^products\s+2\s+1\s+\d+\s+0\s+live\s+0$/m);
      expect(status.out).toMatch(/^sales\s+2\s+2\s+\d+\s+0\s+live\s+0$/m);

      const one = await sluice(opened.env, 'projections', 'rebuild', 'orders');
      expect(one.out).toMatch(/^switched to generation orders 3 at position \d+$/m);
      expect((await sluice(opened.env, 'projections')).out).toMatch(/^products\s+2\s/m);
    }, 120_000);

    it('names the projections it knows when asked for another', async () => {
      expect(await sluice(opened.env, 'projections', 'rebuild', 'stock')).toMatchObject({
        code: 2,
        out: 'sluice: no projection is named stock; usage: sluice projections [status] | rebuild <products|orders|sales|timeline|all> | reset <products|orders|sales|timeline|all>',
      });
      expect((await sluice(opened.env, 'projections', 'rebuild')).code).toBe(2);
    });
  });
}
