import { describe, expect, it } from 'vitest';
import { openPgliteProjections } from './open-projections';
import { pgliteMigratedUpTo } from './test-support/migrations-up-to';

describe('the migration of dead letters set aside by every projection', () => {
  it('gives each to the projections that were there, handle its type and were not rebuilt since', async () => {
    const { pglite, query } = await pgliteMigratedUpTo('0009_sales_orders_by_order');
    await query(
      `insert into projection_dead_letters (projection, position, event_id, type, error, attempts, resolution) values
        ('*', 10, 'e-10', 'ProductRestocked', 'a bug', 3, null),
        ('*', 20, 'e-20', 'OrderPaid', 'a bug', 3, null),
        ('*', 30, 'e-30', 'OrderShipped', 'a bug', 3, 'skipped'),
        ('sales', 20, 'e-20', 'OrderPaid', 'its own', 1, null)`,
      [],
    );
    // Orders was rebuilt since: its live generation applied every event itself.
    await query(
      `insert into projection_generations (projection, generation, code_version, state) values
        ('orders', 1, 1, 'retired'), ('orders', 2, 1, 'live'), ('sales', 1, 1, 'live')`,
      [],
    );

    await openPgliteProjections(pglite);
    const letters = await query(
      `select projection, position::int, type, error, resolution from projection_dead_letters
       order by position, projection`,
      [],
    );
    expect(letters).toEqual([
      { projection: 'products', position: 10, type: 'ProductRestocked', error: 'a bug', resolution: null },
      { projection: 'sales', position: 20, type: 'OrderPaid', error: 'its own', resolution: null },
      // What an operator did with one is kept as it was.
      { projection: '*', position: 30, type: 'OrderShipped', error: 'a bug', resolution: 'skipped' },
    ]);
    await pglite.close();
  });
});
