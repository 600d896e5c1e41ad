import { randomUUID } from 'node:crypto';
import {
  allProjections,
  products,
  projectionDeadLetters,
  projectionNames,
  rebuildProjections,
} from '@sluice/projections';
import {
  authHeader,
  eventStoreBackends,
  firstSubscriptionResult,
  postGraphQL,
  type GraphQLResponse,
} from '@sluice/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSalesStats } from './read-models/sales';
import { startReadSide, type ReadSide } from './test-support/read-side-harness';

const PRODUCT = 'id sku name priceCents stock unitsSold discontinued version position createdAt updatedAt';
const LINES = 'lines { productId quantity unitPriceCents lineTotalCents product { id name priceCents } }';
const ORDER = `id customerId status totalCents placedAt paidAt shippedAt cancelledAt cancelReason version position ${LINES}`;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface Product {
  id: string;
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
  unitsSold: number;
  discontinued: boolean;
  position: string;
  createdAt: string;
}
interface Page<T> {
  totalCount: number;
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}
interface Line {
  productId: string;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  product: { id: string; name: string; priceCents: number } | null;
}
interface Order {
  id: string;
  status: string;
  totalCents: number;
  paidAt: string | null;
  cancelledAt: string | null;
  lines: Line[];
}
interface SalesStats {
  id: string;
  ordersPlaced: number;
  ordersPaid: number;
  ordersShipped: number;
  ordersCancelled: number;
  revenueCents: number;
  position: string;
  topProducts: Array<{ product: { id: string }; unitsSold: number; revenueCents: number }>;
}

