import { randomUUID } from 'node:crypto';
import { testToken } from '@sluice/testing';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegisterProduct, PlaceOrder, RestockProduct } from './documents/commands.write';
import { OrderById } from './documents/orders.read';
import { accepted } from './test-support/accepted';
import { startShop, uniqueSku, type RunningShop } from './test-support/running-shop';

describe('graphql-request 7 with typed documents and a token header', () => {
  let shop: RunningShop;

  beforeAll(async () => {
    shop = await startShop();
  });

  afterAll(() => shop?.stop());

  async function signedIn(url: string, role: 'operator' | 'customer', sub?: string): Promise<GraphQLClient> {
    return new GraphQLClient(url, { headers: { authorization: `Bearer ${await testToken(role, sub)}` } });
  }

  async function registerProduct(initialStock: number) {
    const operator = await signedIn(shop.writeUrl, 'operator');
    const sku = uniqueSku('REQ');
    const result = await operator.request(RegisterProduct, {
      input: { sku, name: `Product ${sku}`, priceCents: 450, initialStock },
    });
    return accepted(result.registerProduct);
  }

  it('places an order as a customer and reads it back on the read gateway', async () => {
    const product = await registerProduct(10);
    const customerId = `req-${randomUUID()}`;
    const write = await signedIn(shop.writeUrl, 'customer', customerId);
    const placed = accepted(
      (await write.request(PlaceOrder, { input: { lines: [{ productId: product.subjectId, quantity: 3 }] } }))
        .placeOrder,
    );

    const read = await signedIn(shop.readUrl, 'customer', customerId);
    const { order } = await read.request(OrderById, { id: placed.subjectId, atLeast: placed.position });
    expect(order).toMatchObject({
      id: placed.subjectId,
      customerId,
      status: 'PLACED',
      totalCents: 1350,
      lines: [
        {
          productId: product.subjectId,
          quantity: 3,
          unitPriceCents: 450,
          product: { id: product.subjectId, stock: 7 },
        },
      ],
    });
  });

  it('answers domain failures as data: a quantity of 0 is a ValidationError naming the field', async () => {
    const product = await registerProduct(5);
    const write = await signedIn(shop.writeUrl, 'customer', `req-${randomUUID()}`);

    const invalid = await write.request(PlaceOrder, {
      input: { lines: [{ productId: product.subjectId, quantity: 0 }] },
    });
    expect(invalid.placeOrder).toEqual({
      __typename: 'ValidationError',
      message: expect.any(String) as string,
      fields: [{ field: 'lines.0.quantity', message: expect.any(String) as string }],
    });

    const tooMany = await write.request(PlaceOrder, {
      input: { lines: [{ productId: product.subjectId, quantity: 6 }] },
    });
    expect(tooMany.placeOrder).toEqual({
      __typename: 'InsufficientStockError',
      message: expect.any(String) as string,
      productId: product.subjectId,
      available: 5,
      requested: 6,
    });
  });

  it('throws a ClientError for a refusal: FORBIDDEN for the role, UNAUTHENTICATED (401) without a token', async () => {
    const product = await registerProduct(1);
    const variables = { input: { productId: product.subjectId, quantity: 1 } };
    const refusal = (client: GraphQLClient) =>
      client.request(RestockProduct, variables).then(
        () => undefined,
        (error: unknown) => error,
      );

    const forbidden = await refusal(await signedIn(shop.writeUrl, 'customer'));
    expect(forbidden).toBeInstanceOf(ClientError);
    expect((forbidden as ClientError).response.errors?.map((error) => error.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);

    const anonymous = await refusal(new GraphQLClient(shop.writeUrl));
    expect(anonymous).toBeInstanceOf(ClientError);
    expect((anonymous as ClientError).response.status).toBe(401);
    expect((anonymous as ClientError).response.errors?.map((error) => error.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});
