import { randomUUID } from 'node:crypto';
import { authHeader } from '@sluice/testing';
import { expect } from 'vitest';
import { bystander, graphqlFrom } from './abusive-clients';

const register = `mutation ($input: RegisterProductInput!) {
  registerProduct(input: $input) { __typename ... on CommandAccepted { id position } }
}`;
const product = 'query ($id: ID!, $atLeast: Position) { product(id: $id, atLeast: $atLeast) { name } }';

/**
 * What any other client does, from an address of its own and on connections of its own: an
 * operator registers a product on the write gateway and reads it back from the read gateway.
 * Fails unless both are served.
 */
export async function expectServed(gateways: { writeUrl: string; readUrl: string }, from = bystander) {
  const headers = await authHeader('operator');
  const name = `Kettle ${randomUUID().slice(0, 8)}`;
  const written = await graphqlFrom<{
    registerProduct: { __typename: string; id: string; position: string };
  }>(
    gateways.writeUrl,
    register,
    { input: { sku: `OK-${randomUUID().slice(0, 8).toUpperCase()}`, name, priceCents: 100 } },
    { headers, from },
  );
  expect(written.errors).toBeUndefined();
  expect(written.data?.registerProduct.__typename).toBe('CommandAccepted');
  const { id, position } = written.data!.registerProduct;
  const read = await graphqlFrom(gateways.readUrl, product, { id, atLeast: position }, { headers, from });
  expect(read.errors).toBeUndefined();
  expect(read.data).toEqual({ product: { name } });
}
