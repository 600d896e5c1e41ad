import { testToken } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShopUrql, type ShopUrql } from './clients/urql-clients';
import { ProductChanged, Products } from './documents/catalog.read';
import { RegisterProduct, RestockProduct } from './documents/commands.write';
import { accepted } from './test-support/accepted';
import { startShop, uniqueSku, until, untilLive, urlOf, type RunningShop } from './test-support/running-shop';

describe('urql (@urql/core, its defaults) with subscriptionExchange over graphql-ws', () => {
  let shop: RunningShop;
  const opened: ShopUrql[] = [];
  /** The method and URL of every HTTP request the clients sent. */
  const requests: Array<{ method: string; url: string }> = [];
  const recordingFetch: typeof fetch = (input, init) => {
    requests.push({ method: init?.method ?? 'GET', url: urlOf(input) });
    return fetch(input, init);
  };

  beforeAll(async () => {
    shop = await startShop();
  });

  afterAll(async () => {
    for (const client of opened) await client.dispose();
    await shop?.stop();
  });

  async function urql(role: 'operator' | 'customer'): Promise<ShopUrql> {
    const token = await testToken(role);
    const created = createShopUrql({
      writeUrl: shop.writeUrl,
      readUrl: shop.readUrl,
      token,
      fetch: recordingFetch,
    });
    opened.push(created);
    return created;
  }

  async function register(client: ShopUrql, sku: string) {
    const input = { sku, name: `Product ${sku}`, priceCents: 800, initialStock: 3 };
    const result = await client.write.mutation(RegisterProduct, { input }).toPromise();
    expect(result.error).toBeUndefined();
    return accepted(result.data?.registerProduct);
  }

  // Queries as GET need the read gateway to serve GET without Yoga's CSRF header.
  it('runs a mutation, queries products over GET and is pushed productChanged', async () => {
    const client = await urql('operator');
    const sku = uniqueSku('URQL');
    const product = await register(client, sku);

    const page = await client.read.query(Products, { search: sku, atLeast: product.position }).toPromise();
    expect(page.error).toBeUndefined();
    expect(page.data?.products.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: product.subjectId, sku, stock: 3, priceCents: 800 }),
    ]);
    expect(requests.filter((request) => request.url.startsWith(shop.readUrl))).toEqual([
      { method: 'GET', url: expect.stringContaining('?query=') as string },
    ]);

    const pushes: number[] = [];
    const subscription = client.read
      .subscription(ProductChanged, { id: product.subjectId })
      .subscribe((result) => {
        if (result.data) pushes.push(result.data.productChanged.stock);
      });
    const restock = (quantity: number) =>
      client.write
        .mutation(RestockProduct, { input: { productId: product.subjectId, quantity } })
        .toPromise();
    await untilLive(
      () => pushes.length,
      () => restock(1),
    );
    const before = pushes.at(-1)!;
    accepted((await restock(6)).data?.restockProduct);
    await until('the pushed restock', () => pushes.includes(before + 6));
    subscription.unsubscribe();
  });

  it('surfaces a refused mutation as FORBIDDEN', async () => {
    const product = await register(await urql('operator'), uniqueSku('URQL-NO'));
    const customer = await urql('customer');
    const result = await customer.write
      .mutation(RestockProduct, { input: { productId: product.subjectId, quantity: 1 } })
      .toPromise();
    expect(result.error?.graphQLErrors.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });
});
