import type { DomainEventType } from '@sluice/domain';
import type { RawQuery, StoredEvent } from '@sluice/event-store';
import type { PgDatabase, PgQueryResultHKT, PgTable } from 'drizzle-orm/pg-core';
import type { CacheWork } from './row-cache';
import type { orders, productSales, products, salesStats } from './schema';

/** A drizzle database or transaction on either driver (postgres or PGlite). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drizzle's own schema parameter default
export type Db = PgDatabase<PgQueryResultHKT, any>;

/**
 * A read model updated in batches: the rows a batch touches are loaded at once, changed in
 * memory event by event, and written back at once. The projector runs load/apply/save and the
 * checkpoint update in one transaction, so a batch is applied entirely or not at all.
 */
export interface Projection<Batch> {
  name: string;
  /**
   * The version of this projection's code: raise it when a change would make the rows it wrote
   * differ from what it writes now. A generation built by another version is rebuilt at start.
   */
  version: number;
  /** The tables it owns: a rebuild builds new ones beside them and switches to them. */
  tables: readonly PgTable[];
  /**
   * Those of `tables` it only inserts into, each row once, and never reads (a history): a rebuild
   * writes their rows out while it goes on, rather than holding them to the end.
   */
  insertOnly?: readonly PgTable[];
  /** The types of event it applies; it never reads the others (a malformed one included). */
  handles: readonly DomainEventType[];
  /**
   * The rows of its own an event changes, as keys (`order:<id>`, say). Said by a projection whose
   * rows each follow their own entity, so that a dead letter's retry can tell whether an event it
   * applied later changed the same rows. Without it, every event is taken to change what every
   * other one does, as totals and histories over the whole log do.
   */
  rowKeys?(event: StoredEvent): readonly string[];
  /** Loads what the events will change (from `cache` where it holds it). */
  load(query: RawQuery, events: readonly StoredEvent[], cache?: CacheWork): Promise<Batch>;
  /** Applies one event to the loaded rows; pure with respect to the database. */
  apply(batch: Batch, event: StoredEvent): void;
  save(query: RawQuery, batch: Batch, cache?: CacheWork): Promise<void>;
  /** The rows `save` wrote that subscribers are pushed, as they were written. */
  written?(batch: Batch): Partial<WrittenRows>;
}

/**
 * Read-model rows a transaction wrote, handed to the read side on commit so that it pushes them
 * to subscribers without reading them back.
 */
export interface WrittenRows {
  products: Array<typeof products.$inferSelect>;
  orders: Array<typeof orders.$inferSelect>;
  salesStats: typeof salesStats.$inferSelect;
  /**
   * The sales of the products the batch named (by their own events or its orders' lines), as the
   * batch left them (null: none yet), by product: what a pushed product's units sold are, without
   * a read.
   */
  productSales: ReadonlyMap<string, typeof productSales.$inferSelect | null>;
  /**
   * Products the batch's sales moved whose own rows it did not change (a payment, a cancellation
   * of a paid order), as the read models hold them: what a push of their units sold needs, without
   * a read. Only the projector's short path knows them (see heldProducts).
   */
  unchangedProducts: Array<typeof products.$inferSelect>;
}

/** Hides each projection's batch type behind one shape the projector can hold in a list. */
export interface AnyProjection {
  name: string;
  version: number;
  tables: readonly PgTable[];
  insertOnly?: readonly PgTable[];
  handles: readonly DomainEventType[];
  rowKeys?(event: StoredEvent): readonly string[];
  /** Loads through `load`, applies `events` and writes through `save`; answers the rows written. */
  run(
    load: RawQuery,
    save: RawQuery,
    events: readonly StoredEvent[],
    cache?: CacheWork,
  ): Promise<Partial<WrittenRows>>;
}

export function erase<Batch>(projection: Projection<Batch>): AnyProjection {
  const handled = new Set<string>(projection.handles);
  return {
    name: projection.name,
    version: projection.version,
    tables: projection.tables,
    insertOnly: projection.insertOnly,
    handles: projection.handles,
    rowKeys: projection.rowKeys?.bind(projection),
    async run(load, save, all, cache) {
      const events = all.filter((event) => handled.has(event.type));
      const batch = await projection.load(load, events, cache);
      for (const event of events) projection.apply(batch, event);
      await projection.save(save, batch, cache);
      return projection.written?.(batch) ?? {};
    },
  };
}
