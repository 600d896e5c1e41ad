import {
  evolveOrder,
  evolveProduct,
  evolveSku,
  initialOrderState,
  initialProductState,
  initialSkuState,
  type OrderEvent,
  type OrderState,
  type ProductEvent,
  type ProductState,
  type SkuEvent,
  type SkuState,
} from '@sluice/domain';
import type { EventStore } from '@sluice/event-store';
import { StreamReader } from './stream-reader';

/** One cached reader per kind of stream the write side decides on. */
export interface DomainReaders {
  products: StreamReader<ProductState, ProductEvent>;
  orders: StreamReader<OrderState, OrderEvent>;
  skus: StreamReader<SkuState, SkuEvent>;
}

export function createDomainReaders(store: EventStore): DomainReaders {
  return {
    products: new StreamReader(store, { initial: initialProductState, evolve: evolveProduct }),
    orders: new StreamReader(store, { initial: initialOrderState, evolve: evolveOrder }),
    skus: new StreamReader(store, { initial: initialSkuState, evolve: evolveSku }),
  };
}
