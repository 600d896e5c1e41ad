import type { RawQuery } from '@sluice/event-store';
import { eventStoreBackends, type OpenedStore } from '@sluice/testing';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedProjections } from './open-projections';
import { readModelsOn } from './test-support/read-models-on';
import { salesFiguresRow } from './test-support/sales-figures-row';
import {
  orders,
  productSales,
  productSalesHistory,
  salesOrders,
  salesStats,
  salesStatsHistory,
} from './schema';
import { inStepFunction } from './in-step-function';
import { RowCache } from './row-cache';
import { tableStatements } from './table-statements';

const orderStatements = tableStatements(orders);
const loadOrders = orderStatements.selectWhereIn(orders.id);
const upsertOrders = orderStatements.insert({ target: orders.id, update: [orders.status, orders.paidAt] });
const deleteOrders = orderStatements.deleteWhereIn(orders.id);

function order(id: string, position: bigint): typeof orders.$inferSelect {
  return {
    id,
    customerId: 'c',
    status: 'placed',
    lines: [{ productId: 'p', quantity: 2, unitPriceCents: 250 }],
    // Past what a JS number holds exactly on the bigint column; beyond int4 on the number one.
    totalCents: 5_000_000_000,
    placedAt: '2026-01-01T00:00:00.000Z',
    paidAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: 'it\'s "quoted"',
    version: 1,
    position,
    placedPosition: position,
  };
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`table statements on ${backend.name}`, () => {
    let opened: OpenedStore;
    let models: OpenedProjections;

    beforeAll(async () => {
      opened = await backend.open();
      models = await readModelsOn(opened, 2);
    });
    afterAll(async () => {
      await models?.close();
      await opened?.cleanup();
    });

    it('reads rows as a drizzle select gives them, on the driver itself, with timestamps as the projections write them', async () => {
      const ids = ['o-1', 'o-2'];
      await upsertOrders(models.session.query, [order('o-1', 2n ** 60n + 1n), order('o-2', 7n)]);

      const raw = await loadOrders(models.session.query, ids);
      const drizzle = await models.db.select().from(orders).where(inArray(orders.id, ids));
      const byId = <T extends { id: string }>(rows: T[]) =>
        [...rows].sort((a, b) => a.id.localeCompare(b.id));

      // Text timestamps come back as written (toISOString), where drizzle gives PostgreSQL's form.
      const asWritten = (row: (typeof drizzle)[number]) => ({
        ...row,
        placedAt: new Date(row.placedAt).toISOString(),
      });
      expect(byId(raw)).toEqual(byId(drizzle).map(asWritten));
      expect(byId(raw)[0]).toMatchObject({
        position: 2n ** 60n + 1n,
        totalCents: 5_000_000_000,
        lines: [{ productId: 'p', quantity: 2, unitPriceCents: 250 }],
        cancelReason: 'it\'s "quoted"',
        paidAt: null,
      });
      expect(byId(raw)[0]!.placedAt).toBe(order('o-1', 1n).placedAt);
    });

    it('updates only the listed columns of an existing row, and deletes by id', async () => {
      await upsertOrders(models.session.query, [
        { ...order('o-3', 3n), status: 'paid', paidAt: '2026-01-02T00:00:00.000Z', version: 9 },
      ]);
      await upsertOrders(models.session.query, [
        { ...order('o-3', 3n), status: 'shipped', paidAt: '2026-01-02T00:00:00.000Z', version: 10 },
      ]);
      const [row] = await loadOrders(models.session.query, ['o-3']);
      expect(row).toMatchObject({ status: 'shipped', version: 9 });

      await deleteOrders(models.session.query, ['o-3', 'absent']);
      expect(await loadOrders(models.session.query, ['o-3'])).toEqual([]);
    });

    /** The session's query, its selects counted. */
    function countingSelects(): { query: RawQuery; reads: () => number } {
      let reads = 0;
      const query: RawQuery = (text, params) => {
        if (text.startsWith('select')) reads++;
        return models.session.query(text, params);
      };
      return { query, reads: () => reads };
    }

    it('remembers in a row cache the keys it found no row for, until a row is written for them', async () => {
      const cache = new RowCache();
      const { query, reads } = countingSelects();
      await upsertOrders(query, [order('o-4', 4n)]);
      const first = cache.begin();
      expect((await loadOrders(query, ['o-4', 'o-5'], first)).map(({ id }) => id)).toEqual(['o-4']);
      first.commit();
      expect(reads()).toBe(1);

      const again = cache.begin();
      expect((await loadOrders(query, ['o-4', 'o-5'], again)).map(({ id }) => id)).toEqual(['o-4']);
      expect(reads()).toBe(1);
      await upsertOrders(query, [order('o-5', 5n)], again);
      await deleteOrders(query, ['o-4'], again);
      again.commit();

      const after = cache.begin();
      expect((await loadOrders(query, ['o-4', 'o-5'], after)).map(({ id }) => id)).toEqual(['o-5']);
      expect(reads()).toBe(1);
      expect(await loadOrders(models.session.query, ['o-4', 'o-5'])).toHaveLength(1);
    });

    it('keeps keys said to have no row as found without one: not read, until a row is written', async () => {
      const cache = new RowCache();
      const { query, reads } = countingSelects();
      const absent = orderStatements.absent();
      const said = cache.begin();
      absent(['o-60'], said);
      // Kept on commit only, as what a unit of work read.
      expect(await loadOrders(query, ['o-60'], cache.begin())).toEqual([]);
      expect(reads()).toBe(1);
      said.commit();

      const known = cache.begin();
      expect(await loadOrders(query, ['o-60'], known)).toEqual([]);
      expect(reads()).toBe(1);
      await upsertOrders(query, [order('o-60', 60n)], known);
      known.commit();
      const written = cache.begin();
      expect((await loadOrders(query, ['o-60'], written)).map(({ id }) => id)).toEqual(['o-60']);
      expect(reads()).toBe(1);

      // Nothing to keep without a cache, nor in a complete one (it knows every row already).
      absent(['o-70']);
      expect(() => tableStatements(productSalesHistory).absent()).toThrow(/one-column key/);
    });

    it('matches ids against a non-text key, and runs nothing for no ids', async () => {
      const stats = tableStatements(salesStats);
      await stats.insert()(models.session.query, [
        {
          id: 1,
          ordersPlaced: 1,
          ordersPaid: 0,
          ordersShipped: 0,
          ordersCancelled: 0,
          revenueCents: 0n,
          position: 1n,
        },
      ]);
      expect(await stats.selectWhereIn(salesStats.id)(models.session.query, ['1'])).toHaveLength(1);
      expect(await stats.selectWhereIn(salesStats.id)(models.session.query, [])).toEqual([]);
    });

    it('runs an in-step call as one transaction: the checkpoint moved and every write, or nothing', async () => {
      const inStep = inStepFunction();
      await models.session.query(
        `insert into projection_checkpoints (name, position) values ('orders', 0) on conflict do nothing`,
        [],
      );
      const at = async () =>
        (
          await models.session.query(
            `select position::text as position, generation from projection_checkpoints where name = 'orders'`,
            [],
          )
        )[0]!;
      const { position, generation } = await at();
      const call = (from: string, to: string, writes: Array<[statement: string, value: string]>) =>
        models.session.query(inStep.call, [
          JSON.stringify({ orders: generation }),
          from,
          to,
          'sluice_test_channel',
          `[${writes.map(([statement, value]) => `[${inStep.numberOf(statement)},${value}]`).join(',')}]`,
        ]);
      const insertText = (await captured(upsertOrders, [order('o-5', 5n)]))[0]!;
      const awkward = {
        ...order('o-6', 6n),
        cancelReason: `it's a \\ back'slash, a "quote", $1 and E'\\x41' and é`,
      };
      const [text, value] = (await captured(upsertOrders, [awkward]))[0]!;

      await call(String(position), '10', [insertText, [text, value]]);
      expect(await at()).toMatchObject({ position: '10' });
      const [row] = await loadOrders(models.session.query, ['o-6']);
      expect(row).toEqual(awkward);
      expect(await loadOrders(models.session.query, ['o-5'])).toHaveLength(1);

      // Not at `from`: nothing is written.
      const [later] = await captured(upsertOrders, [order('o-7', 7n)]);
      await expect(call('3', '11', [later!])).rejects.toMatchObject({ code: 'SLNIS' });
      // A write that fails: nor is anything else.
      const deleteText = (await captured(deleteOrders, ['o-5']))[0]!;
      const figures = salesFiguresRow(7n);
      const [twice] = await captured(tableStatements(salesStatsHistory).insert(), [figures, figures]);
      await expect(call('10', '11', [later!, deleteText, twice!])).rejects.toMatchObject({ code: '23505' });
      expect(await at()).toMatchObject({ position: '10' });
      expect(await loadOrders(models.session.query, ['o-7'])).toEqual([]);
      expect(await loadOrders(models.session.query, ['o-5'])).toHaveLength(1);
    });

    it('rolls a session transaction back when its work throws', async () => {
      const failure = new Error('on purpose');
      await expect(
        models.session.transaction(async (query) => {
          await upsertOrders(query, [order('o-4', 4n)]);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await loadOrders(models.session.query, ['o-4'])).toEqual([]);
    });

    it('writes rows with binary COPY as an insert writes them: text, JSON, integers, timestamps and nulls', async () => {
      const awkward = (id: string) => ({
        ...order(id, 2n ** 60n + 3n),
        customerId: 'tab\there, newline\nthere, return\r, backslash \\ and \\N, é, 日本, 🛒',
        lines: [{ productId: 'p\t"\\ é 🛒', quantity: 1, unitPriceCents: 1 }],
        totalCents: -(2 ** 53 - 1),
        placedAt: '1999-12-31T23:59:59.999Z',
        paidAt: '2026-11-29T01:02:03.456Z',
        cancelReason: null,
        version: -2_147_483_648,
      });
      await upsertOrders(models.session.query, [awkward('o-insert')]);
      await models.session.copyIn(
        'orders',
        orderStatements.copyColumns,
        orderStatements.copyBinary([awkward('o-copy-1'), awkward('o-copy-2')]),
      );

      const rows = await loadOrders(models.session.query, ['o-insert', 'o-copy-1', 'o-copy-2']);
      const [copied, inserted] = [
        rows.filter((row) => row.id !== 'o-insert'),
        rows.find((row) => row.id === 'o-insert'),
      ];
      expect(copied).toHaveLength(2);
      for (const row of copied) expect({ ...row, id: 'o-insert' }).toEqual(inserted);
      expect(inserted).toMatchObject({ cancelReason: null, position: 2n ** 60n + 3n });
    });

    it('writes numerics and booleans with binary COPY as an insert writes them', async () => {
      const sales = tableStatements(productSales);
      const open = tableStatements(salesOrders);
      const amounts = [
        0n,
        1n,
        -1n,
        9_999n,
        10_000n,
        -10_000n,
        10n ** 12n,
        123_400_000_000n,
        2n ** 63n,
        -(10n ** 40n) - 7n,
      ];
      const rows = (prefix: string) =>
        amounts.map((revenueCents, i) => ({
          productId: `${prefix}-${i}`,
          unitsSold: i,
          revenueCents,
          position: BigInt(i),
        }));
      await sales.insert()(models.session.query, rows('insert'));
      await models.session.copyIn('product_sales', sales.copyColumns, sales.copyBinary(rows('copy')));
      const orderLines = (prefix: string) =>
        [true, false].map((paid) => ({ orderId: `${prefix}-${paid}`, lines: [], paid }));
      await open.insert()(models.session.query, orderLines('insert'));
      await models.session.copyIn('sales_orders', open.copyColumns, open.copyBinary(orderLines('copy')));

      const load = sales.selectWhereIn(productSales.productId);
      const inserted = await load(
        models.session.query,
        rows('insert').map(({ productId }) => productId),
      );
      const copied = await load(
        models.session.query,
        rows('copy').map(({ productId }) => productId),
      );
      const unprefixed = <T extends { productId: string }>(list: T[]) =>
        list
          .map((row) => ({ ...row, productId: row.productId.split('-')[1] }))
          .sort((a, b) => Number(a.productId) - Number(b.productId));
      expect(unprefixed(copied)).toEqual(unprefixed(inserted));
      expect(unprefixed(copied).map(({ revenueCents }) => revenueCents)).toEqual(amounts);
      const loadOpen = open.selectWhereIn(salesOrders.orderId);
      expect(
        (await loadOpen(models.session.query, ['copy-true', 'copy-false']))
          .map(({ orderId, paid }) => [orderId, paid])
          .sort(),
      ).toEqual([
        ['copy-false', false],
        ['copy-true', true],
      ]);
    });
  });
}

/** The statements `write` sends, with their one value each, instead of running them. */
async function captured<Value>(
  write: (query: RawQuery, values: Value) => Promise<unknown>,
  values: Value,
): Promise<Array<[statement: string, value: string]>> {
  const sent: Array<[string, string]> = [];
  await write((text, params) => {
    sent.push([text, String(params[0])]);
    return Promise.resolve([]);
  }, values);
  return sent;
}
