import {
  allProjections,
  openPgliteProjections,
  openPostgresProjections,
  rebuildProjections,
  type Db,
  type OpenedProjections,
} from '@sluice/projections';
import {
  appendDomainEvents as write,
  eventStoreBackends,
  type OpenedStore,
  productRegisteredEvent as registered,
} from '@sluice/testing';
import type { DomainEvent } from '@sluice/domain';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productList } from './products';

const names = ['Red kettle', 'Blue Kettle XL', 'Steel mug', 'Wooden 100% chair', 'Lamp_2'];

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`product search on ${backend.name}`, () => {
    let opened: OpenedStore;
    let projections: OpenedProjections;
    const statements: Array<{ sql: string; params: unknown[] }> = [];
    let logged: Db;

    beforeAll(async () => {
      opened = await backend.open();
      projections = opened.pglite
        ? await openPgliteProjections(opened.pglite)
        : await openPostgresProjections(opened.databaseUrl!, 4);
      const logger = { logQuery: (sql: string, params: unknown[]) => statements.push({ sql, params }) };
      logged = opened.pglite
        ? drizzlePglite(opened.pglite, { logger })
        : drizzlePostgres(projections.client!, { logger });
      await write(
        opened.store,
        ...names.map((name, i): [string, number, DomainEvent] => {
          const event = registered(`p${i}`);
          if (event.type !== 'ProductRegistered') throw new Error(event.type);
          return [`p${i}`, 0, { ...event, data: { ...event.data, sku: `SKU-${i}`, name } }];
        }),
      );
      await rebuildProjections(projections, opened.store, {
        projections: allProjections.filter(({ name }) => name === 'products'),
      });
    });

    afterAll(async () => {
      await projections?.close();
      await opened?.cleanup();
    });

    const search = async (term: string) => {
      const source = productList(projections.db, { search: term });
      const rows = await source.fetch(undefined, 20);
      return { names: rows.map((row) => row.name).sort(), total: await source.count() };
    };

    it('finds products whose name or SKU contains the words, whatever their case', async () => {
      expect(await search('kettle')).toEqual({ names: ['Blue Kettle XL', 'Red kettle'], total: 2 });
      expect(await search('sku-2')).toEqual({ names: ['Steel mug'], total: 1 });
      expect(await search('100%')).toEqual({ names: ['Wooden 100% chair'], total: 1 });
      expect(await search('a_p')).toEqual({ names: [], total: 0 });
      expect(await search('lamp_')).toEqual({ names: ['Lamp_2'], total: 1 });
    });

    it('can serve a search from the trigram indexes, which a rebuild keeps', async () => {
      statements.length = 0;
      const source = productList(logged, { search: 'kettle' });
      await source.fetch(undefined, 20);
      await source.count();
      const searches = statements.filter(({ sql }) => sql.includes('ilike'));
      expect(searches).toHaveLength(2);
      // On a catalog this small a scan is cheaper: the planner is asked to avoid scans (of the
      // table, or of the newest-first index), and can only where an index serves the search.
      await projections.session.transaction(async (query) => {
        await query('set local enable_seqscan = off', []);
        await query('set local enable_indexscan = off', []);
        for (const { sql, params } of searches) {
          const plan = JSON.stringify(await query(`explain (format json) ${sql}`, params));
          expect(plan).toContain('products_name_trigrams');
          expect(plan).toContain('products_sku_trigrams');
        }
      });
      const indexes = await projections.session.query(
        `select indexname from pg_indexes where tablename = 'products' and indexdef like '%gin_trgm_ops%' order by 1`,
        [],
      );
      expect(indexes.map((row) => row.indexname)).toEqual([
        'products_name_trigrams',
        'products_sku_trigrams',
      ]);
    });

    it('plans every search for its own words, however often it runs', async () => {
      // A catalog large enough for the indexes to pay. A prepared statement is planned for any
      // words after a few runs where that looks no dearer; such a plan cannot use the trigram
      // indexes (the words are unknown), so it walks the catalog, and a rare word scans all of it.
      await projections.session.query(
        `insert into products (id, sku, name, price_cents, stock, discontinued, version, position,
           created_position, created_at, updated_at)
         select 'bulk-' || i, 'BULK-' || i, 'Bulk item ' || i, 100, 1, false, 1, 1000 + i, 1000 + i, now(), now()
         from generate_series(1, 20000) as i`,
        [],
      );
      await projections.session.query('analyze products', []);
      // One session, whose prepared statements the view shows.
      const client = opened.pglite
        ? undefined
        : postgres(opened.databaseUrl!, { max: 1, onnotice: () => {} });
      const db = opened.pglite ? projections.queryDb : drizzlePostgres(client!);
      const prepared = async (query: string): Promise<Array<Record<string, unknown>>> =>
        client
          ? [...(await client.unsafe(query))]
          : (await opened.pglite!.query<Record<string, unknown>>(query)).rows;
      try {
        for (const term of ['kettle', 'item 1', 'mug', 'item 19999', 'lamp', 'zebra', 'item', 'steel'])
          for (let i = 0; i < 3; i++) {
            const source = productList(db, { search: term });
            await source.fetch(undefined, 20);
            await source.count();
          }
        const plans = await prepared(
          `select generic_plans, custom_plans from pg_prepared_statements where statement ilike 'select%ilike%'`,
        );
        // On PostgreSQL drizzle's statements are not prepared at all.
        expect(plans.length > 0).toBe(opened.pglite !== undefined);
        for (const plan of plans) expect(Number(plan.generic_plans)).toBe(0);
      } finally {
        await client?.end();
      }
    });
  });
}
