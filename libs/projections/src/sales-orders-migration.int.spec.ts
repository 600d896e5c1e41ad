import { describe, expect, it } from 'vitest';
import { openPgliteProjections } from './open-projections';
import { pgliteMigratedUpTo } from './test-support/migrations-up-to';

describe('the migration of the sales projection’s open orders to a row an order', () => {
  it('carries every open order over with its lines and whether it was paid', async () => {
    const { pglite, query } = await pgliteMigratedUpTo('0008_fold_snapshots');
    await query(
      `insert into sales_orders (order_id, product_id, quantity, unit_price_cents, paid) values
        ('o-1', 'p-b', 2, 1250, true), ('o-1', 'p-a', 1, 400, true), ('o-2', 'p-a', 2000000000, 1, false)`,
      [],
    );

    await openPgliteProjections(pglite);
    const rows = await query(`select order_id, lines, paid from sales_orders order by order_id`, []);
    expect(rows).toEqual([
      {
        order_id: 'o-1',
        lines: [
          { productId: 'p-a', quantity: 1, unitPriceCents: 400 },
          { productId: 'p-b', quantity: 2, unitPriceCents: 1250 },
        ],
        paid: true,
      },
      {
        order_id: 'o-2',
        lines: [{ productId: 'p-a', quantity: 2000000000, unitPriceCents: 1 }],
        paid: false,
      },
    ]);
    const [key] = await query(
      `select conname from pg_constraint where conrelid = 'sales_orders'::regclass and contype = 'p'`,
      [],
    );
    expect(key).toEqual({ conname: 'sales_orders_pkey' });
    await pglite.close();
  });
});
