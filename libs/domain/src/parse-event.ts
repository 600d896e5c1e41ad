import { isDomainEventType } from './event-types';
import type { DomainEvent, DomainEventType } from './events';
import { recordedSchemaVersion } from './schema-versions';
import { upcast } from './upcasters';

type DataOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>['data'];

/** What a field of an event's data must hold. */
type FieldShape = 'text' | 'integer' | 'text or null' | 'order lines' | 'PLACED or PAID';

/** Every field of every event type, checked: adding a field or a type without its shape does not compile. */
const shapes: { [T in DomainEventType]: Record<keyof DataOf<T>, FieldShape> } = {
  ProductRegistered: {
    productId: 'text',
    sku: 'text',
    name: 'text',
    priceCents: 'integer',
    initialStock: 'integer',
    category: 'text',
    at: 'text',
  },
  ProductPriceChanged: {
    productId: 'text',
    priceCents: 'integer',
    previousPriceCents: 'integer',
    at: 'text',
  },
  ProductRestocked: { productId: 'text', quantity: 'integer', at: 'text' },
  ProductDiscontinued: { productId: 'text', at: 'text' },
  StockReserved: { productId: 'text', orderId: 'text', quantity: 'integer', at: 'text' },
  StockReleased: { productId: 'text', orderId: 'text', quantity: 'integer', at: 'text' },
  SkuClaimed: { sku: 'text', productId: 'text', at: 'text' },
  OrderPlaced: {
    orderId: 'text',
    customerId: 'text',
    lines: 'order lines',
    totalCents: 'integer',
    at: 'text',
  },
  OrderPaid: { orderId: 'text', amountCents: 'integer', at: 'text' },
  OrderShipped: { orderId: 'text', at: 'text' },
  OrderCancelled: { orderId: 'text', reason: 'text or null', previousStatus: 'PLACED or PAID', at: 'text' },
};

/** Each type's fields and shapes as a list, made once: every event read is checked against it. */
const fieldsOf = new Map<string, ReadonlyArray<[string, FieldShape]>>(
  Object.entries(shapes).map(([type, shape]) => [type, Object.entries<FieldShape>(shape)]),
);

/** An event of a known type whose data is not what the domain writes: it cannot be applied. */
export class MalformedEventError extends Error {
  override name = 'MalformedEventError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLine = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value.productId === 'string' &&
  Number.isSafeInteger(value.quantity) &&
  Number.isSafeInteger(value.unitPriceCents);

const holds: Record<FieldShape, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string',
  integer: (value) => Number.isSafeInteger(value),
  'text or null': (value) => value === null || typeof value === 'string',
  'order lines': (value) => Array.isArray(value) && value.length > 0 && value.every(isLine),
  'PLACED or PAID': (value) => value === 'PLACED' || value === 'PAID',
};

/** An event as the log records it: its type, its data, and metadata holding its schema version. */
export interface RecordedEvent {
  type: string;
  data: unknown;
  metadata: unknown;
}

/**
 * An event read from the log, as the domain's type at the current schema version: upcast from
 * the version it was written at, then checked against its type. Undefined for a type this code
 * does not know (written by a newer version: it changes nothing here); a MalformedEventError,
 * naming the field, for a known type with data not of its shape or an unreadable schema version.
 */
export function parseEvent(event: RecordedEvent): DomainEvent | undefined {
  const { type } = event;
  if (!isDomainEventType(type)) return undefined;
  if (!isRecord(event.data)) throw new MalformedEventError(`${type} has no data object`);
  const schemaVersion = recordedSchemaVersion(event.metadata);
  if (schemaVersion === undefined)
    throw new MalformedEventError(`${type} has an unreadable schema version in its metadata`);
  const data = upcast(type, schemaVersion, event.data);
  for (const [field, expected] of fieldsOf.get(type)!)
    if (!holds[expected](data[field]))
      throw new MalformedEventError(
        `${type}.${field} must be ${expected}, not ${JSON.stringify(data[field]) ?? 'missing'}`,
      );
  return { type, data } as DomainEvent;
}

/**
 * The domain event a recorded one holds, for readers that pass over what the projections could
 * not apply: undefined for a type this code does not know and for a malformed one (which the
 * projections set aside as a dead letter, so it changed nothing there either).
 */
export function readableEvent(event: RecordedEvent): DomainEvent | undefined {
  try {
    return parseEvent(event);
  } catch (error) {
    if (error instanceof MalformedEventError) return undefined;
    throw error;
  }
}
