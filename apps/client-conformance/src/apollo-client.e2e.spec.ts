import { randomUUID } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { testToken } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createShopApollo, type ShopApollo } from './clients/apollo-client';
import { ProductById, ProductChanged, ProductFields, Products } from './documents/catalog.read';
import { PayOrder, PlaceOrder, RegisterProduct, RestockProduct } from './documents/commands.write';
import { OrderById, Orders } from './documents/orders.read';
import { SalesFields, SalesStatsChanged, SalesStatsQuery } from './documents/sales.read';
import { accepted } from './test-support/accepted';
import { startShop, uniqueSku, until, untilLive, urlOf, type RunningShop } from './test-support/running-shop';

describe('Apollo Client 4 over both gateways (split link, normalized cache)', () => {
  let shop: RunningShop;
  let operator: ShopApollo;
  const opened: ShopApollo[] = [];
  /** Every HTTP request the operator's client sent to the read gateway. */
  const operatorReads: string[] = [];

  beforeAll(async () => {
    shop = await startShop();
    operator = await apollo('operator', undefined, (input, init) => {
      if (urlOf(input) === shop.readUrl) operatorReads.push(typeof init?.body === 'string' ? init.body : '');
      return fetch(input, init);
    });
  });

  afterAll(async () => {
    for (const client of opened) await client.dispose();
    await shop?.stop();
  });

  async function apollo(
    role: 'operator' | 'customer' | 'analyst',
    sub?: string,
    countingFetch?: typeof fetch,
  ): Promise<ShopApollo> {
    const created = createShopApollo({
      writeUrl: shop.writeUrl,
      readUrl: shop.readUrl,
      token: await testToken(role, sub),
      ...(countingFetch ? { fetch: countingFetch } : {}),
    });
    opened.push(created);
    return created;
  }

  async function registerProduct(sku: string, priceCents = 1200, initialStock = 50) {
    const { data } = await operator.client.mutate({
      mutation: RegisterProduct,
      variables: { input: { sku, name: `Product ${sku}`, priceCents, initialStock } },
    });
    return accepted(data?.registerProduct);
  }

  it('registers a product, places and pays an order as an operator, and reads them back', async () => {
    const sku = uniqueSku('APOLLO');
    const product = await registerProduct(sku, 1500, 10);
    expect(product.eventTypes).toEqual(['ProductRegistered', 'SkuClaimed']);

    // A domain failure is data: `... on Error { message }` needs possibleTypes to match.
    const duplicate = await operator.client.mutate({
      mutation: RegisterProduct,
      variables: { input: { sku, name: 'Again', priceCents: 100 } },
    });
    expect(duplicate.data?.registerProduct).toMatchObject({
      __typename: 'DuplicateSkuError',
      sku,
      message: expect.stringContaining(sku) as string,
    });

    const customerId = `apollo-${randomUUID()}`;
    const placed = accepted(
      (
        await operator.client.mutate({
          mutation: PlaceOrder,
          variables: { input: { customerId, lines: [{ productId: product.subjectId, quantity: 2 }] } },
        })
      ).data?.placeOrder,
    );
    // One atomic append: the order's stream and the product's (its stock reserved).
    expect(placed.streams.map((stream) => stream.streamId).sort()).toEqual(
      [placed.subjectId, product.subjectId].sort(),
    );
    const paid = accepted(
      (
        await operator.client.mutate({
          mutation: PayOrder,
          variables: { input: { orderId: placed.subjectId, amountCents: 3000 } },
        })
      ).data?.payOrder,
    );

    const { data } = await operator.client.query({
      query: OrderById,
      variables: { id: placed.subjectId, atLeast: paid.position },
    });
    expect(data?.order).toMatchObject({
      id: placed.subjectId,
      customerId,
      status: 'PAID',
      totalCents: 3000,
      lines: [
        {
          productId: product.subjectId,
          quantity: 2,
          unitPriceCents: 1500,
          product: { id: product.subjectId },
        },
      ],
    });
    const { data: read } = await operator.client.query({
      query: ProductById,
      variables: { id: product.subjectId, atLeast: paid.position },
    });
    expect(read?.product).toMatchObject({ sku, stock: 8, unitsSold: 2 });
  });

  it('needs the generated possibleTypes: without them `... on Error { message }` is dropped', async () => {
    const sku = uniqueSku('NOTYPES');
    await registerProduct(sku);
    const bare = new ApolloClient({
      link: new HttpLink({
        uri: shop.writeUrl,
        headers: { authorization: `Bearer ${await testToken('operator')}` },
      }),
      cache: new InMemoryCache(),
    });
    const variables = { input: { sku, name: 'Again', priceCents: 100 } };
    // Apollo says so on the console in development: caught here, and checked.
    const said: unknown[] = [];
    const spies = (['warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((message: unknown) => void said.push(message)),
    );
    try {
      const { data } = await bare.mutate({ mutation: RegisterProduct, variables });
      expect(data?.registerProduct).toEqual({ __typename: 'DuplicateSkuError', sku });
    } finally {
      for (const spy of spies) spy.mockRestore();
      bare.stop();
    }
    expect(said.some((message) => String(message).includes('possibleTypes'))).toBe(true);
  });

  it('applies a pushed productChanged to the normalized Product in the cache, without refetching', async () => {
    const product = await registerProduct(uniqueSku('PUSH'), 900, 5);
    const { client } = operator;
    const { data } = await client.query({
      query: ProductById,
      variables: { id: product.subjectId, atLeast: product.position },
    });
    expect(data?.product).toMatchObject({ id: product.subjectId, stock: 5 });

    const pushes: Array<{ stock: number; version: number }> = [];
    const subscription = client
      .subscribe({ query: ProductChanged, variables: { id: product.subjectId } })
      .subscribe((result) => {
        if (result.data) pushes.push(result.data.productChanged);
      });
    const restock = (quantity: number) =>
      client.mutate({
        mutation: RestockProduct,
        variables: { input: { productId: product.subjectId, quantity } },
      });
    await untilLive(
      () => pushes.length,
      () => restock(1),
    );
    const readsBefore = operatorReads.length;

    const done = accepted((await restock(4)).data?.restockProduct);
    // The product reflects the command once its version reaches what the command wrote to its stream.
    const written = done.streams.find((stream) => stream.streamId === product.subjectId)!;
    await until('the pushed restock', () => pushes.some((push) => push.version >= written.version));
    subscription.unsubscribe();
    const pushed = pushes.at(-1)!;

    const cached = client.cache.readFragment({
      id: client.cache.identify({ __typename: 'Product', id: product.subjectId }),
      fragment: ProductFields,
    });
    expect(cached).toMatchObject({ id: product.subjectId, stock: pushed.stock, version: written.version });
    expect(pushed.stock).toBeGreaterThanOrEqual(9);
    // The query read earlier answers from the cache with the pushed state.
    const query = client.readQuery({
      query: ProductById,
      variables: { id: product.subjectId, atLeast: product.position },
    });
    expect(query?.product?.stock).toBe(pushed.stock);
    expect(operatorReads.length).toBe(readsBefore);
  });

  it('pages through products with fetchMore and merges the edges (relay-style pagination)', async () => {
    const search = uniqueSku('PAGE');
    const skus: string[] = [];
    let last = '';
    for (let i = 0; i < 5; i++) {
      skus.push(`${search}-${i}`);
      last = (await registerProduct(`${search}-${i}`)).position;
    }
    const newestFirst = [...skus].reverse();
    const { client } = operator;
    const watched = client.watchQuery({ query: Products, variables: { first: 2, search, atLeast: last } });
    const subscription = watched.subscribe(() => undefined);
    const page = () => client.readQuery({ query: Products, variables: { first: 2, search } })?.products;
    await until('the first page', () => page() !== null && page() !== undefined);
    expect(page()?.edges.map((edge) => edge.node.sku)).toEqual(newestFirst.slice(0, 2));
    expect(page()?.totalCount).toBe(5);

    await watched.fetchMore({ variables: { after: page()?.pageInfo.endCursor } });
    expect(page()?.edges.map((edge) => edge.node.sku)).toEqual(newestFirst.slice(0, 4));
    expect(page()?.pageInfo.hasNextPage).toBe(true);

    await watched.fetchMore({ variables: { after: page()?.pageInfo.endCursor } });
    expect(page()?.edges.map((edge) => edge.node.sku)).toEqual(newestFirst);
    expect(page()?.pageInfo.hasNextPage).toBe(false);
    subscription.unsubscribe();
  });

  it('shows a customer only their own orders', async () => {
    const product = await registerProduct(uniqueSku('MINE'));
    const ada = `ada-${randomUUID()}`;
    const bob = `bob-${randomUUID()}`;
    const place = async (customerId: string) =>
      accepted(
        (
          await operator.client.mutate({
            mutation: PlaceOrder,
            variables: { input: { customerId, lines: [{ productId: product.subjectId, quantity: 1 }] } },
          })
        ).data?.placeOrder,
      );
    const adas = await place(ada);
    const bobs = await place(bob);

    const customer = await apollo('customer', ada);
    // A customer places their own orders: the customer id comes from the token.
    const own = accepted(
      (
        await customer.client.mutate({
          mutation: PlaceOrder,
          variables: { input: { lines: [{ productId: product.subjectId, quantity: 1 }] } },
        })
      ).data?.placeOrder,
    );
    const { data } = await customer.client.query({
      query: Orders,
      variables: { first: 100, atLeast: own.position },
    });
    const orders = data!.orders.edges.map((edge) => edge.node);
    expect(orders.map((order) => order.id).sort()).toEqual([adas.subjectId, own.subjectId].sort());
    expect(orders.every((order) => order.customerId === ada)).toBe(true);

    // Another customer's order reads like a missing one.
    const other = await customer.client.query({
      query: OrderById,
      variables: { id: bobs.subjectId, atLeast: bobs.position },
    });
    expect(other.data?.order).toBeNull();
  });

  it('surfaces a refused operation as FORBIDDEN', async () => {
    const product = await registerProduct(uniqueSku('REFUSED'));
    const customer = await apollo('customer', `carol-${randomUUID()}`);
    const refused = await customer.client
      .mutate({
        mutation: RestockProduct,
        variables: { input: { productId: product.subjectId, quantity: 1 } },
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(CombinedGraphQLErrors.is(refused)).toBe(true);
    expect((refused as CombinedGraphQLErrors).errors.map((error) => error.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('keeps the sales figures as one cached entity that salesStatsChanged pushes update', async () => {
    const product = await registerProduct(uniqueSku('SALES'), 700);
    const analyst = await apollo('analyst');
    const { client } = analyst;
    const { data: before } = await client.query({ query: SalesStatsQuery, variables: {} });
    const statsId = before!.salesStats.id;

    const pushes: Array<{ ordersPaid: number; position: string }> = [];
    const subscription = client.subscribe({ query: SalesStatsChanged }).subscribe((result) => {
      if (result.data) pushes.push(result.data.salesStatsChanged);
    });
    const placeAndPay = async () => {
      const placed = accepted(
        (
          await operator.client.mutate({
            mutation: PlaceOrder,
            variables: {
              input: { customerId: 'sales-fan', lines: [{ productId: product.subjectId, quantity: 1 }] },
            },
          })
        ).data?.placeOrder,
      );
      const paid = await operator.client.mutate({
        mutation: PayOrder,
        variables: { input: { orderId: placed.subjectId, amountCents: 700 } },
      });
      return accepted(paid.data?.payOrder);
    };
    await untilLive(() => pushes.length, placeAndPay);
    const last = await placeAndPay();
    await until('the last payment pushed', () =>
      pushes.some((push) => BigInt(push.position) >= BigInt(last.position)),
    );
    subscription.unsubscribe();
    const pushed = pushes.at(-1)!;
    expect(pushed.ordersPaid).toBeGreaterThanOrEqual(before!.salesStats.ordersPaid + 2);

    // One entity, SalesStats:<id>, which the query's answer and every push update.
    expect(client.cache.identify({ __typename: 'SalesStats', id: statsId })).toBe(`SalesStats:${statsId}`);
    const entity = client.cache.readFragment({
      id: client.cache.identify({ __typename: 'SalesStats', id: statsId }),
      fragment: SalesFields,
    });
    expect(entity).toMatchObject({ id: statsId, ordersPaid: pushed.ordersPaid, position: pushed.position });
    const cached = client.readQuery({ query: SalesStatsQuery, variables: {} });
    expect(cached?.salesStats.ordersPaid).toBe(pushed.ordersPaid);
  });
});
