import { formatCents } from '../components/money';
import type { TimelineEvent } from './timeline-event';

type Payload = NonNullable<TimelineEvent['payload']>;

const units = (quantity: number) => `${quantity} ${quantity === 1 ? 'unit' : 'units'}`;
const shortOrder = (orderId: string) => `order #${orderId.slice(0, 8)}`;

function assertNever(value: never): never {
  throw new Error(`No sentence for ${JSON.stringify(value)}`);
}

/** What happened, in words: "Price changed from $12.00 to $9.50", "Order paid $30.00". */
export function eventSentence(event: Pick<TimelineEvent, 'type' | 'payload'>): string {
  // A type this dashboard was built before has no typed payload: its name is all it can say.
  return event.payload ? payloadSentence(event.payload) : event.type;
}

function payloadSentence(payload: Payload): string {
  switch (payload.__typename) {
    case 'ProductRegisteredPayload':
      return `Registered ${payload.name} (${payload.sku}) at ${formatCents(payload.priceCents)} with ${units(payload.initialStock)} in stock`;
    case 'ProductPriceChangedPayload':
      return `Price changed from ${formatCents(payload.previousPriceCents)} to ${formatCents(payload.priceCents)}`;
    case 'ProductRestockedPayload':
      return `Restocked ${units(payload.quantity)}`;
    case 'ProductDiscontinuedPayload':
      return 'Discontinued';
    case 'StockReservedPayload':
      return `Reserved ${units(payload.quantity)} for ${shortOrder(payload.orderId)}`;
    case 'StockReleasedPayload':
      return `Released ${units(payload.quantity)} from ${shortOrder(payload.orderId)}`;
    case 'SkuClaimedPayload':
      return `Claimed SKU ${payload.sku}`;
    case 'OrderPlacedPayload': {
      const lines = payload.lines
        .map((line) => `${line.quantity} × ${line.product?.name ?? line.productId}`)
        .join(', ');
      return `Order placed for ${payload.customerId}: ${lines}, ${formatCents(payload.totalCents)}`;
    }
    case 'OrderPaidPayload':
      return `Order paid ${formatCents(payload.amountCents)}`;
    case 'OrderShippedPayload':
      return 'Order shipped';
    case 'OrderCancelledPayload': {
      const was = `Order cancelled (was ${payload.previousStatus.toLowerCase()})`;
      return payload.reason ? `${was}: ${payload.reason}` : was;
    }
    default:
      return assertNever(payload);
  }
}
