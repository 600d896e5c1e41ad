import type { StoredEvent } from '@sluice/event-store';
import type { LiveFeed } from '../live-feed';
import type { OrderRow, ProductRow, SalesStatsRow } from '../read-models/rows';

/** Everything pushed so far, replayed to each subscriber, then what follows as it comes. */
class Channel<T> {
  private readonly items: T[] = [];
  private readonly waiting = new Set<() => void>();
  private closed = false;

  push(item: T): void {
    this.items.push(item);
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  async *subscribe(keep: (item: T) => boolean = () => true): AsyncGenerator<T> {
    for (let next = 0; ; next++) {
      while (next >= this.items.length) {
        if (this.closed) return;
        await new Promise<void>((resolve) => this.waiting.add(resolve));
      }
      const item = this.items[next];
      if (item !== undefined && keep(item)) yield item;
    }
  }

  private wake(): void {
    for (const resolve of this.waiting) resolve();
    this.waiting.clear();
  }
}

/** A LiveFeed for tests: yields what the test pushes. */
export class PushFeed implements LiveFeed {
  readonly products = new Channel<ProductRow>();
  readonly orders = new Channel<OrderRow>();
  readonly salesStats = new Channel<SalesStatsRow>();
  readonly log = new Channel<StoredEvent>();

  productChanged(id: string | undefined): AsyncIterable<ProductRow> {
    return this.products.subscribe((row) => id === undefined || row.id === id);
  }

  orderChanged(filter: { id?: string; customerId?: string }): AsyncIterable<OrderRow> {
    return this.orders.subscribe(
      (row) =>
        (filter.id === undefined || row.id === filter.id) &&
        (filter.customerId === undefined || row.customerId === filter.customerId),
    );
  }

  salesStatsChanged(): AsyncIterable<SalesStatsRow> {
    return this.salesStats.subscribe();
  }

  events(args: { after?: bigint; types?: readonly string[]; streamId?: string }): AsyncIterable<StoredEvent> {
    return this.log.subscribe(
      (event) =>
        (args.after === undefined || event.position > args.after) &&
        (args.types === undefined || args.types.includes(event.type)) &&
        (args.streamId === undefined || event.streamId === args.streamId),
    );
  }

  close(): void {
    for (const channel of [this.products, this.orders, this.salesStats, this.log]) channel.close();
  }
}
