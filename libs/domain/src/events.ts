/** Events are facts in the past tense. `at` is an ISO-8601 UTC time supplied by the command. */

export interface OrderLineData {
  productId: string;
  quantity: number;
  /** The product's price when the order was placed. */
  unitPriceCents: number;
}

export type ProductEvent =
  | {
      type: 'ProductRegistered';
      data: {
        productId: string;
        sku: string;
        name: string;
        priceCents: number;
        initialStock: number;
        /** Since schema version 2; read as "Uncategorized" from events written before. */
        category: string;
        at: string;
      };
    }
  | {
      type: 'ProductPriceChanged';
      data: { productId: string; priceCents: number; previousPriceCents: number; at: string };
    }
  | { type: 'ProductRestocked'; data: { productId: string; quantity: number; at: string } }
  | { type: 'ProductDiscontinued'; data: { productId: string; at: string } }
  | { type: 'StockReserved'; data: { productId: string; orderId: string; quantity: number; at: string } }
  | { type: 'StockReleased'; data: { productId: string; orderId: string; quantity: number; at: string } };

/** Lives on the stream `sku:<SKU>`; appending it at version 1 is what makes a SKU unique. */
export type SkuEvent = { type: 'SkuClaimed'; data: { sku: string; productId: string; at: string } };

export type OrderStatus = 'PLACED' | 'PAID' | 'SHIPPED' | 'CANCELLED';

export type OrderEvent =
  | {
      type: 'OrderPlaced';
      data: { orderId: string; customerId: string; lines: OrderLineData[]; totalCents: number; at: string };
    }
  | { type: 'OrderPaid'; data: { orderId: string; amountCents: number; at: string } }
  | { type: 'OrderShipped'; data: { orderId: string; at: string } }
  | {
      type: 'OrderCancelled';
      data: { orderId: string; reason: string | null; previousStatus: 'PLACED' | 'PAID'; at: string };
    };

export type DomainEvent = ProductEvent | SkuEvent | OrderEvent;
export type DomainEventType = DomainEvent['type'];
