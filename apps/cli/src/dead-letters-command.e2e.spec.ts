import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import { holdProjectorLock, Projector } from '@sluice/projections';
import { buggySales } from '@sluice/projections/testing/sales-dead-letters';
import { openInfrastructure } from '@sluice/infrastructure';
import {
  appendDomainEvents,
  placeOrderOf,
  placeOrdersThenPay,
  productRegisteredEvent,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliStorages, sluice, type CliStorage } from './test-support/cli-storages';

for (const storage of cliStorages) {
  describe.skipIf(storage.skip !== false)(`sluice projections and dead-letters on ${storage.name}`, () => {
    let opened: CliStorage;
    const config = () => opened.config();
    const silent = createConsoleLogger('test', { silent: true });

    beforeAll(async () => {
      opened = await storage.open();
    });
    afterAll(() => opened?.cleanup());

    /** Two paid orders applied by the buggy deployment: their payments are sales' dead letters. */
    async function twoDeadLetters(): Promise<bigint[]> {
      const infrastructure = await openInfrastructure(config(), silent);
      try {
        const { store, projections } = infrastructure;
        const productId = randomUUID();
        await appendDomainEvents(store, [productId, 0, productRegisteredEvent(productId, 10)]);
        await placeOrdersThenPay(store, productId, 1, 2);
        await new Projector(projections.session, store, buggySales, { maxAttempts: 1 }).catchUp();
        const paid = await store.readAllAfter(0n, 100);
        return paid
          .filter((event) => event.type === 'OrderPaid')
          .map((event) => event.position)
          .slice(-2);
      } finally {
        await infrastructure.close();
      }
    }

    it('shows the failing projection, lists its dead letters, retries one with the fixed code and skips the other', async () => {
      const [first, second] = await twoDeadLetters();
      const status = await sluice(opened.env, 'projections', 'status');
      expect(status.code).toBe(0);
      expect(status.out.split('\n')[0]).toMatch(
        /^projection\s+generation\s+code\s+position\s+lag\s+state\s+dead letters$/,
      );
      expect(status.out).toMatch(/^sales\s+1\s+2\s+\d+\s+0\s+failing\s+2$/m);
      expect(status.out).toMatch(/^orders\s+1\s+1\s+\d+\s+0\s+live\s+0$/m);

      const listed = await sluice(opened.env, 'dead-letters', 'list', '--projection', 'sales');
      expect(listed.out).toContain(`sales       ${second}`);
      expect(listed.out).toContain('a bug in the sales projection');
      expect(listed.out.split('\n')).toHaveLength(3);

      expect(await sluice(opened.env, 'dead-letters', 'retry', 'sales', String(first))).toEqual({
        code: 0,
        out: `retried: sales applied the event at ${first}`,
        err: '',
      });
      expect(await sluice(opened.env, 'dead-letters', 'skip', 'sales', String(second))).toEqual({
        code: 0,
        out: `skipped: sales goes on without the event at ${second}`,
        err: '',
      });
      expect((await sluice(opened.env, 'dead-letters')).out).toBe('no dead letters waiting');
      expect((await sluice(opened.env, 'projections')).out).toMatch(/^sales\s+1\s+2\s+\d+\s+0\s+live\s+0$/m);

      const again = await sluice(opened.env, 'dead-letters', 'skip', 'sales', String(second));
      expect(again).toMatchObject({
        code: 2,
        out: `sluice: sales has no dead letter waiting at position ${second}`,
      });
      expect((await sluice(opened.env, 'dead-letters', 'retry', 'sales')).code).toBe(2);
    }, 120_000);

    it('refuses a retry that a later event of the projection depends on, and a rebuild with the fixed code clears it', async () => {
      const [, second] = await twoDeadLetters();
      // An order placed after the payment, which the deployment applied: sales' totals moved on.
      const infrastructure = await openInfrastructure(config(), silent);
      const productId = randomUUID();
      try {
        const { store, projections } = infrastructure;
        await appendDomainEvents(store, [productId, 0, productRegisteredEvent(productId, 10)]);
        await placeOrderOf(store, productId, 1, 1);
        await new Projector(projections.session, store, buggySales, { maxAttempts: 1 }).catchUp();
      } finally {
        await infrastructure.close();
      }

      const refused = await sluice(opened.env, 'dead-letters', 'retry', 'sales', String(second));
      expect(refused.code).toBe(2);
      expect(refused.out).toMatch(
        new RegExp(
          `^sluice: sales applied the event at \\d+ after the one at ${second}, and it changed rows`,
        ),
      );
      expect(refused.out).toContain(
        "Rebuild the projection instead ('npx sluice projections rebuild sales')",
      );
      expect((await sluice(opened.env, 'projections')).out).toMatch(
        /^sales\s+1\s+2\s+\d+\s+0\s+failing\s+2$/m,
      );

      expect((await sluice(opened.env, 'projections', 'rebuild', 'sales')).code).toBe(0);
      expect((await sluice(opened.env, 'dead-letters')).out).toBe('no dead letters waiting');
      expect((await sluice(opened.env, 'projections')).out).toMatch(/^sales\s+2\s+2\s+\d+\s+0\s+live\s+0$/m);
    }, 120_000);

    it('tells a projection name that is no projection as a typing error, without opening anything', async () => {
      for (const args of [
        ['dead-letters', 'list', '--projection', 'nosuch'],
        ['dead-letters', 'retry', 'nosuch', '1'],
        ['dead-letters', 'skip', 'nosuch', '1'],
      ]) {
        const refused = await sluice(opened.env, ...args);
        expect(refused.code, args.join(' ')).toBe(2);
        expect(refused.out).toBe(
          'sluice: there is no projection "nosuch": the projections are products, orders, sales, timeline',
        );
      }
    });

    if (storage.name === 'PostgreSQL')
      it('refuses to retry while a read gateway applies events to the database', async () => {
        const [first] = await twoDeadLetters();
        const infrastructure = await openInfrastructure(config(), silent);
        const held = await holdProjectorLock(infrastructure.projections.client!);
        try {
          const refused = await sluice(opened.env, 'dead-letters', 'retry', 'sales', String(first));
          expect(refused.code).toBe(2);
          expect(refused.out).toMatch(
            /^sluice: read gateways are applying events to this database: stop them first/,
          );
        } finally {
          await held.release();
          await infrastructure.close();
        }
        expect((await sluice(opened.env, 'dead-letters', 'retry', 'sales', String(first))).code).toBe(0);
      }, 120_000);
  });
}
