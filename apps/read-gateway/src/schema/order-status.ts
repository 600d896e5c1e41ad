import { builder } from './builder';

export const orderStatuses = ['PLACED', 'PAID', 'SHIPPED', 'CANCELLED'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const OrderStatusEnum = builder.enumType('OrderStatus', { values: orderStatuses });

/** The projection stores the status as text; anything else there is a bug worth surfacing. */
export function orderStatusOf(value: string): OrderStatus {
  const status = orderStatuses.find((known) => known === value);
  if (status === undefined) throw new Error(`unknown order status in the read model: ${value}`);
  return status;
}
