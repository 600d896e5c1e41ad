import { changedEntities, productEventTypes, type DomainEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { domainEventOf, idsToLoad } from './event-data';
import type { Projection } from './projection';
import { products } from './schema';
import { tableStatements } from './table-statements';

type ProductRow = typeof products.$inferSelect;

const statements = tableStatements(products);
const loadProducts = statements.selectWhereIn(products.id);
const saveProducts = statements.insert({
  target: products.id,
  update: [
    products.name,
    products.priceCents,
    products.stock,
    products.discontinued,
    products.version,
    products.position,
    products.updatedAt,
  ],
});

interface ProductsBatch {
  rows: Map<string, ProductRow>;
  dirty: Set<string>;
}

const productIdOf = (event: DomainEvent) => changedEntities(event).productId;

// Out of `apply`, which runs for every event: a closure made there per event costs measurably.
/** Keeps `next`, a new row (one spread of the old: two spreads cost more), as `stored` left it. */
function touchIn(batch: ProductsBatch, stored: StoredEvent, next: ProductRow): void {
  next.version = stored.version;
  next.position = stored.position;
  next.updatedAt = stored.occurredAt.toISOString();
  batch.rows.set(next.id, next);
  batch.dirty.add(next.id);
}

/** Products with price, stock available and whether they are discontinued. */
export const productsProjection: Projection<ProductsBatch> = {
  name: 'products',
  version: 1,
  tables: [products],
  handles: productEventTypes,
  rowKeys: (stored) => {
    const event = domainEventOf(stored);
    const id = event && productIdOf(event);
    return id === undefined ? [] : [id];
  },

  async load(query, events, cache) {
    const rows = await loadProducts(query, idsToLoad(events, productIdOf, 'ProductRegistered'), cache);
    return { rows: new Map(rows.map((row) => [row.id, row])), dirty: new Set() };
  },

  apply(batch, stored) {
    const event = domainEventOf(stored);
    if (!event) return;
    const id = productIdOf(event);
    if (id === undefined) return;
    if (event.type === 'ProductRegistered') {
      const at = stored.occurredAt.toISOString();
      touchIn(batch, stored, {
        id,
        sku: event.data.sku,
        name: event.data.name,
        priceCents: event.data.priceCents,
        stock: event.data.initialStock,
        discontinued: false,
        category: event.data.category,
        version: 0,
        position: 0n,
        createdPosition: stored.position,
        createdAt: at,
        updatedAt: at,
      });
      return;
    }
    const row = batch.rows.get(id);
    if (!row) return;
    switch (event.type) {
      case 'ProductPriceChanged':
        return touchIn(batch, stored, { ...row, priceCents: event.data.priceCents });
      case 'ProductRestocked':
      case 'StockReleased':
        return touchIn(batch, stored, { ...row, stock: row.stock + event.data.quantity });
      case 'StockReserved':
        return touchIn(batch, stored, { ...row, stock: row.stock - event.data.quantity });
      case 'ProductDiscontinued':
        return touchIn(batch, stored, { ...row, discontinued: true });
    }
  },

  written(batch) {
    return { products: [...batch.dirty].map((id) => batch.rows.get(id)!) };
  },

  async save(query, batch, cache) {
    await saveProducts(
      query,
      [...batch.dirty].map((id) => batch.rows.get(id)!),
      cache,
    );
  },
};
