import { eventTypeDescriptions, readableEvent, type DomainEvent, type DomainEventType } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { builder } from './builder';
import { OrderLineRef } from './order-line';
import { OrderStatusEnum } from './order-status';

/** An event's data as its payload type resolves it: tagged with the event's type. */
type Payload<T extends DomainEventType = DomainEventType> = T extends DomainEventType
  ? Extract<DomainEvent, { type: T }>['data'] & { eventType: T }
  : never;

/**
 * The typed payload of an event of a type the domain writes, upcast to its current schema
 * version; null for any other type, and for data not of its type's shape.
 */
export function payloadOf(event: Pick<StoredEvent, 'type' | 'data' | 'metadata'>): Payload | null {
  const domain = readableEvent(event);
  return domain ? ({ ...domain.data, eventType: domain.type } as Payload) : null;
}

const payloadType = <T extends DomainEventType>(type: T) => builder.objectRef<Payload<T>>(`${type}Payload`);

const ProductRegisteredRef = payloadType('ProductRegistered').implement({
  description: eventTypeDescriptions.ProductRegistered,
  fields: (t) => ({
    productId: t.exposeID('productId'),
    sku: t.exposeString('sku'),
    name: t.exposeString('name'),
    priceCents: t.expose('priceCents', { type: 'SafeInt' }),
    initialStock: t.exposeInt('initialStock'),
    category: t.exposeString('category', {
      description: 'Since schema version 2: events written before read as "Uncategorized".',
    }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const ProductPriceChangedRef = payloadType('ProductPriceChanged').implement({
  description: eventTypeDescriptions.ProductPriceChanged,
  fields: (t) => ({
    productId: t.exposeID('productId'),
    priceCents: t.expose('priceCents', { type: 'SafeInt' }),
    previousPriceCents: t.expose('previousPriceCents', { type: 'SafeInt' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const ProductRestockedRef = payloadType('ProductRestocked').implement({
  description: eventTypeDescriptions.ProductRestocked,
  fields: (t) => ({
    productId: t.exposeID('productId'),
    quantity: t.exposeInt('quantity'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const ProductDiscontinuedRef = payloadType('ProductDiscontinued').implement({
  description: eventTypeDescriptions.ProductDiscontinued,
  fields: (t) => ({
    productId: t.exposeID('productId'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const StockReservedRef = payloadType('StockReserved').implement({
  description: eventTypeDescriptions.StockReserved,
  fields: (t) => ({
    productId: t.exposeID('productId'),
    orderId: t.exposeID('orderId'),
    quantity: t.exposeInt('quantity'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const StockReleasedRef = payloadType('StockReleased').implement({
  description: eventTypeDescriptions.StockReleased,
  fields: (t) => ({
    productId: t.exposeID('productId'),
    orderId: t.exposeID('orderId'),
    quantity: t.exposeInt('quantity'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const SkuClaimedRef = payloadType('SkuClaimed').implement({
  description: eventTypeDescriptions.SkuClaimed,
  fields: (t) => ({
    sku: t.exposeString('sku'),
    productId: t.exposeID('productId'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const OrderPlacedRef = payloadType('OrderPlaced').implement({
  description: eventTypeDescriptions.OrderPlaced,
  fields: (t) => ({
    orderId: t.exposeID('orderId'),
    customerId: t.exposeID('customerId'),
    lines: t.field({
      type: [OrderLineRef],
      description: 'The lines at the price each product had when the order was placed.',
      resolve: (payload) => payload.lines,
    }),
    totalCents: t.expose('totalCents', { type: 'SafeInt' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const OrderPaidRef = payloadType('OrderPaid').implement({
  description: eventTypeDescriptions.OrderPaid,
  fields: (t) => ({
    orderId: t.exposeID('orderId'),
    amountCents: t.expose('amountCents', { type: 'SafeInt' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const OrderShippedRef = payloadType('OrderShipped').implement({
  description: eventTypeDescriptions.OrderShipped,
  fields: (t) => ({
    orderId: t.exposeID('orderId'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const OrderCancelledRef = payloadType('OrderCancelled').implement({
  description: eventTypeDescriptions.OrderCancelled,
  fields: (t) => ({
    orderId: t.exposeID('orderId'),
    reason: t.exposeString('reason', { nullable: true }),
    previousStatus: t.field({ type: OrderStatusEnum, resolve: (payload) => payload.previousStatus }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const payloadRefs = {
  ProductRegistered: ProductRegisteredRef,
  ProductPriceChanged: ProductPriceChangedRef,
  ProductRestocked: ProductRestockedRef,
  ProductDiscontinued: ProductDiscontinuedRef,
  StockReserved: StockReservedRef,
  StockReleased: StockReleasedRef,
  SkuClaimed: SkuClaimedRef,
  OrderPlaced: OrderPlacedRef,
  OrderPaid: OrderPaidRef,
  OrderShipped: OrderShippedRef,
  OrderCancelled: OrderCancelledRef,
} as const satisfies Record<DomainEventType, unknown>;

export const EventPayloadUnion = builder.unionType('EventPayload', {
  description: [
    "An event's data, typed: one member per EventType, named after it (OrderPaid: OrderPaidPayload).",
    'Its at is when the command that wrote it was decided; the event has occurredAt, when it was written.',
  ].join(' '),
  types: Object.values(payloadRefs),
  resolveType: (payload: Payload) => payloadRefs[payload.eventType],
});
