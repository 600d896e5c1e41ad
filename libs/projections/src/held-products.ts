import { getTableConfig } from 'drizzle-orm/pg-core';
import type { WrittenRows } from './projection';
import type { RowCache } from './row-cache';
import { products } from './schema';

type ProductRow = typeof products.$inferSelect;

const PRODUCTS = getTableConfig(products).name;

/**
 * The rows of the products whose sales a batch knows (those its orders moved) and whose own rows
 * it did not write, as the row cache holds them. Asked right after the short path committed the batch, when the cache is
 * what the read models hold (that commit checked that only this projector moved them), they are
 * the rows a read would give; a product the cache does not hold is left to be read.
 */
export function heldProducts(rows: Partial<WrittenRows>, cache: RowCache): ProductRow[] {
  if (!rows.productSales) return [];
  const written = new Set(rows.products?.map(({ id }) => id));
  const held: ProductRow[] = [];
  const cached = cache.begin();
  for (const id of rows.productSales.keys()) {
    if (written.has(id)) continue;
    const row = cached.get<ProductRow>(PRODUCTS, id);
    if (row) held.push(row);
  }
  return held;
}
