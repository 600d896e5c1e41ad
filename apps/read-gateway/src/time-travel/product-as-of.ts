import { evolveProduct, initialProductState, isProductEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import type { ProductState } from '../read-models/rows';
import { foldEvents } from './fold-events';

/** A product as it was after `events`, the start of its stream, in the shape the schema serves. */
export function productAsOf(events: readonly StoredEvent[]): ProductState | null {
  let first: StoredEvent | undefined;
  let last: StoredEvent | undefined;
  const state = foldEvents(
    events,
    initialProductState(),
    isProductEvent,
    evolveProduct,
    (_state, _event, stored) => {
      first ??= stored;
      last = stored;
    },
  );
  if (!state.exists || !first || !last) return null;
  return {
    id: state.productId,
    sku: state.sku,
    name: state.name,
    priceCents: state.priceCents,
    stock: state.stock,
    discontinued: state.discontinued,
    category: state.category,
    version: last.version,
    position: last.position,
    createdPosition: first.position,
    createdAt: first.occurredAt.toISOString(),
    updatedAt: last.occurredAt.toISOString(),
  };
}
