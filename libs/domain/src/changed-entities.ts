import type { DomainEvent, OrderEvent, ProductEvent, SkuEvent } from './events';

/**
 * The entities whose state an event changes: a product (its catalog entry and stock) or an order.
 * Said once here for every reader of the log (the projections, the pushes); a domain event type
 * added without a case here does not compile, and a type the log holds that this code does not
 * know changes nothing.
 */
export interface ChangedEntities {
  productId?: string;
  orderId?: string;
}

export function changedEntities(event: DomainEvent): ChangedEntities {
  switch (event.type) {
    case 'ProductRegistered':
    case 'ProductPriceChanged':
    case 'ProductRestocked':
    case 'ProductDiscontinued':
    case 'StockReserved':
    case 'StockReleased':
      // A reservation and its release move the product's stock; an order moves by its own events.
      return { productId: event.data.productId };
    case 'OrderPlaced':
    case 'OrderPaid':
    case 'OrderShipped':
    case 'OrderCancelled':
      return { orderId: event.data.orderId };
    // The SKU's claim is the product's registration's twin: the product changes with that event.
    case 'SkuClaimed':
      return {};
    default: {
      // Exhaustive when compiled; at run time the log may hold a type this code does not know.
      const unknown: never = event;
      void unknown;
      return {};
    }
  }
}

/** Events of a product's stream: its catalog entry and its stock. */
export const isProductEvent = (event: DomainEvent): event is ProductEvent =>
  changedEntities(event).productId !== undefined;

/** Events of an order's stream. */
export const isOrderEvent = (event: DomainEvent): event is OrderEvent =>
  changedEntities(event).orderId !== undefined;

/** The one event of a SKU's stream, which claims it. */
export const isSkuEvent = (event: DomainEvent): event is SkuEvent => event.type === 'SkuClaimed';
