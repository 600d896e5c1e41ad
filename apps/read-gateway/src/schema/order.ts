import { visibleCustomer, type Caller } from '@sluice/auth';
import { MAX_ID_LENGTH } from '@sluice/domain';
import { orderLinesOf } from '@sluice/projections';
import { reachAtLeast } from '../at-least';
import { connection } from '../connection/connection';
import { pageRequest } from '../connection/page-request';
import { orderById, orderList } from '../read-models/orders';
import type { OrderRow } from '../read-models/rows';
import { orderThen } from '../time-travel/entities-then';
import { AsOfRef, pastPointOf } from './as-of';
import { builder } from './builder';
import { connectionType } from './connection-type';
import { OrderLineRef } from './order-line';
import { OrderStatusEnum, orderStatusOf } from './order-status';

export const OrderRef = builder.objectRef<OrderRow>('Order').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    customerId: t.exposeID('customerId'),
    status: t.field({ type: OrderStatusEnum, resolve: (order) => orderStatusOf(order.status) }),
    lines: t.field({ type: [OrderLineRef], resolve: (order) => orderLinesOf(order) }),
    totalCents: t.expose('totalCents', { type: 'SafeInt' }),
    placedAt: t.expose('placedAt', { type: 'DateTime' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    shippedAt: t.expose('shippedAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    version: t.exposeInt('version'),
    position: t.expose('position', { type: 'Position' }),
  }),
});

const OrderConnectionRef = connectionType('Order', OrderRef);

/**
 * No customer has this id, as it is longer than any the domain accepts: what a customer asking
 * for someone else's orders is filtered by.
 */
const nobody = '~'.repeat(MAX_ID_LENGTH + 1);

/**
 * The customerId a caller's order reads are filtered by: what an operator asked for, a customer's
 * own id, and for a customer asking after someone else, an id no order has (an empty answer).
 */
function ordersOf(caller: Caller, requested: string | number | null | undefined): string | undefined {
  const asked = requested === null || requested === undefined ? undefined : String(requested);
  const visible = visibleCustomer(caller);
  if (visible === undefined) return asked;
  if (visible === null) return nobody;
  return asked === undefined || asked === visible ? visible : nobody;
}

builder.queryFields((t) => ({
  order: t.field({
    type: OrderRef,
    nullable: true,
    description: [
      "Operators see every order; a customer only their own (another's reads as missing).",
      'With asOf, the order as it was then, folded from its own events (null before it was placed).',
      'An answer as of the past has the same id as the order now: a normalizing client cache should',
      "keep it out of the cache (Apollo: fetchPolicy 'no-cache').",
    ].join(' '),
    authScopes: { operator: true, customer: true },
    args: {
      id: t.arg.id({ required: true }),
      atLeast: t.arg({ type: 'Position' }),
      asOf: t.arg({ type: AsOfRef }),
    },
    resolve: async (_root, args, context) => {
      await reachAtLeast(context, args.atLeast);
      const point = pastPointOf(args.asOf);
      const order = point ? await orderThen(context, args.id, point) : await orderById(context.db, args.id);
      const visible = visibleCustomer(context.caller);
      return order && (visible === undefined || order.customerId === visible) ? order : null;
    },
  }),
  orders: t.field({
    type: OrderConnectionRef,
    description: 'Newest placed first. Operators see every order; a customer only their own.',
    authScopes: { operator: true, customer: true },
    args: {
      customerId: t.arg.id(),
      status: t.arg({ type: OrderStatusEnum }),
      first: t.arg.int({ description: 'Page size: 20 when left out, at most 100.' }),
      after: t.arg.string(),
      atLeast: t.arg({ type: 'Position' }),
    },
    resolve: async (_root, args, context) => {
      const page = pageRequest(args);
      await reachAtLeast(context, args.atLeast);
      return connection(
        page,
        orderList(context.db, { ...args, customerId: ordersOf(context.caller, args.customerId) }),
      );
    },
  }),
}));

builder.subscriptionField('orderChanged', (t) =>
  t.field({
    type: OrderRef,
    description: [
      "The order's new state after each change; filtered by id or customerId when given.",
      'Operators follow every order; a customer only their own.',
    ].join(' '),
    authScopes: { operator: true, customer: true },
    args: { id: t.arg.id(), customerId: t.arg.id() },
    subscribe: (_root, args, context) =>
      context.feed.orderChanged(
        { id: args.id ?? undefined, customerId: ordersOf(context.caller, args.customerId) ?? undefined },
        context.transport,
      ),
    resolve: (row, _args, context) => {
      // One context serves the whole subscription: each change is read afresh.
      context.loaders.forget();
      return row;
    },
  }),
);
