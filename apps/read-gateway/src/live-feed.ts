import type { StoredEvent } from '@sluice/event-store';
import type { OrderRow, ProductState, SalesStatsRow } from './read-models/rows';

/**
 * The connection a subscription runs on, as the feed sees it. Transports pace a subscription by
 * taking its next item only once the previous one was sent (graphql-ws does), so a client that
 * stops reading lets its queue fill; past its limit the feed cuts the connection off. A live
 * operation shared by many subscribers reaches the feed without one: there each subscriber's
 * results queue up, and are cut off alike, in its shared execution (subscriptions/).
 */
export interface SubscriberTransport {
  cutOff(reason: string): void;
}

/** Live changes for subscriptions; the read side's runtime implements it (runtime/live-feed-hub.ts). */
export interface LiveFeed {
  productChanged(id: string | undefined, transport?: SubscriberTransport): AsyncIterable<ProductState>;
  orderChanged(
    filter: { id?: string; customerId?: string },
    transport?: SubscriberTransport,
  ): AsyncIterable<OrderRow>;
  salesStatsChanged(transport?: SubscriberTransport): AsyncIterable<SalesStatsRow>;
  events(
    args: { after?: bigint; types?: readonly string[]; streamId?: string },
    transport?: SubscriberTransport,
  ): AsyncIterable<StoredEvent>;
}
