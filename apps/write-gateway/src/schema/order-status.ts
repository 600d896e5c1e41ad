import { builder } from './builder';

export const OrderStatusEnum = builder.enumType('OrderStatus', {
  values: ['PLACED', 'PAID', 'SHIPPED', 'CANCELLED'] as const,
});