const tag = () => randomUUID().slice(0, 8).toUpperCase();
const refusalCode = async (response: Response) =>
  ((await response.json()) as GraphQLResponse<unknown>).errors?.[0]?.extensions?.['code'];

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`read gateway over HTTP on ${backend.name}`, () => {
    let side: ReadSide;

    beforeAll(async () => {
      side = await startReadSide(backend);
    });

    afterAll(async () => {
      await side?.close();
    });

    async function read<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const response = await side.query<T>(query, variables);
      expect(response.errors).toBeUndefined();
      return response.data as T;
    }

    async function product(name: string, sku = `P-${tag()}`, priceCents = 1000, initialStock = 50) {
      return (await side.write.registerProduct({ sku, name, priceCents, initialStock })).id;
    }

    const salesQuery = `{ salesStats { id ordersPlaced ordersPaid ordersShipped ordersCancelled revenueCents position
      topProducts(limit: 100) { product { id } unitsSold revenueCents } } }`;

    it('answers zeros and unapplied projections before anything happened', async () => {
      const data = await read<{ salesStats: SalesStats; projections: unknown[] }>(
        `{ salesStats { id ordersPlaced ordersPaid ordersShipped ordersCancelled revenueCents position topProducts { unitsSold } }
           projections { id name position lag updatedAt } }`,
      );
      expect(data.salesStats).toEqual({
        id: 'sales-stats',
        ordersPlaced: 0,
        ordersPaid: 0,
        ordersShipped: 0,
        ordersCancelled: 0,
        revenueCents: 0,
        position: '0',
        topProducts: [],
      });
      expect(data.projections).toEqual(
        projectionNames.map((name) => ({ id: name, name, position: '0', lag: 0, updatedAt: null })),
      );
    });

    it('serves GraphiQL to a browser', async () => {
      const response = await fetch(side.readUrl, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('GraphiQL');
    });

    it('reports how far each projection trails the log, and catches up to 0', async () => {
      const { position } = await side.write.registerProduct({
        sku: `LAG-${tag()}`,
        name: 'Lag',
        priceCents: 1,
      });
      const query = '{ projections { name position lag updatedAt } }';
      const before = await read<{ projections: Array<{ lag: number; position: string }> }>(query);
      expect(before.projections.map((p) => p.lag).every((lag) => lag > 0)).toBe(true);
      await side.catchUp();
      const after = await read<{
        projections: Array<{ name: string; lag: number; position: string; updatedAt: string }>;
      }>(query);
      expect(after.projections.map((p) => p.name)).toEqual(projectionNames);
      for (const status of after.projections) {
        expect(status).toMatchObject({ lag: 0, position });
        expect(status.updatedAt).toMatch(ISO_UTC);
      }
    });

    it('shows each projection LIVE, or FAILING with the dead letters it set aside', async () => {
      const query = `{ projections { name state deadLetterCount
        deadLetters { id projection position type error attempts deadLetteredAt } } }`;
      type Status = { name: string; state: string; deadLetterCount: number; deadLetters: unknown[] };
      const live = await read<{ projections: Status[] }>(query);
      expect(live.projections.every((p) => p.state === 'LIVE' && p.deadLetterCount === 0)).toBe(true);

      await side.projections.db.insert(projectionDeadLetters).values([
        {
          projection: 'sales',
          position: 7n,
          eventId: 'e7',
          type: 'OrderPaid',
          error: 'sales: boom',
          attempts: 3,
        },
        {
          projection: 'sales',
          position: 9n,
          eventId: 'e9',
          type: 'OrderPaid',
          error: 'sales: boom',
          attempts: 3,
        },
        // Retried already: it no longer waits.
        {
          projection: 'sales',
          position: 5n,
          eventId: 'e5',
          type: 'OrderPaid',
          error: 'sales: boom',
          attempts: 3,
          resolution: 'retried',
          resolvedAt: new Date(),
        },
      ]);
      const failing = await read<{ projections: Status[] }>(query);
      const byName = new Map(failing.projections.map((p) => [p.name, p]));
      expect(byName.get('sales')).toMatchObject({
        state: 'FAILING',
        deadLetterCount: 2,
        deadLetters: [
          {
            id: 'sales:9',
            projection: 'sales',
            position: '9',
            type: 'OrderPaid',
            error: 'sales: boom',
            attempts: 3,
          },
          { id: 'sales:7', position: '7' },
        ],
      });
      for (const other of failing.projections.filter((p) => p.name !== 'sales'))
        expect(other).toMatchObject({ state: 'LIVE', deadLetterCount: 0, deadLetters: [] });
      await side.projections.db.delete(projectionDeadLetters);
    });

    it('shows the generation serving, the code that built it, and a rebuild under way', async () => {
      await product('Generation', `GEN-${tag()}`, 1, 1);
      await side.catchUp();
      const query = `{ projections { name state generation codeVersion stale
        rebuild { generation codeVersion position lag startedAt } } }`;
      type Status = {
        name: string;
        state: string;
        generation: number;
        codeVersion: number | null;
        stale: boolean;
        rebuild: {
          generation: number;
          codeVersion: number;
          position: string;
          lag: number;
          startedAt: string;
        } | null;
      };
      const statuses = async () =>
        new Map((await read<{ projections: Status[] }>(query)).projections.map((p) => [p.name, p]));
      const before = await statuses();
      expect(before.get('orders')).toMatchObject({
        state: 'LIVE',
        codeVersion: 1,
        stale: false,
        rebuild: null,
      });

      // A rebuild held after its first page of the log, while the gateway is asked.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let paused!: () => void;
      const pausing = new Promise<void>((resolve) => (paused = resolve));
      let reads = 0;
      const store = Object.assign(Object.create(side.store) as typeof side.store, {
        async readAllAfter(position: bigint, limit: number) {
          if (++reads === 2) {
            paused();
            await held;
          }
          return side.store.readAllAfter(position, limit);
        },
      });
      const rebuild = rebuildProjections(side.projections, store, {
        projections: allProjections,
        batchSize: 1,
      });
      await pausing;
      const during = await statuses();
      const generation = before.get('orders')!.generation;
      expect(during.get('orders')).toMatchObject({
        state: 'REBUILDING',
        generation,
        rebuild: { generation: generation + 1, codeVersion: 1 },
      });
      expect(during.get('orders')!.rebuild!.lag).toBeGreaterThan(0);
      expect(during.get('orders')!.rebuild!.startedAt).toMatch(ISO_UTC);
      release();
      await rebuild;

      const after = await statuses();
      expect(after.get('orders')).toMatchObject({ state: 'LIVE', generation: generation + 1, rebuild: null });
      await side.projections.session.query(
        `update projection_generations set code_version = 0 where projection = 'sales' and state = 'live'`,
        [],
      );
      expect((await statuses()).get('sales')).toMatchObject({ stale: true, codeVersion: 0 });
      await side.projections.session.query(
        `update projection_generations set code_version = 1 where projection = 'sales' and state = 'live'`,
        [],
      );
    });

    it('finds a product by id and by SKU, and null when absent', async () => {
      const sku = `MUG-${tag()}`;
      const id = await product('Blue mug', sku, 1250, 7);
      await side.catchUp();
      const data = await read<{ byId: Product; bySku: Product; missing: null; missingSku: null }>(
        `query ($id: ID!, $sku: String!, $other: ID!) {
          byId: product(id: $id) { ${PRODUCT} } bySku: productBySku(sku: $sku) { ${PRODUCT} }
          missing: product(id: $other) { id } missingSku: productBySku(sku: "NO-SUCH-SKU") { id } }`,
        { id, sku, other: randomUUID() },
      );
      expect(data.byId).toMatchObject({
        id,
        sku,
        name: 'Blue mug',
        priceCents: 1250,
        stock: 7,
        unitsSold: 0,
        discontinued: false,
        version: 1,
      });
      expect(data.byId.position).toMatch(/^[1-9][0-9]*$/);
      expect(data.byId.createdAt).toMatch(ISO_UTC);
      expect(data.bySku).toEqual(data.byId);
      expect(data.missing).toBeNull();
      expect(data.missingSku).toBeNull();
    });

    it('searches names and SKUs case-insensitively, hiding discontinued products unless asked', async () => {
      const t = tag();
      const teapot = await product(`Teapot ${t}`, `TP-${t}`);
      const kettle = await product(`Kettle ${t}`, `KT-${t}-STEEL`);
      const retired = await product(`Old teapot ${t}`, `OLD-${t}`);
      await side.write.send('discontinueProduct', { productId: retired });
      await side.catchUp();
      const search = async (text: string, includeDiscontinued?: boolean) => {
        const data = await read<{ products: Page<Product> }>(
          `query ($s: String, $d: Boolean) { products(search: $s, includeDiscontinued: $d) { totalCount edges { node { id } } } }`,
          { s: text, d: includeDiscontinued },
        );
        expect(data.products.totalCount).toBe(data.products.edges.length);
        return data.products.edges.map((edge) => edge.node.id);
      };
      expect(await search(`teapot ${t.toLowerCase()}`)).toEqual([teapot]);
      expect(await search(`kt-${t.toLowerCase()}-st`)).toEqual([kettle]);
      expect(await search(`  ${t}  `)).toEqual([kettle, teapot]);
      expect(await search(t, false)).toEqual([kettle, teapot]);
      expect(await search(t, true)).toEqual([retired, kettle, teapot]);
    });

    it('takes % and _ in a search literally', async () => {
      const t = tag();
      const percent = await product(`Cotton 50% ${t}`);
      await product(`Cotton 50x ${t}`);
      await product(`Cotton 5_0 ${t}`);
      await side.catchUp();
      const data = await read<{ p: Page<Product>; u: Page<Product> }>(
        `{ p: products(search: "50% ${t}") { edges { node { id } } } u: products(search: "_0 ${t}") { edges { node { name } } } }`,
      );
      expect(data.p.edges.map((edge) => edge.node.id)).toEqual([percent]);
      expect(data.u.edges.map((edge) => edge.node.name)).toEqual([`Cotton 5_0 ${t}`]);
    });

    it('pages through products newest first across 3 pages, without gaps or repeats', async () => {
      const t = tag();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push(await product(`Page ${t} #${i}`));
      await side.catchUp();
      const seen: string[] = [];
      const infos: Array<Page<Product>['pageInfo']> = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const data: { products: Page<Product> } = await read(
          `query ($after: String) { products(first: 3, after: $after, search: "Page ${t}") {
            totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
          { after },
        );
        expect(data.products.totalCount).toBe(7);
        expect(data.products.pageInfo.startCursor).toBe(data.products.edges[0]?.cursor);
        expect(data.products.pageInfo.endCursor).toBe(data.products.edges.at(-1)?.cursor);
        seen.push(...data.products.edges.map((edge) => edge.node.id));
        infos.push(data.products.pageInfo);
        after = data.products.pageInfo.endCursor;
      }
      expect(seen).toEqual([...ids].reverse());
      expect(infos.map((info) => [info.hasPreviousPage, info.hasNextPage])).toEqual([
        [false, true],
        [true, true],
        [true, false],
      ]);
    });

    it('lists orders by customer and status with their lines at the price when placed', async () => {
      const customerId = `cust-${tag()}`;
      const [lamp, shade, bulb] = [`Lamp ${tag()}`, `Shade ${tag()}`, `Bulb ${tag()}`];
      const a = await product(lamp, undefined, 1000);
      const b = await product(shade, undefined, 250);
      const c = await product(bulb, undefined, 99);
      const first = await side.write.placeOrder(customerId, [
        { productId: a, quantity: 2 },
        { productId: b, quantity: 1 },
        { productId: c, quantity: 3 },
      ]);
      await side.write.send('changeProductPrice', { productId: a, priceCents: 5000 });
      const second = await side.write.placeOrder(customerId, [{ productId: a, quantity: 1 }]);
      await side.write.send('payOrder', { orderId: second.id, amountCents: 5000 });
      await side.write.placeOrder(`other-${tag()}`, [{ productId: a, quantity: 1 }]);
      await side.catchUp();

      const all = await read<{ orders: Page<Order> }>(
        `query ($c: ID) { orders(customerId: $c) { totalCount edges { node { ${ORDER} } } } }`,
        { c: customerId },
      );
      expect(all.orders.totalCount).toBe(2);
      expect(all.orders.edges.map((edge) => edge.node.id)).toEqual([second.id, first.id]);
      const placed = all.orders.edges[1]!.node;
      expect(placed).toMatchObject({ status: 'PLACED', totalCents: 2547, paidAt: null });
      expect(placed.lines).toEqual([
        {
          productId: a,
          quantity: 2,
          unitPriceCents: 1000,
          lineTotalCents: 2000,
          product: { id: a, name: lamp, priceCents: 5000 },
        },
        {
          productId: b,
          quantity: 1,
          unitPriceCents: 250,
          lineTotalCents: 250,
          product: { id: b, name: shade, priceCents: 250 },
        },
        {
          productId: c,
          quantity: 3,
          unitPriceCents: 99,
          lineTotalCents: 297,
          product: { id: c, name: bulb, priceCents: 99 },
        },
      ]);
      expect(all.orders.edges[0]!.node).toMatchObject({ status: 'PAID', totalCents: 5000 });
      expect(all.orders.edges[0]!.node.paidAt).toMatch(ISO_UTC);

      const byStatus = await read<{ paid: Page<Order>; open: Page<Order>; one: Order }>(
        `query ($c: ID, $id: ID!) {
          paid: orders(customerId: $c, status: PAID) { totalCount edges { node { id } } }
          open: orders(customerId: $c, status: PLACED) { totalCount edges { node { id } } }
          one: order(id: $id) { id status lines { product { id } } } }`,
        { c: customerId, id: first.id },
      );
      expect(byStatus.paid.edges.map((edge) => edge.node.id)).toEqual([second.id]);
      expect(byStatus.open.edges.map((edge) => edge.node.id)).toEqual([first.id]);
      expect([byStatus.paid.totalCount, byStatus.open.totalCount]).toEqual([1, 1]);
      expect(byStatus.one.lines.map((line) => line.product?.id)).toEqual([a, b, c]);
    });

    it('counts every order that reached each status, and takes a cancelled payment back', async () => {
      await side.catchUp();
      const before = (await read<{ salesStats: SalesStats }>(salesQuery)).salesStats;
      const [p1, p2, p3, p4] = [
        await product(`Top ${tag()}`, undefined, 300),
        await product(`Mid ${tag()}`, undefined, 100),
        await product(`None ${tag()}`, undefined, 100),
        await product(`Pricey ${tag()}`, undefined, 500),
      ];
      const customer = `sales-${tag()}`;
      const shipped = await side.write.placeOrder(customer, [{ productId: p1, quantity: 2 }]);
      await side.write.send('payOrder', { orderId: shipped.id, amountCents: 600 });
      await side.write.send('shipOrder', { orderId: shipped.id });
      const refunded = await side.write.placeOrder(customer, [{ productId: p2, quantity: 5 }]);
      await side.write.send('payOrder', { orderId: refunded.id, amountCents: 500 });
      await side.write.send('cancelOrder', { orderId: refunded.id, reason: 'changed mind' });
      const abandoned = await side.write.placeOrder(customer, [{ productId: p3, quantity: 1 }]);
      await side.write.send('cancelOrder', { orderId: abandoned.id });
      const small = await side.write.placeOrder(customer, [{ productId: p2, quantity: 1 }]);
      await side.write.send('payOrder', { orderId: small.id, amountCents: 100 });
      const pricey = await side.write.placeOrder(customer, [{ productId: p4, quantity: 1 }]);
      const last = await side.write.send('payOrder', { orderId: pricey.id, amountCents: 500 });
      await side.catchUp();

      const after = (await read<{ salesStats: SalesStats }>(salesQuery)).salesStats;
      expect({
        placed: after.ordersPlaced - before.ordersPlaced,
        paid: after.ordersPaid - before.ordersPaid,
        shipped: after.ordersShipped - before.ordersShipped,
        cancelled: after.ordersCancelled - before.ordersCancelled,
        revenue: after.revenueCents - before.revenueCents,
      }).toEqual({ placed: 5, paid: 4, shipped: 1, cancelled: 2, revenue: 600 + 100 + 500 });
      expect(after.position).toBe(last.position);
      // One entity, whatever it holds: a normalizing cache updates it in place.
      expect([before.id, after.id]).toEqual(['sales-stats', 'sales-stats']);

      const ours = after.topProducts.filter((sale) => [p1, p2, p3, p4].includes(sale.product.id));
      expect(ours).toEqual([
        { product: { id: p1 }, unitsSold: 2, revenueCents: 600 },
        { product: { id: p4 }, unitsSold: 1, revenueCents: 500 },
        { product: { id: p2 }, unitsSold: 1, revenueCents: 100 },
      ]);
      const ranks = after.topProducts.map((sale) => [sale.unitsSold, sale.revenueCents] as const);
      for (let i = 1; i < ranks.length; i++) {
        const [[u0, r0], [u1, r1]] = [ranks[i - 1]!, ranks[i]!];
        expect(u0 > u1 || (u0 === u1 && r0 >= r1)).toBe(true);
      }
      const top = await read<{ salesStats: { topProducts: unknown[] }; p2: Product; p3: Product }>(
        `query ($p2: ID!, $p3: ID!) { salesStats { topProducts { unitsSold } }
          p2: product(id: $p2) { unitsSold } p3: product(id: $p3) { unitsSold } }`,
        { p2, p3 },
      );
      expect(top.salesStats.topProducts.length).toBeLessThanOrEqual(5);
      expect([top.p2.unitsSold, top.p3.unitsSold]).toEqual([1, 0]);
    });

    it('answers a query with atLeast only once the projections have applied that position', async () => {
      const sku = `FRESH-${tag()}`;
      const { id, position } = await side.write.registerProduct({ sku, name: 'Fresh', priceCents: 10 });
      const query = `query ($id: ID!, $at: Position) {
        now: product(id: $id) { id sku } fresh: product(id: $id, atLeast: $at) { id sku } }`;
      expect((await read<{ fresh: null }>(query, { id })).fresh).toBeNull();
      const waiting = side.nextWait();
      const answer = side.query<{ now: Product | null; fresh: Product | null }>(query, { id, at: position });
      expect(await waiting).toBe(BigInt(position));
      await side.catchUp();
      const response = await answer;
      expect(response.errors).toBeUndefined();
      // The field without atLeast may have read (and cached) the product before it was projected;
      // the one with atLeast must not be served that older answer.
      expect(response.data?.fresh).toEqual({ id, sku });
    });

    it('answers a mutation by saying where mutations go', async () => {
      const { errors } = await side.query(
        'mutation { registerProduct(input: { sku: "X-1", name: "x", priceCents: 1 }) { __typename } }',
      );
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({
        message: expect.stringContaining('send mutations to the write gateway') as string,
        extensions: { code: 'MUTATION_ON_READ_GATEWAY' },
      });
    });

    it('answers STALE_READ for a position the projections do not reach in time', async () => {
      // Far past the head: positions step by 65,536 per transaction anywhere on the cluster.
      const future = String((await side.catchUp()) + 2n ** 48n);
      const response = await postGraphQL(
        side.impatientUrl,
        `{ salesStats(atLeast: "${future}") { ordersPlaced } }`,
        undefined,
        await authHeader('analyst'),
      );
      expect(response.errors?.[0]).toMatchObject({
        message: `The read models have not reached position ${future} yet; retry later.`,
        extensions: { code: 'STALE_READ', position: future },
      });
    });

    it('answers BAD_USER_INPUT for a malformed cursor, a negative first or limit', async () => {
      for (const query of [
        '{ products(after: "not a cursor") { totalCount } }',
        `{ orders(after: "${Buffer.from('abc').toString('base64url')}") { totalCount } }`,
        '{ products(first: -1) { totalCount } }',
        '{ orders(first: -5) { totalCount } }',
        '{ salesStats { topProducts(limit: -1) { unitsSold } } }',
      ]) {
        const response = await side.query(query);
        expect(response.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      }
    });

    it('rejects a too deep or too aliased query, naming the limit it broke', async () => {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: products { totalCount }`).join(' ');
      const nested = (levels: number) =>
        `{ ${'... on Query { '.repeat(levels)}salesStats { ordersPlaced }${' }'.repeat(levels)} }`;
      const refusals = [
        [`{ ${aliases} }`, 'TOO_MANY_ALIASES', 'aliases: 50, limit 20'],
        [nested(15), 'QUERY_TOO_DEEP', 'depth: 17, limit 12'],
      ];
      for (const [query, code, figures] of refusals) {
        const response = await side.query(query!);
        expect(response.data ?? undefined).toBeUndefined();
        expect(response.errors?.[0]?.message).toBe(
          `Query rejected: it exceeds the limits of this server (${figures}).`,
        );
        expect(response.errors?.[0]?.extensions?.['code']).toBe(code);
      }
      expect((await side.query(nested(5))).errors).toBeUndefined();
    });

    it('refuses a body over the limit (413) or of undeclared length (411), before reading it', async () => {
      const post = (body: BodyInit) =>
        fetch(side.readUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          duplex: 'half',
        } as RequestInit);
      const query = '{ products(first: 1) { totalCount } }';
      const tooLarge = await post(JSON.stringify({ query: `${query} # ${'x'.repeat(1_100_000)}` }));
      expect(tooLarge.status).toBe(413);
      expect(await refusalCode(tooLarge)).toBe('PAYLOAD_TOO_LARGE');
      const streamed = await post(new Blob([JSON.stringify({ query })]).stream());
      expect(streamed.status).toBe(411);
      expect(await refusalCode(streamed)).toBe('LENGTH_REQUIRED');
      expect((await side.query(query)).errors).toBeUndefined();
    });

    it('pushes the sales figures under the id their query answers, for a cache to update in place', async () => {
      side.feed.salesStats.push(await currentSalesStats(side.projections.db));
      const result = await firstSubscriptionResult<{ salesStatsChanged: { id: string } }>(
        side.readUrl,
        'subscription { salesStatsChanged { id ordersPlaced } }',
        undefined,
        await authHeader('analyst'),
      );
      expect(result.data?.salesStatsChanged.id).toBe('sales-stats');
    });

    it('delivers what the live feed yields to a subscription', async () => {
      const id = await product(`Live ${tag()}`);
      await side.catchUp();
      const [row] = await side.projections.db.select().from(products).where(eq(products.id, id));
      side.feed.products.push(row!);
      const result = await firstSubscriptionResult<{ productChanged: Product }>(
        side.readUrl,
        'subscription ($id: ID) { productChanged(id: $id) { id name unitsSold createdAt } }',
        { id },
      );
      expect(result.data?.productChanged).toMatchObject({ id, unitsSold: 0 });
      expect(result.data?.productChanged.createdAt).toMatch(ISO_UTC);
    });
  });
}
