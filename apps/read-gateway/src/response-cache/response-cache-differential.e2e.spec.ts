import { allProjections, rebuildProjections } from '@sluice/projections';
import { appendRandomShopHistory, authHeader, eventStoreBackends, postGraphQL } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReadSide, type ReadSide } from '../test-support/read-side-harness';

const backends = await eventStoreBackends();

const PRODUCT = 'id sku name category priceCents stock unitsSold discontinued version position';
const ORDER =
  'id customerId status totalCents paidAt cancelledAt version position lines { productId quantity product { name } }';

/** What the shop's callers ask, as [query, variables, who]. */
type Asked = [string, Record<string, unknown>, Record<string, string>];

/**
 * The response cache is a fast path beside reading the models for every query: after random
 * shop histories applied in chunks, with a rebuild between some of them, every question asked of
 * the caching gateway (twice: kept, then from memory) is answered as the plain gateway answers it.
 */
describe.each(backends)(
  'answers kept while the read models stand still equal answers read ($name)',
  (backend) => {
    if (backend.skip) {
      it.skip(backend.skip, () => {});
      return;
    }
    let side: ReadSide;

    beforeAll(async () => {
      side = await startReadSide(backend);
    });

    afterAll(async () => {
      await side?.close();
    });

    async function questions(tag: string): Promise<Asked[]> {
      const operator = await authHeader('operator', 'differential-operator');
      const analyst = await authHeader('analyst', 'differential-analyst');
      const listed = await postGraphQL<{
        orders: { edges: Array<{ node: { id: string; customerId: string } }> };
      }>(side.readUrl, '{ orders(first: 100) { edges { node { id customerId } } } }', {}, operator);
      const orders = (listed.data?.orders.edges ?? []).map(({ node }) => node).slice(0, 4);
      const asked: Asked[] = [
        [
          `{ products(first: 20) { totalCount edges { cursor node { ${PRODUCT} } } pageInfo { hasNextPage endCursor } } }`,
          {},
          {},
        ],
        [
          `query ($s: String) { products(first: 50, search: $s, includeDiscontinued: true) { edges { node { ${PRODUCT} } } } }`,
          { s: tag },
          operator,
        ],
        [`query ($id: ID!) { product(id: $id) { ${PRODUCT} } }`, { id: `${tag}-product-1` }, {}],
        [`{ orders(first: 30) { totalCount edges { node { ${ORDER} } } } }`, {}, operator],
        [`{ orders(first: 30, status: PAID) { edges { node { ${ORDER} } } } }`, {}, operator],
        [
          `{ salesStats { ordersPlaced ordersPaid ordersShipped ordersCancelled revenue position topProducts(limit: 10) { unitsSold revenue product { id name } } } }`,
          {},
          analyst,
        ],
      ];
      for (const { id, customerId } of orders) {
        const customer = await authHeader('customer', customerId);
        asked.push([`query ($id: ID!) { order(id: $id) { ${ORDER} } }`, { id }, customer]);
        asked.push([`{ orders(first: 10) { edges { node { id status } } } }`, {}, customer]);
      }
      return asked;
    }

    async function expectSameAnswers(tag: string): Promise<void> {
      for (const [query, variables, headers] of await questions(tag)) {
        const read = await postGraphQL(side.readUrl, query, variables, headers);
        expect(read.errors, query).toBeUndefined();
        for (let time = 0; time < 2; time++)
          expect(await postGraphQL(side.cachedUrl, query, variables, headers), query).toEqual(read);
      }
    }

    it.each([11, 29, 47])('after each chunk of the history of seed %i, and after a rebuild', async (seed) => {
      const tag = `diff${seed}`;
      for (let chunk = 0; chunk < 4; chunk++) {
        await appendRandomShopHistory(side.store, {
          seed: seed * 10 + chunk,
          steps: 15,
          tag: `${tag}c${chunk}`,
        });
        await side.catchUp();
        await expectSameAnswers(`${tag}c${chunk}`);
        if (chunk === 1) {
          await rebuildProjections(side.projections, side.store, { projections: allProjections });
          await expectSameAnswers(`${tag}c${chunk}`);
        }
      }
    });
  },
);
