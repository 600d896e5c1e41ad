import type { StoredEvent } from '@sluice/event-store';
import type { OrderRow, ProductRow, SalesStatsRow } from '../read-models/rows';
import { FilteringTestFeed } from './filtering-test-feed';

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
export class PushFeed extends FilteringTestFeed {
  readonly products = new Channel<ProductRow>();
  readonly orders = new Channel<OrderRow>();
  readonly salesStats = new Channel<SalesStatsRow>();
  readonly log = new Channel<StoredEvent>();

  close(): void {
    for (const channel of [this.products, this.orders, this.salesStats, this.log]) channel.close();
  }
}
