import type { DomainEvent, DomainEventType } from '../events';
import { skuStreamId } from '../sku-stream';

/** Event builders for specifications: sensible defaults, overridden field by field. */

type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
type DataOf<T extends DomainEventType> = EventOf<T>['data'];

export const AT = '2025-03-01T10:00:00.000Z';
export const LATER = '2025-03-01T11:00:00.000Z';
export const PRODUCT_ID = 'product-1';
export const OTHER_PRODUCT_ID = 'product-2';
export const SKU = 'WIDGET-1';
export const SKU_STREAM_ID = skuStreamId(SKU);
export const ORDER_ID = 'order-1';
export const CUSTOMER_ID = 'customer-1';

export function productRegistered(
  data: Partial<DataOf<'ProductRegistered'>> = {},
): EventOf<'ProductRegistered'> {
  return {
    type: 'ProductRegistered',
    data: {
      productId: PRODUCT_ID,
      sku: SKU,
      name: 'Widget',
      priceCents: 1250,
      initialStock: 10,
      category: 'Tools',
      at: AT,
      ...data,
    },
  };
}

export function skuClaimed(data: Partial<DataOf<'SkuClaimed'>> = {}): EventOf<'SkuClaimed'> {
  return { type: 'SkuClaimed', data: { sku: SKU, productId: PRODUCT_ID, at: AT, ...data } };
}

export function productPriceChanged(
  data: Partial<DataOf<'ProductPriceChanged'>> = {},
): EventOf<'ProductPriceChanged'> {
  return {
    type: 'ProductPriceChanged',
    data: { productId: PRODUCT_ID, priceCents: 1500, previousPriceCents: 1250, at: LATER, ...data },
  };
}

export function productRestocked(
  data: Partial<DataOf<'ProductRestocked'>> = {},
): EventOf<'ProductRestocked'> {
  return { type: 'ProductRestocked', data: { productId: PRODUCT_ID, quantity: 5, at: LATER, ...data } };
}

export function productDiscontinued(
  data: Partial<DataOf<'ProductDiscontinued'>> = {},
): EventOf<'ProductDiscontinued'> {
  return { type: 'ProductDiscontinued', data: { productId: PRODUCT_ID, at: LATER, ...data } };
}

export function stockReserved(data: Partial<DataOf<'StockReserved'>> = {}): EventOf<'StockReserved'> {
  return {
    type: 'StockReserved',
    data: { productId: PRODUCT_ID, orderId: ORDER_ID, quantity: 2, at: AT, ...data },
  };
}

export function stockReleased(data: Partial<DataOf<'StockReleased'>> = {}): EventOf<'StockReleased'> {
  return {
    type: 'StockReleased',
    data: { productId: PRODUCT_ID, orderId: ORDER_ID, quantity: 2, at: LATER, ...data },
  };
}

export function orderPlaced(data: Partial<DataOf<'OrderPlaced'>> = {}): EventOf<'OrderPlaced'> {
  return {
    type: 'OrderPlaced',
    data: {
      orderId: ORDER_ID,
      customerId: CUSTOMER_ID,
      lines: [
        { productId: PRODUCT_ID, quantity: 2, unitPriceCents: 1250 },
        { productId: OTHER_PRODUCT_ID, quantity: 1, unitPriceCents: 400 },
      ],
      totalCents: 2900,
      at: AT,
      ...data,
    },
  };
}

export function orderPaid(data: Partial<DataOf<'OrderPaid'>> = {}): EventOf<'OrderPaid'> {
  return { type: 'OrderPaid', data: { orderId: ORDER_ID, amountCents: 2900, at: LATER, ...data } };
}

export function orderShipped(data: Partial<DataOf<'OrderShipped'>> = {}): EventOf<'OrderShipped'> {
  return { type: 'OrderShipped', data: { orderId: ORDER_ID, at: LATER, ...data } };
}

export function orderCancelled(data: Partial<DataOf<'OrderCancelled'>> = {}): EventOf<'OrderCancelled'> {
  return {
    type: 'OrderCancelled',
    data: { orderId: ORDER_ID, reason: null, previousStatus: 'PLACED', at: LATER, ...data },
  };
}
