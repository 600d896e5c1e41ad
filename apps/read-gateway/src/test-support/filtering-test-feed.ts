import type { StoredEvent } from '@sluice/event-store';
import type { LiveFeed } from '../live-feed';
import type { OrderRow, ProductRow, SalesStatsRow } from '../read-models/rows';

export interface FeedSource<T> {
  subscribe(accepts?: (item: T) => boolean): AsyncIterable<T>;
}

/** The LiveFeed's argument filters, as the runtime applies them; subclasses say how items arrive. */
export abstract class FilteringTestFeed implements LiveFeed {
  abstract readonly products: FeedSource<ProductRow>;
  abstract readonly orders: FeedSource<OrderRow>;
  abstract readonly salesStats: FeedSource<SalesStatsRow>;
  abstract readonly log: FeedSource<StoredEvent>;

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
}
