import {
  evolveOrder,
  initialOrderState,
  readableEvent,
  type OrderEvent,
  type OrderState,
} from '@sluice/domain';
import type { OrderRow } from '../read-models/rows';
import type { EntityFold } from './entity-fold';

interface HeldOrder {
  state: OrderState;
  version: number;
  position: string;
  placedPosition: string;
  placedAt: string;
  // What the domain's state leaves out, the schema shows: when each step was recorded, and why.
  paidAt: string | null;
  shippedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
}

const orderEventTypes = new Set<string>(['OrderPlaced', 'OrderPaid', 'OrderShipped', 'OrderCancelled']);

/** An order folded with the domain's own `evolve`, with what the schema shows beside its state. */
export const orderFold: EntityFold<HeldOrder> = {
  name: 'order',
  version: 1,
  initial: () => ({
    state: initialOrderState(),
    version: 0,
    position: '0',
    placedPosition: '0',
    placedAt: '',
    paidAt: null,
    shippedAt: null,
    cancelledAt: null,
    cancelReason: null,
  }),
  step(held, stored) {
    const event = readableEvent(stored);
    if (!event || !orderEventTypes.has(event.type)) return held;
    const orderEvent = event as OrderEvent;
    const at = stored.occurredAt.toISOString();
    const first = held.version === 0;
    return {
      ...held,
      state: evolveOrder(held.state, orderEvent),
      version: stored.version,
      position: String(stored.position),
      placedPosition: first ? String(stored.position) : held.placedPosition,
      placedAt: first ? at : held.placedAt,
      ...(orderEvent.type === 'OrderPaid' ? { paidAt: at } : {}),
      ...(orderEvent.type === 'OrderShipped' ? { shippedAt: at } : {}),
      ...(orderEvent.type === 'OrderCancelled'
        ? { cancelledAt: at, cancelReason: orderEvent.data.reason }
        : {}),
    };
  },
};

/** The order a fold holds, in the shape the schema serves; null before it was placed. */
export function orderOf(held: HeldOrder): OrderRow | null {
  const { state } = held;
  if (!state.exists) return null;
  return {
    id: state.orderId,
    customerId: state.customerId,
    status: state.status,
    lines: state.lines,
    totalCents: state.totalCents,
    placedAt: held.placedAt,
    paidAt: held.paidAt,
    shippedAt: held.shippedAt,
    cancelledAt: held.cancelledAt,
    cancelReason: held.cancelReason,
    version: held.version,
    position: BigInt(held.position),
    placedPosition: BigInt(held.placedPosition),
  };
}
