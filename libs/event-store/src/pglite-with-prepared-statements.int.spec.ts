import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { bigint, boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pgliteStatements } from './pglite-statements';
import { pgliteWithPreparedStatements } from './pglite-with-prepared-statements';
import { newPglite } from './pglite-extensions';

const items = pgTable('items', {
  id: text('id').primaryKey(),
  amount: bigint('amount', { mode: 'bigint' }).notNull(),
  open: boolean('open').notNull(),
  note: jsonb('note').$type<{ words: string[] }>(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
});

describe('drizzle on PGlite with prepared statements', () => {
  let pglite: PGlite;

  beforeEach(async () => {
    pglite = newPglite();
    await pglite.exec(`create table items (id text primary key, amount bigint not null, open boolean not null,
      note jsonb, at timestamptz not null)`);
  });
  afterEach(() => pglite.close());

  const prepared = async () =>
    (await pglite.query<{ count: number }>(`select count(*)::int as count from pg_prepared_statements`))
      .rows[0]!.count;

  it('answers what drizzle on PGlite answers, and prepares each statement once', async () => {
    const plain = drizzle(pglite);
    const db = drizzle(pgliteWithPreparedStatements(pglite));
    const row = {
      id: 'a',
      amount: 9_007_199_254_740_993n,
      open: true,
      note: { words: ['tab\t', '🛒'] },
      at: '2026-11-29 05:00:00.123+00',
    };
    expect(await db.insert(items).values(row).returning()).toEqual(await plain.select().from(items));
    for (let i = 0; i < 3; i++) {
      expect(await db.select().from(items).where(eq(items.id, 'a'))).toEqual(
        await plain.select().from(items).where(eq(items.id, 'a')),
      );
    }
    expect(await db.execute(sql`select count(*)::int as count from items`)).toMatchObject({
      rows: [{ count: 1 }],
    });
    expect(await prepared()).toBe(3);
  });

  it('runs a transaction’s statements in it, undone when it throws', async () => {
    const db = drizzle(pgliteWithPreparedStatements(pglite));
    const row = { id: 'b', amount: 1n, open: false, note: null, at: '2026-11-29 05:00:00+00' };
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(items).values(row);
        expect(await tx.select({ id: items.id }).from(items)).toEqual([{ id: 'b' }]);
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await db.select().from(items)).toEqual([]);
    await db.transaction((tx) => tx.insert(items).values(row));
    expect(await db.select({ id: items.id }).from(items)).toEqual([{ id: 'b' }]);
    const held = await pglite.query<{ statement: string }>(`select statement from pg_prepared_statements`);
    expect(held.rows.map(({ statement }) => statement)).toContain(
      'insert into "items" ("id", "amount", "open", "note", "at") values ($1, $2, $3, $4, $5)',
    );
  });

  it('leaves the rest of PGlite as it is, and shares its statements', async () => {
    const client = pgliteWithPreparedStatements(pglite);
    expect(client).toBeInstanceOf(PGlite);
    expect(client.constructor).toBe(PGlite);
    expect(pgliteStatements(client)).toBe(pgliteStatements(pglite));
    expect(client.closed).toBe(false);
    expect(await client.exec(`select 1 as one`)).toMatchObject([{ rows: [{ one: 1 }] }]);
    const copied = await client.query(`copy (select 'x' as id) to '/dev/blob'`);
    expect(await copied.blob?.text()).toBe('x\n');
  });
});
