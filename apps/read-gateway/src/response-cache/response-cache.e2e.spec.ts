import { randomUUID } from 'node:crypto';
import { allProjections, announceReadModelsChanged, rebuildProjections } from '@sluice/projections';
import {
  authHeader,
  eventStoreBackends,
  postGraphQL,
  testToken,
  type GraphQLResponse,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startReadSide, type ReadSide } from '../test-support/read-side-harness';

const backends = await eventStoreBackends();
const tag = () => randomUUID().slice(0, 8);

interface Named {
  product: { name: string; stock: number } | null;
}

describe.each(backends)(
  'the read gateway keeps answers while the read models stand still ($name)',
  (backend) => {
    if (backend.skip) {
      it.skip(backend.skip, () => {});
      return;
    }
    let side: ReadSide;
    let operator: Record<string, string>;

    beforeAll(async () => {
      side = await startReadSide(backend);
      operator = await authHeader('operator', 'cache-operator');
    });

    afterAll(async () => {
      await side?.close();
    });

    const cached = <T>(query: string, variables?: Record<string, unknown>, headers = operator) =>
      postGraphQL<T>(side.cachedUrl, query, variables, headers);

    async function registered(stock = 10): Promise<string> {
      const { id } = await side.write.registerProduct({
        sku: `C-${tag().toUpperCase()}`,
        name: 'As registered',
        priceCents: 500,
        initialStock: stock,
      });
      await side.catchUp();
      return id;
    }

    /** Changes a product's row behind the projector's back: nothing announces it. */
    async function renameUnannounced(id: string, name: string): Promise<void> {
      await side.projections.session.query(`update products set name = $1::text where id = $2::text`, [
        name,
        id,
      ]);
    }

    const byId = 'query ($id: ID!) { product(id: $id) { name stock } }';

    it('answers a query asked again from memory, and reads afresh once the projections apply more', async () => {
      const id = await registered();
      expect((await cached<Named>(byId, { id })).data?.product).toEqual({ name: 'As registered', stock: 10 });

      await renameUnannounced(id, 'Renamed behind its back');
      // The plain gateway reads the row; the cached one answers as before, the models not having moved.
      expect((await side.query<Named>(byId, { id })).data?.product?.name).toBe('Renamed behind its back');
      expect((await cached<Named>(byId, { id })).data?.product?.name).toBe('As registered');

      await side.write.send('restockProduct', { productId: id, quantity: 5 });
      await side.catchUp();
      expect((await cached<Named>(byId, { id })).data?.product).toEqual({
        name: 'Renamed behind its back',
        stock: 15,
      });
    });

    it('reads afresh after a change announced without the position moving, from any connection', async () => {
      const id = await registered();
      expect((await cached<Named>(byId, { id })).data?.product?.name).toBe('As registered');
      await renameUnannounced(id, 'Changed and announced');
      await side.projections.session.transaction((tx) => announceReadModelsChanged(tx));
      await vi.waitFor(
        async () =>
          expect((await cached<Named>(byId, { id })).data?.product?.name).toBe('Changed and announced'),
        { timeout: 5_000, interval: 20 },
      );
    });

    it("serves a rebuild's rows once it switches", async () => {
      const id = await registered();
      await renameUnannounced(id, 'Corrupted');
      // A document not asked before: what it keeps is the corrupted row.
      const aliased = 'query ($id: ID!) { corrupted: product(id: $id) { name } }';
      expect((await cached<{ corrupted: { name: string } }>(aliased, { id })).data?.corrupted.name).toBe(
        'Corrupted',
      );

      await rebuildProjections(side.projections, side.store, { projections: allProjections });
      await vi.waitFor(
        async () =>
          expect((await cached<{ corrupted: { name: string } }>(aliased, { id })).data?.corrupted.name).toBe(
            'As registered',
          ),
        { timeout: 5_000, interval: 20 },
      );
    });

    it("never gives one caller's answer to another", async () => {
      const productId = await registered();
      const [alice, bob] = [`alice-${tag()}`, `bob-${tag()}`];
      const { id } = await side.write.placeOrder(alice, [{ productId, quantity: 1 }]);
      await side.catchUp();
      const order = 'query ($id: ID!) { order(id: $id) { id customerId } }';
      const asAlice = await authHeader('customer', alice);
      for (let i = 0; i < 2; i++)
        expect((await cached<{ order: unknown }>(order, { id }, asAlice)).data?.order).toEqual({
          id,
          customerId: alice,
        });

      expect(
        (await cached<{ order: unknown }>(order, { id }, await authHeader('customer', bob))).data?.order,
      ).toBeNull();
      const anonymous = await postGraphQL<{ order: unknown }>(side.cachedUrl, order, { id }, {});
      expect(anonymous.data?.order ?? null).toBeNull();
      expect((await cached<{ order: unknown }>(order, { id })).data?.order).toEqual({
        id,
        customerId: alice,
      });

      const list = '{ orders(first: 100) { edges { node { id } } } }';
      const listed = (response: GraphQLResponse<{ orders: { edges: Array<{ node: { id: string } }> } }>) =>
        response.data?.orders.edges.map(({ node }) => node.id);
      expect(listed(await cached(list, {}, asAlice))).toEqual([id]);
      expect(listed(await cached(list, {}, await authHeader('customer', bob)))).toEqual([]);
    });

    it('keeps no answer that does not follow the read models: the log, as of the past, the token', async () => {
      const productId = await registered();
      const history = `query ($id: ID!) { history(productId: $id) { edges { node { type } } } }`;
      const asOf = `query ($id: ID!) { product(id: $id, asOf: { time: "2999-01-01T00:00:00.000Z" }) { stock } }`;
      const types = (response: GraphQLResponse<{ history: { edges: Array<{ node: { type: string } }> } }>) =>
        response.data?.history.edges.map(({ node }) => node.type);
      expect(types(await cached(history, { id: productId }))).toEqual(['ProductRegistered']);
      expect((await cached<Named>(asOf, { id: productId })).data?.product?.stock).toBe(10);

      // In the log, not yet in the read models: the version has not moved.
      await side.write.send('restockProduct', { productId, quantity: 1 });
      expect(types(await cached(history, { id: productId }))).toEqual([
        'ProductRestocked',
        'ProductRegistered',
      ]);
      expect((await cached<Named>(asOf, { id: productId })).data?.product?.stock).toBe(11);
      await side.catchUp();

      const me = '{ me { id expiresAt } }';
      const expiries = await Promise.all(
        [600, 1200].map(async (ttl) => {
          const headers = { authorization: `Bearer ${await testToken('operator', 'cache-me', ttl)}` };
          return (await cached<{ me: { expiresAt: string } }>(me, {}, headers)).data?.me.expiresAt;
        }),
      );
      expect(new Set(expiries).size).toBe(2);
    });

    it('answers the same query asked at once alike, and lets no request wait on one that failed', async () => {
      const id = await registered();
      await renameUnannounced(id, 'Asked at once');
      await side.write.send('restockProduct', { productId: id, quantity: 1 });
      await side.catchUp();
      const answers = await Promise.all(Array.from({ length: 20 }, () => cached<Named>(byId, { id })));
      for (const answer of answers)
        expect(answer.data?.product).toEqual({ name: 'Asked at once', stock: 11 });

      // Never reached: each answers STALE_READ (after 200 ms), none is kept or shared.
      const stale = 'query ($id: ID!) { product(id: $id, atLeast: "999999999999") { name } }';
      const refused = await Promise.all(Array.from({ length: 5 }, () => cached<Named>(stale, { id })));
      for (const answer of refused) expect(answer.errors?.[0]?.extensions?.code).toBe('STALE_READ');
    });

    it("sends no validators a browser or proxy could revalidate one caller's answer for another with", async () => {
      const id = await registered();
      const url = `${side.cachedUrl}?query=${encodeURIComponent(byId)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
      const get = async (headers: Record<string, string>) => {
        const response = await fetch(url, { headers });
        const body = response.status === 200 ? ((await response.json()) as { data: Named }) : undefined;
        return { status: response.status, etag: response.headers.get('etag'), body };
      };
      const asAlice = await authHeader('customer', `alice-${tag()}`);
      for (let i = 0; i < 2; i++) {
        const answer = await get({ ...operator });
        expect(answer).toMatchObject({ status: 200, etag: null, body: { data: { product: { stock: 10 } } } });
      }
      // Whatever a client revalidates with, it is answered in full, as itself.
      for (const validator of ['*', 'W/"anything"']) {
        expect(await get({ ...asAlice, 'if-none-match': validator })).toMatchObject({
          status: 200,
          etag: null,
        });
      }
    });

    it('adds nothing of its own to an answer', async () => {
      expect((await postGraphQL(side.cachedUrl, '{ me { roles } }', {}, {})).data).toEqual({
        me: { roles: [] },
      });
      await registered();
      const page = '{ products(first: 1) { edges { node { name } } } }';
      for (let i = 0; i < 2; i++) {
        const answer = (await cached(page)).data;
        expect(JSON.stringify(answer)).toBe(JSON.stringify((await side.query(page)).data));
        expect(JSON.stringify(answer)).toContain('"name"');
      }
    });
  },
);
