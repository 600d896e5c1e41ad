import type { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PgliteStatements, pgliteStatements } from './pglite-statements';
import { newPglite } from './pglite-extensions';

describe('statements prepared on PGlite', () => {
  let pglite: PGlite;

  beforeEach(async () => {
    pglite = newPglite();
    await pglite.exec(`create table items (id text primary key, amount bigint not null, note jsonb)`);
  });
  afterEach(() => pglite.close());

  const preparedNow = async () =>
    (await pglite.query<{ count: number }>(`select count(*)::int as count from pg_prepared_statements`))
      .rows[0]!.count;

  it('answers the rows pglite.query answers, values of every kind the stores use', async () => {
    const text = `select $1::int as int4, $2::bigint as int8, $3::text::bigint as text_int8,
        $4::numeric as numeric, $5::boolean as bool, $6::text::jsonb as jsonb, $7::json as json,
        $8::timestamptz as at, $9::uuid as id, $10::text as absent, $11::text as emoji,
        array['a', null, 'c"d']::text[] as texts, '{1,2}'::int[] as ints, 1.5::float8 as double`;
    const params = [
      -2_147_483_648,
      9_007_199_254_740_993n,
      '-9223372036854775808',
      '123456789012345678901234567890.5',
      true,
      JSON.stringify({ nested: ['x', 1, null], quote: '"' }),
      { plain: 'object' },
      new Date('1999-12-31T23:59:59.123Z'),
      '0b8d3c1e-7f1a-4c1e-9a3b-2c4d5e6f7a8b',
      null,
      'tab\tnew\nline ✓ 🛒',
    ];
    const statements = new PgliteStatements(pglite);
    const prepared = await statements.query(text, params);
    expect(prepared).toEqual((await pglite.query(text, params)).rows);
    expect(prepared[0]).toMatchObject({ int8: 9_007_199_254_740_993n, bool: true, absent: null });
  });

  it('parses and plans a statement once, however often it runs', async () => {
    const statements = new PgliteStatements(pglite);
    for (let i = 0; i < 5; i++) await statements.query(`insert into items values ($1, $2)`, [`i${i}`, i]);
    expect(await statements.query(`select sum(amount)::int as total from items`, [])).toEqual([
      { total: 10 },
    ]);
    expect(statements.size).toBe(2);
    expect(await preparedNow()).toBe(2);
  });

  it('is one set of statements per PGlite: its connection holds them', async () => {
    const another = newPglite();
    expect(pgliteStatements(pglite)).toBe(pgliteStatements(pglite));
    expect(pgliteStatements(pglite)).not.toBe(pgliteStatements(another));
    await another.close();
  });

  it('fails a statement with the database error, and the next one runs', async () => {
    const statements = new PgliteStatements(pglite);
    const insert = `insert into items values ($1, $2)`;
    await statements.query(insert, ['a', 1]);
    await expect(statements.query(insert, ['a', 2])).rejects.toMatchObject({ code: '23505' });
    await expect(statements.query(`selec 1`, [])).rejects.toMatchObject({ code: '42601' });
    expect(statements.size).toBe(1);
    expect(await statements.query(`select amount::int from items`, [])).toEqual([{ amount: 1 }]);
  });

  it('runs a transaction’s statements in it, and keeps others out until it ends', async () => {
    const statements = new PgliteStatements(pglite);
    const count = `select count(*)::int as count from items`;
    let outside: Promise<unknown> | undefined;
    await expect(
      pglite.transaction(async (tx) => {
        const query = statements.inTransaction(tx);
        await query(`insert into items values ($1, $2)`, ['in', 1]);
        outside = statements.query(count, []);
        expect(await query(count, [])).toEqual([{ count: 1 }]);
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    expect(await outside).toEqual([{ count: 0 }]);
  });

  it('refuses a statement of a transaction that has ended', async () => {
    const statements = new PgliteStatements(pglite);
    let query: ReturnType<PgliteStatements['inTransaction']> | undefined;
    await pglite.transaction((tx) => Promise.resolve(void (query = statements.inTransaction(tx))));
    await expect(query!(`select 1`, [])).rejects.toThrow('Transaction is closed');
  });

  it('reads the table a name stands for now: after it is replaced, and on another search path', async () => {
    const statements = new PgliteStatements(pglite);
    const read = `select id from items order by id`;
    await statements.query(`insert into items values ($1, $2)`, ['old', 1]);
    expect(await statements.query(read, [])).toEqual([{ id: 'old' }]);
    await pglite.exec(`create schema other; create table other.items (like items including all);
      insert into other.items values ('elsewhere', 2);`);
    await pglite.transaction(async (tx) => {
      const query = statements.inTransaction(tx);
      await query(`select set_config('search_path', 'other', true)`, []);
      expect(await query(read, [])).toEqual([{ id: 'elsewhere' }]);
    });
    await pglite.exec(`drop table items; alter table other.items set schema public;`);
    expect(await statements.query(read, [])).toEqual([{ id: 'elsewhere' }]);
  });

  it('keeps the statements used most recently, past its capacity', async () => {
    const statements = new PgliteStatements(pglite, 2);
    for (const n of [1, 2, 1, 3]) expect(await statements.query(`select ${n} as n`, [])).toEqual([{ n }]);
    const held = await pglite.query<{ statement: string }>(
      `select statement from pg_prepared_statements order by statement`,
    );
    expect(held.rows.map(({ statement }) => statement)).toEqual(['select 1 as n', 'select 3 as n']);
  });

  it('prepares anew a statement the database no longer takes: a table altered, statements discarded', async () => {
    const statements = new PgliteStatements(pglite);
    const all = `select * from items`;
    await statements.query(`insert into items values ($1, $2)`, ['a', 1]);
    expect(await statements.query(all, [])).toEqual([{ id: 'a', amount: 1, note: null }]);
    await pglite.exec(`alter table items add column added int default 7`);
    expect(await statements.query(all, [])).toEqual([{ id: 'a', amount: 1, note: null, added: 7 }]);
    await pglite.exec(`deallocate all`);
    expect(await statements.query(all, [])).toEqual([{ id: 'a', amount: 1, note: null, added: 7 }]);
    expect(await preparedNow()).toBe(1);
  });

  it('waits for a PGlite still starting, and refuses one closed, as pglite.query does', async () => {
    const starting = newPglite();
    const statements = new PgliteStatements(starting);
    expect(await statements.query(`select 1 as one`, [])).toEqual([{ one: 1 }]);
    await starting.close();
    await expect(statements.query(`select 1 as one`, [])).rejects.toThrow('PGlite is closed');
  });

  it('names the statement a database error came from, as pglite.query does', async () => {
    const statements = new PgliteStatements(pglite);
    await expect(statements.query(`select 1 / $1::int`, [0])).rejects.toMatchObject({
      code: '22012',
      query: 'select 1 / $1::int',
      params: [0],
    });
  });

  it('leaves COPY to pglite.query, which carries its data, comments before it included', async () => {
    const statements = new PgliteStatements(pglite);
    const copied = await statements.run(`/* out */ -- all of it\n copy (select 'x') to '/dev/blob'`, []);
    expect(await copied.blob?.text()).toBe('x\n');
    expect(statements.size).toBe(0);
  });

  it('closes the least recently used statement past its capacity', async () => {
    const statements = new PgliteStatements(pglite, 2);
    const texts = [`select 1 as n`, `select 2 as n`, `select 3 as n`];
    for (let round = 0; round < 3; round++)
      for (const [index, text] of texts.entries())
        expect(await statements.query(text, [])).toEqual([{ n: index + 1 }]);
    expect(statements.size).toBe(2);
    expect(await preparedNow()).toBe(2);
  });
});
