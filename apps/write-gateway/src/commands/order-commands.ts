import { randomUUID } from 'node:crypto';
import { cancelOrder, payOrder, placeOrder, productIdsOf, shipOrder } from '@sluice/domain';
import type { CommandSpec } from './command-runner';
import type { DomainReaders } from './domain-readers';

export interface PlaceOrderInput {
  customerId: string;
  lines: Array<{ productId: string; quantity: number }>;
}

export interface PayOrderInput {
  orderId: string;
  amountCents: number;
}

export interface ShipOrderInput {
  orderId: string;
}

export interface CancelOrderInput {
  orderId: string;
  reason?: string | null;
}

export function placeOrderCommand(readers: DomainReaders, input: PlaceOrderInput, at: string): CommandSpec {
  const orderId = randomUUID();
  const productIds = input.lines.map((line) => line.productId);
  return {
    type: 'placeOrder',
    input,
    lockKeys: productIds,
    async decide(fresh) {
      const order = readers.orders.newStream();
      const products = await readers.products.load(productIds, { fresh });
      return { decision: placeOrder({ ...input, orderId, at }, { order, products }), subject: order };
    },
  };
}

export function payOrderCommand(readers: DomainReaders, input: PayOrderInput, at: string): CommandSpec {
  return {
    type: 'payOrder',
    input,
    lockKeys: [input.orderId],
    async decide(fresh) {
      const order = await readers.orders.loadOne(input.orderId, { fresh });
      return { decision: payOrder({ ...input, at }, { order }), subject: order };
    },
  };
}

export function shipOrderCommand(readers: DomainReaders, input: ShipOrderInput, at: string): CommandSpec {
  return {
    type: 'shipOrder',
    input,
    lockKeys: [input.orderId],
    async decide(fresh) {
      const order = await readers.orders.loadOne(input.orderId, { fresh });
      return { decision: shipOrder({ ...input, at }, { order }), subject: order };
    },
  };
}

export function cancelOrderCommand(readers: DomainReaders, input: CancelOrderInput, at: string): CommandSpec {
  return {
    type: 'cancelOrder',
    input,
    lockKeys: [input.orderId],
    async decide(fresh) {
      const order = await readers.orders.loadOne(input.orderId, { fresh });
      const products = await readers.products.load(productIdsOf(order.state), { fresh });
      return { decision: cancelOrder({ ...input, at }, { order, products }), subject: order };
    },
  };
}
