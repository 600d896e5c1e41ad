import {
  evolveOrder,
  evolveProduct,
  evolveSku,
  initialOrderState,
  initialProductState,
  initialSkuState,
  isOrderEvent,
  isProductEvent,
  isSkuEvent,
  type OrderEvent,
  type OrderState,
  type ProductEvent,
  type ProductState,
  type SkuEvent,
  type SkuState,
} from '@sluice/domain';
import type { EventStore, StreamAppend } from '@sluice/event-store';
import { StreamReader } from './stream-reader';

/** One cached reader per kind of stream the write side decides on. */
export interface DomainReaders {
  products: StreamReader<ProductState, ProductEvent>;
  orders: StreamReader<OrderState, OrderEvent>;
  skus: StreamReader<SkuState, SkuEvent>;
}

export function createDomainReaders(store: EventStore): DomainReaders {
  return {
    products: new StreamReader(store, {
      initial: initialProductState,
      evolve: evolveProduct,
      belongs: isProductEvent,
    }),
    orders: new StreamReader(store, {
      initial: initialOrderState,
      evolve: evolveOrder,
      belongs: isOrderEvent,
    }),
    skus: new StreamReader(store, { initial: initialSkuState, evolve: evolveSku, belongs: isSkuEvent }),
  };
}

/** Keeps the cached folds current with what this process appended (positions are consecutive). */
export function advanceReaders(
  readers: DomainReaders,
  appends: readonly StreamAppend[],
  lastPosition: bigint,
): void {
  const total = appends.reduce((sum, append) => sum + append.events.length, 0);
  let position = lastPosition - BigInt(total - 1);
  for (const append of appends) {
    readers.products.advance(append, position);
    readers.orders.advance(append, position);
    readers.skus.advance(append, position);
    position += BigInt(append.events.length);
  }
}
