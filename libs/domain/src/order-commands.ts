/** Commands on orders, imperative. Ids and `at` (ISO-8601 UTC) are supplied by the caller. */

export interface OrderLineRequest {
  productId: string;
  quantity: number;
}

export interface PlaceOrder {
  orderId: string;
  customerId: string;
  lines: ReadonlyArray<OrderLineRequest>;
  at: string;
}

export interface PayOrder {
  orderId: string;
  amountCents: number;
  at: string;
}

export interface ShipOrder {
  orderId: string;
  at: string;
}

export interface CancelOrder {
  orderId: string;
  reason?: string | null;
  at: string;
}
