import type { StoredEvent } from '@sluice/event-store';
import type { OrderRow, ProductRow, SalesStatsRow } from './read-models/rows';

/** Live changes for subscriptions; implemented by the read side's runtime (another engineer). */
export interface LiveFeed {
  productChanged(id: string | undefined): AsyncIterable<ProductRow>;
  orderChanged(filter: { id?: string; customerId?: string }): AsyncIterable<OrderRow>;
  salesStatsChanged(): AsyncIterable<SalesStatsRow>;
  events(args: { after?: bigint; types?: readonly string[]; streamId?: string }): AsyncIterable<StoredEvent>;
}
