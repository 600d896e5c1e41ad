import type { Db } from '@sluice/projections';
import DataLoader from 'dataloader';
import { productsByIds } from './products';
import type { ProductRow, ProductSalesRow } from './rows';
import { productSalesByIds } from './sales';

/** Batches the lookups a response repeats per node (one query per kind, not one per line). */
export interface ReadLoaders {
  product: DataLoader<string, ProductRow | null>;
  /** A product's sales figures; null before its first sale. */
  productSales: DataLoader<string, ProductSalesRow | null>;
  /** Drops every cached row, so reads after an atLeast wait cannot be served older ones. */
  forget(): void;
}

export function createReadLoaders(db: Db): ReadLoaders {
  const product = new DataLoader<string, ProductRow | null>(async (ids) => {
    const byId = new Map((await productsByIds(db, ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const productSales = new DataLoader<string, ProductSalesRow | null>(async (ids) => {
    const byId = new Map((await productSalesByIds(db, ids)).map((row) => [row.productId, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    product,
    productSales,
    forget() {
      product.clearAll();
      productSales.clearAll();
    },
  };
}
