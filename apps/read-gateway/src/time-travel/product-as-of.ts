import {
  evolveProduct,
  initialProductState,
  readableEvent,
  isProductEvent,
  type ProductState as Product,
} from '@sluice/domain';
import type { ProductState } from '../read-models/rows';
import type { EntityFold } from './entity-fold';

interface HeldProduct {
  state: Product;
  version: number;
  position: string;
  createdPosition: string;
  createdAt: string;
  updatedAt: string;
}

/** A product folded with the domain's own `evolve`, with what the schema shows beside its state. */
export const productFold: EntityFold<HeldProduct> = {
  name: 'product',
  version: 1,
  initial: () => ({
    state: initialProductState(),
    version: 0,
    position: '0',
    createdPosition: '0',
    createdAt: '',
    updatedAt: '',
  }),
  step(held, stored) {
    const event = readableEvent(stored);
    if (!event || !isProductEvent(event)) return held;
    const at = stored.occurredAt.toISOString();
    const first = held.version === 0;
    return {
      state: evolveProduct(held.state, event),
      version: stored.version,
      position: String(stored.position),
      createdPosition: first ? String(stored.position) : held.createdPosition,
      createdAt: first ? at : held.createdAt,
      updatedAt: at,
    };
  },
};

/** The product a fold holds, in the shape the schema serves; null before it was registered. */
export function productOf(held: HeldProduct): ProductState | null {
  const { state } = held;
  if (!state.exists) return null;
  return {
    id: state.productId,
    sku: state.sku,
    name: state.name,
    priceCents: state.priceCents,
    stock: state.stock,
    discontinued: state.discontinued,
    category: state.category,
    version: held.version,
    position: BigInt(held.position),
    createdPosition: BigInt(held.createdPosition),
    createdAt: held.createdAt,
    updatedAt: held.updatedAt,
  };
}
