import type { StoredEvent } from '@sluice/event-store';
import type { OrderRow, ProductRow, SalesStatsRow } from '../read-models/rows';
import { FilteringTestFeed } from './filtering-test-feed';
import { SubscriberQueue } from '../runtime/subscriber-queue';

/** Open subscriptions to one kind of change, each with its filter. */
class Topic<T> {
  private readonly open = new Map<SubscriberQueue<T>, (item: T) => boolean>();

  subscribe(accepts: (item: T) => boolean = () => true): SubscriberQueue<T> {
    const queue: SubscriberQueue<T> = new SubscriberQueue<T>(1000, () => this.open.delete(queue));
    this.open.set(queue, accepts);
    return queue;
  }

  push(item: T): void {
    for (const [queue, accepts] of this.open) if (accepts(item)) queue.push(item);
  }

  size(): number {
    return this.open.size;
  }
}

/**
 * A LiveFeed for tests, live only as the real one: each subscription gets what is pushed after
 * it subscribed. It counts the subscriptions open on it, as the runtime would hold them.
 */
export class LiveTestFeed extends FilteringTestFeed {
  readonly products = new Topic<ProductRow>();
  readonly orders = new Topic<OrderRow>();
  readonly salesStats = new Topic<SalesStatsRow>();
  readonly log = new Topic<StoredEvent>();

  /** Subscriptions open on this feed, of every kind. */
  open(): number {
    return this.products.size() + this.orders.size() + this.salesStats.size() + this.log.size();
  }
}

/**
 * A product row as the read models hold it; `reads` counts how often its stock was read, that
 * is how many times an operation selecting it was executed for this change.
 */
export function countedProduct(id: string, stock: number): { row: ProductRow; reads: () => number } {
  let reads = 0;
  const at = '2026-01-01T00:00:00.000Z';
  const row: ProductRow = {
    id,
    sku: `SKU-${id}`,
    name: id,
    priceCents: 100,
    get stock() {
      reads++;
      return stock;
    },
    discontinued: false,
    category: 'Uncategorized',
    version: 1,
    position: 1n,
    createdPosition: 1n,
    createdAt: at,
    updatedAt: at,
  };
  return { row, reads: () => reads };
}
