import { builder } from './builder';

const OrderLineInputRef = builder.inputType('OrderLineInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    quantity: t.int({ required: true, description: '1-10000.' }),
  }),
});

export const PlaceOrderInputRef = builder.inputType('PlaceOrderInput', {
  fields: (t) => ({
    commandId: t.id(),
    customerId: t.id({
      description: "Required of operators; a customer's is taken from their token and may be left out.",
    }),
    lines: t.field({
      type: [OrderLineInputRef],
      required: true,
      description: '1-100 lines, each product at most once.',
    }),
  }),
});

export const PayOrderInputRef = builder.inputType('PayOrderInput', {
  fields: (t) => ({
    commandId: t.id(),
    orderId: t.id({ required: true }),
    amountCents: t.field({ type: 'SafeInt', required: true }),
  }),
});

export const ShipOrderInputRef = builder.inputType('ShipOrderInput', {
  fields: (t) => ({
    commandId: t.id(),
    orderId: t.id({ required: true }),
  }),
});

export const CancelOrderInputRef = builder.inputType('CancelOrderInput', {
  fields: (t) => ({
    commandId: t.id(),
    orderId: t.id({ required: true }),
    reason: t.string(),
  }),
});
