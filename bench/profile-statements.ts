// What a statement costs on PGlite as `pglite.query` runs it (parsed, described and planned at each
// call) and prepared once (PgliteStatements), alternated in rounds on one data folder:
//   node --import tsx bench/profile-statements.ts [rounds]
// A row by its key through the raw statements' path, and a page of products with their sales as
// the read gateway asks for them through drizzle.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPglite, pgliteRawQuery, pgliteWithPreparedStatements } from '@sluice/event-store';
import { products, productSales, type Db } from '@sluice/projections';
import { desc, eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrations } from '../libs/projections/src/open-projections';

const rounds = Number(process.argv[2] ?? 4);
const calls = 2000;
const folder = mkdtempSync(join(tmpdir(), 'sluice-statements-'));
const pglite = newPglite(folder);
try {
  await migrate(drizzle(pglite), migrations);
  const at = new Date().toISOString();
  await drizzle(pglite)
    .insert(products)
    .values(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `p${i}`,
        sku: `sku-${i}`,
        name: `Product ${i}`,
        priceCents: 100 + i,
        stock: 5,
        discontinued: false,
        category: 'bench',
        version: 1,
        position: BigInt(i + 1),
        createdPosition: BigInt(i + 1),
        createdAt: at,
        updatedAt: at,
      })),
    );
  const byKey = 'select name, stock from products where id = $1::text';
  const prepared = pgliteRawQuery(pglite);
  const page = async (db: Db) => {
    const rows = await db
      .select()
      .from(products)
      .where(eq(products.discontinued, false))
      .orderBy(desc(products.createdPosition))
      .limit(21);
    await db
      .select()
      .from(productSales)
      .where(
        inArray(
          productSales.productId,
          rows.map(({ id }) => id),
        ),
      );
  };
  const legs: Array<[string, (i: number) => Promise<unknown>]> = [
    ['a row by its key, pglite.query', (i) => pglite.query(byKey, [`p${i % 1000}`])],
    ['a row by its key, prepared', (i) => prepared(byKey, [`p${i % 1000}`])],
    ['a page of products and their sales, drizzle on pglite.query', () => page(drizzle(pglite))],
    [
      'a page of products and their sales, drizzle prepared',
      () => page(drizzle(pgliteWithPreparedStatements(pglite))),
    ],
  ];
  for (const [, leg] of legs) for (let i = 0; i < 100; i++) await leg(i);
  for (let round = 1; round <= rounds; round++)
    for (const [name, leg] of legs) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await leg(i);
      console.log(
        `round ${round}: ${name}: ${(((performance.now() - started) / calls) * 1000).toFixed(0)} µs`,
      );
    }
} finally {
  await pglite.close();
  rmSync(folder, { recursive: true, force: true });
}
