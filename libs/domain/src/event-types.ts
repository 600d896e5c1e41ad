import type { DomainEventType, OrderEvent, ProductEvent } from './events';

/**
 * What each event type the domain writes records: the one list of them, from which both gateways
 * build their `EventType` enum. Naming a type twice, or leaving one out, fails to compile.
 */
export const eventTypeDescriptions = {
  ProductRegistered: 'A product was registered, with its SKU, name, price, initial stock and category.',
  ProductPriceChanged: "A product's price changed.",
  ProductRestocked: "Units were added to a product's stock.",
  ProductDiscontinued: 'A product was discontinued: it takes no more orders.',
  StockReserved: "Units of a product were set aside for an order (on the product's stream).",
  StockReleased: "Units reserved for an order went back to the product's stock (the order was cancelled).",
  SkuClaimed: 'A SKU was claimed for a product, on the stream sku:<SKU>: what makes SKUs unique.',
  OrderPlaced: 'An order was placed, with its lines at the prices of the time and its total.',
  OrderPaid: 'An order was paid in full.',
  OrderShipped: 'An order was shipped.',
  OrderCancelled: 'An order was cancelled, with its reason and the status it had before.',
} as const satisfies Record<DomainEventType, string>;

/** Every event type the domain writes, in the order of `eventTypeDescriptions`. */
export const domainEventTypes = Object.keys(eventTypeDescriptions) as readonly DomainEventType[];

/** Whether a type read from the log is one the domain writes (the log may hold others). */
export function isDomainEventType(type: string): type is DomainEventType {
  return Object.hasOwn(eventTypeDescriptions, type);
}

/** The types of a product's stream: its catalog entry and its stock. */
export const productEventTypes = [
  'ProductRegistered',
  'ProductPriceChanged',
  'ProductRestocked',
  'ProductDiscontinued',
  'StockReserved',
  'StockReleased',
] as const satisfies ReadonlyArray<ProductEvent['type']>;

/** The types of an order's stream. */
export const orderEventTypes = [
  'OrderPlaced',
  'OrderPaid',
  'OrderShipped',
  'OrderCancelled',
] as const satisfies ReadonlyArray<OrderEvent['type']>;

// Each list holds every type of its stream: one left out fails to compile here.
const everyProductType: Exclude<ProductEvent['type'], (typeof productEventTypes)[number]> extends never
  ? true
  : never = true;
const everyOrderType: Exclude<OrderEvent['type'], (typeof orderEventTypes)[number]> extends never
  ? true
  : never = true;
void everyProductType;
void everyOrderType;
