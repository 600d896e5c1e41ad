import { randomUUID } from 'node:crypto';
import { mayActOnOrderOf, type Caller } from '@sluice/auth';
import {
  cancelOrder,
  orderNotFound,
  payOrder,
  placeOrder,
  productIdsOf,
  shipOrder,
  type OrderState,
} from '@sluice/domain';
import type { CommandSpec } from './command-runner';
import type { DomainReaders } from './domain-readers';
import type { LoadedStream } from './stream-reader';

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

export function payOrderCommand(
  readers: DomainReaders,
  input: PayOrderInput,
  at: string,
  caller: Caller,
): CommandSpec {
  return {
    type: 'payOrder',
    input,
    lockKeys: [input.orderId],
    async decide(fresh) {
      const order = await readers.orders.loadOne(input.orderId, { fresh });
      if (!visibleTo(caller, order)) return hidden(input.orderId, order);
      return { decision: payOrder({ ...input, at }, { order }), subject: order };
    },
  };
}

export function shipOrderCommand(
  readers: DomainReaders,
  input: ShipOrderInput,
  at: string,
  caller: Caller,
): CommandSpec {
  return {
    type: 'shipOrder',
    input,
    lockKeys: [input.orderId],
    async decide(fresh) {
      const order = await readers.orders.loadOne(input.orderId, { fresh });
      if (!visibleTo(caller, order)) return hidden(input.orderId, order);
      return { decision: shipOrder({ ...input, at }, { order }), subject: order };
    },
  };
}

export function cancelOrderCommand(
  readers: DomainReaders,
  input: CancelOrderInput,
  at: string,
  caller: Caller,
): CommandSpec {
  return {
    type: 'cancelOrder',
    input,
    lockKeys: [input.orderId],
    async decide(fresh) {
      const order = await readers.orders.loadOne(input.orderId, { fresh });
      if (!visibleTo(caller, order)) return hidden(input.orderId, order);
      const products = await readers.products.load(productIdsOf(order.state), { fresh });
      return { decision: cancelOrder({ ...input, at }, { order, products }), subject: order };
    },
  };
}

/** Whether the caller may act on this order; one that does not exist is the domain's to refuse. */
function visibleTo(caller: Caller, order: LoadedStream<OrderState>): boolean {
  return !order.state.exists || mayActOnOrderOf(caller, order.state.customerId);
}

/** Someone else's order is answered exactly as a missing one, so its existence does not leak. */
function hidden(orderId: string, order: LoadedStream<OrderState>) {
  return { decision: { ok: false as const, error: orderNotFound(orderId) }, subject: order };
}
