import { evolveOrder, initialOrderState, type DomainEvent, type OrderEvent } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import type { OrderRow } from '../read-models/rows';
import { foldEvents } from './fold-events';

const orderEventTypes = new Set<string>(['OrderPlaced', 'OrderPaid', 'OrderShipped', 'OrderCancelled']);
const isOrderStreamEvent = (event: DomainEvent): event is OrderEvent => orderEventTypes.has(event.type);

/** An order as it was after `events`, the start of its stream, in the shape the schema serves. */
export function orderAsOf(events: readonly StoredEvent[]): OrderRow | null {
  // What the domain's state leaves out, the schema shows: when each step was recorded, and why.
  const recorded: Pick<OrderRow, 'paidAt' | 'shippedAt' | 'cancelledAt' | 'cancelReason'> = {
    paidAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: null,
  };
  let first: StoredEvent | undefined;
  let last: StoredEvent | undefined;
  const state = foldEvents(
    events,
    initialOrderState(),
    isOrderStreamEvent,
    evolveOrder,
    (_state, event, stored) => {
      first ??= stored;
      last = stored;
      const at = stored.occurredAt.toISOString();
      if (event.type === 'OrderPaid') recorded.paidAt = at;
      if (event.type === 'OrderShipped') recorded.shippedAt = at;
      if (event.type === 'OrderCancelled') {
        recorded.cancelledAt = at;
        recorded.cancelReason = event.data.reason;
      }
    },
  );
  if (!state.exists || !first || !last) return null;
  return {
    id: state.orderId,
    customerId: state.customerId,
    status: state.status,
    lines: state.lines,
    totalCents: state.totalCents,
    placedAt: first.occurredAt.toISOString(),
    ...recorded,
    version: last.version,
    position: last.position,
    placedPosition: first.position,
  };
}
