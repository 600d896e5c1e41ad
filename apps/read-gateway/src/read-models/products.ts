import { plannedForItsValues, products, type Db } from '@sluice/projections';
import { and, count, desc, eq, ilike, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { ConnectionSource } from '../connection/connection';
import { containsPattern } from './contains-pattern';
import type { ProductRow } from './rows';

export interface ProductFilter {
  search?: string | null;
  /** @default false */
  includeDiscontinued?: boolean | null;
}

export function productsByIds(db: Db, ids: readonly string[]): Promise<ProductRow[]> {
  return db
    .select()
    .from(products)
    .where(inArray(products.id, [...ids]));
}

export async function productBySku(db: Db, sku: string): Promise<ProductRow | null> {
  const [row] = await db.select().from(products).where(eq(products.sku, sku)).limit(1);
  return row ?? null;
}

function productConditions(filter: ProductFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.includeDiscontinued !== true) conditions.push(eq(products.discontinued, false));
  const pattern = containsPattern(filter.search);
  if (pattern !== undefined) {
    const matches = or(ilike(products.name, pattern), ilike(products.sku, pattern));
    if (matches) conditions.push(matches);
  }
  return conditions;
}

/** Products newest registered first. */
export function productList(db: Db, filter: ProductFilter): ConnectionSource<ProductRow> {
  const conditions = productConditions(filter);
  const searching = containsPattern(filter.search) !== undefined;
  // Whether the trigram indexes can serve a search depends on its words.
  const run = <T>(read: (db: Db) => Promise<T>) => (searching ? plannedForItsValues(db, read) : read(db));
  return {
    fetch: (after, limit) =>
      run((db) =>
        db
          .select()
          .from(products)
          .where(and(...conditions, after === undefined ? undefined : lt(products.createdPosition, after)))
          .orderBy(desc(products.createdPosition))
          .limit(limit),
      ),
    count: async () => {
      const [row] = await run((db) =>
        db
          .select({ total: count() })
          .from(products)
          .where(and(...conditions)),
      );
      return row?.total ?? 0;
    },
    keyOf: (row) => row.createdPosition,
  };
}
