import { isOrderEvent, isProductEvent, isSkuEvent } from '../changed-entities';
import type { Versioned } from '../decision';
import type { DomainEvent } from '../events';
import { evolveOrder, initialOrderState, type OrderState } from '../order-state';
import { evolveProduct, initialProductState, type ProductState } from '../product-state';
import { evolveSku, initialSkuState, skuStreamId, type SkuState } from '../sku-stream';

/** Past events by stream id, e.g. `{ [productId]: [registered, restocked] }`. */
export type History = Readonly<Record<string, readonly DomainEvent[]>>;

/** Folds a history's streams the way the write gateway's readers do; a stream never written is at version 0. */
export interface EventStreams {
  product(productId: string): Versioned<ProductState>;
  /** Every id asked for is in the map, with an empty state when its stream does not exist. */
  products(productIds: readonly string[]): Map<string, Versioned<ProductState>>;
  sku(sku: string): Versioned<SkuState>;
  order(orderId: string): Versioned<OrderState>;
}

export function eventStreams(history: History): EventStreams {
  const events = (streamId: string) => history[streamId] ?? [];
  const product = (productId: string) =>
    fold(productId, events(productId), initialProductState(), evolveProduct, isProductEvent);
  return {
    product,
    products: (productIds) => new Map(productIds.map((productId) => [productId, product(productId)])),
    sku: (sku) => fold(skuStreamId(sku), events(skuStreamId(sku)), initialSkuState(), evolveSku, isSkuEvent),
    order: (orderId) => fold(orderId, events(orderId), initialOrderState(), evolveOrder, isOrderEvent),
  };
}

function fold<S, E extends DomainEvent>(
  streamId: string,
  events: readonly DomainEvent[],
  initial: S,
  evolve: (state: S, event: E) => S,
  belongs: (event: DomainEvent) => event is E,
): Versioned<S> {
  return events.reduce<Versioned<S>>(
    (stream, event) => {
      if (!belongs(event)) throw new Error(`A ${event.type} event does not belong on stream ${streamId}.`);
      return { state: evolve(stream.state, event), version: stream.version + 1 };
    },
    { state: initial, version: 0 },
  );
}
