import { builder } from './builder';

export const RegisterProductInputRef = builder.inputType('RegisterProductInput', {
  fields: (t) => ({
    commandId: t.id(),
    sku: t.string({
      required: true,
      description: "1-64 characters of A-Z, 0-9 and '-'; unique across all products.",
    }),
    name: t.string({ required: true, description: '1-200 characters.' }),
    priceCents: t.field({ type: 'SafeInt', required: true, description: 'Greater than 0.' }),
    initialStock: t.int({ description: '0 or more; 0 when left out.' }),
    category: t.string({ description: 'Up to 60 characters; "Uncategorized" when left out or blank.' }),
  }),
});

export const ChangeProductPriceInputRef = builder.inputType('ChangeProductPriceInput', {
  fields: (t) => ({
    commandId: t.id(),
    productId: t.id({ required: true }),
    priceCents: t.field({ type: 'SafeInt', required: true }),
    expectedVersion: t.int({
      description:
        'When given, the command fails with ConcurrencyError unless the product is at this version.',
    }),
  }),
});

export const RestockProductInputRef = builder.inputType('RestockProductInput', {
  fields: (t) => ({
    commandId: t.id(),
    productId: t.id({ required: true }),
    quantity: t.int({ required: true, description: '1 or more.' }),
    expectedVersion: t.int(),
  }),
});

export const DiscontinueProductInputRef = builder.inputType('DiscontinueProductInput', {
  fields: (t) => ({
    commandId: t.id(),
    productId: t.id({ required: true }),
    expectedVersion: t.int(),
  }),
});
