import type { ApiClient } from '../api/api-client';
import { OrderAsOf, ProductAsOf } from '../api/read-operations';
import type { Order, Product } from '../live/dashboard-store';
import type { TimelineEvent, TimelineSubject } from './timeline-event';

/** An entity as it was right after one of its events; null had it not existed yet. */
export type PastState =
  | { kind: 'product'; event: TimelineEvent; product: Product | null }
  | { kind: 'order'; event: TimelineEvent; order: Order | null };

/** Asks the gateway for the subject as of the event's position. */
export async function readPastState(
  api: Pick<ApiClient, 'read'>,
  subject: TimelineSubject,
  event: TimelineEvent,
): Promise<PastState> {
  const variables = { id: subject.id, position: event.position };
  if (subject.kind === 'product') {
    const { product } = await api.read(ProductAsOf, variables);
    return { kind: 'product', event, product };
  }
  const { order } = await api.read(OrderAsOf, variables);
  return { kind: 'order', event, order };
}
