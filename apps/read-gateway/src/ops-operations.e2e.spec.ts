import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import { InProcessBus, Relay } from '@sluice/messaging';
import {
  holdProjectorLock,
  openPgliteProjections,
  openPostgresProjections,
  type OpenedProjections,
} from '@sluice/projections';
import { applyWithBuggySales } from '@sluice/projections/testing/sales-dead-letters';
import {
  appendDomainEvents,
  authHeader,
  eventStoreBackends,
  placeAndPay,
  placeOrdersThenPay,
  postGraphQL,
  productRegisteredEvent,
  testAuthSecret,
  type GraphQLResponse,
  type OpenedStore,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReadGatewayConfig } from './config';
import { startReadSide, type RunningReadSide } from './read-side';

interface Status {
  name: string;
  state: string;
  position: string;
  lag: number;
  lagSeconds: number;
  deadLetterCount: number;
  deadLetters: Array<{ projection: string; position: string; type: string; error: string }>;
}
interface Outcome {
  __typename: string;
  message?: string;
  projection?: string;
  position?: string;
  resolution?: string;
}

const STATUS = `{ projections { name state position lag lagSeconds deadLetterCount
  deadLetters { projection position type error } } }`;
const RETRY = `mutation ($projection: String!, $position: Position!) {
  retryDeadLetter(projection: $projection, position: $position) {
    __typename ... on DeadLetterActionError { message } ... on DeadLetterResolved { projection position resolution } } }`;
const SKIP = `mutation ($projection: String!, $position: Position!) {
  skipDeadLetter(projection: $projection, position: $position) {
    __typename ... on DeadLetterActionError { message } ... on DeadLetterResolved { projection position resolution } } }`;

const RETRY_OUT_OF_ORDER = `mutation ($projection: String!, $position: Position!) {
  retryDeadLetter(projection: $projection, position: $position) {
    __typename ... on DeadLetterRetryOutOfOrderError { projection position laterPosition message } } }`;

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`the operators' read-side operations on ${backend.name}`, () => {
    let opened: OpenedStore;
    let projections: OpenedProjections;
    let side: RunningReadSide;
    let relay: Relay;
    let productId: string;
    /** Four payments the buggy deployment set aside in sales, oldest first, after every order was placed. */
    let letters: bigint[];
    const bus = new InProcessBus();
    let operator: Record<string, string>;

    const ask = <T>(query: string, variables?: Record<string, unknown>, headers = operator) =>
      postGraphQL<T>(`${side.url}/graphql`, query, variables, headers);
    /** An operator's retry of a sales dead letter: what the mutation answered. */
    const retrySales = async (position: string, query = RETRY) =>
      (await ask<{ retryDeadLetter: Outcome }>(query, { projection: 'sales', position })).data
        ?.retryDeadLetter;
    const statusOf = async (name: string) =>
      (await ask<{ projections: Status[] }>(STATUS)).data!.projections.find((one) => one.name === name)!;
    const ordersPaid = async () =>
      (await ask<{ salesStats: { ordersPaid: number } }>('{ salesStats { ordersPaid } }')).data!.salesStats
        .ordersPaid;

    beforeAll(async () => {
      operator = await authHeader('operator');
      opened = await backend.open();
      projections = opened.pglite
        ? await openPgliteProjections(opened.pglite)
        : await openPostgresProjections(opened.databaseUrl ?? '');
      productId = randomUUID();
      await appendDomainEvents(opened.store, [productId, 0, productRegisteredEvent(productId, 100)]);
      await placeOrdersThenPay(opened.store, productId, 1, 4);
      letters = await applyWithBuggySales(projections.session, opened.store);
      relay = new Relay({ store: opened.store, bus, checkpointIntervalMs: 50 });
      await relay.start();
      const config = {
        ...readReadGatewayConfig({ AUTH_SECRET: testAuthSecret }),
        port: 0,
        host: '127.0.0.1',
      };
      const logger = createConsoleLogger('ops-test', { silent: true });
      side = await startReadSide({ config, store: opened.store, projections, bus, logger });
    });

    afterAll(async () => {
      await side?.stop();
      await relay?.stop();
      await bus.close();
      await projections?.close();
      await opened?.cleanup();
    });

    it('refuses the relay, retries and skips to anyone but an operator', async () => {
      const asks = [
        { field: 'relay', query: '{ relay { position lag } }', variables: {} },
        {
          field: 'retryDeadLetter',
          query: RETRY,
          variables: { projection: 'sales', position: String(letters[0]) },
        },
        {
          field: 'skipDeadLetter',
          query: SKIP,
          variables: { projection: 'sales', position: String(letters[0]) },
        },
      ];
      const callers = [
        { who: 'anonymous', headers: {}, code: 'UNAUTHENTICATED', status: 401 },
        { who: 'customer', headers: await authHeader('customer', 'ada'), code: 'FORBIDDEN', status: 200 },
        { who: 'analyst', headers: await authHeader('analyst', 'ana'), code: 'FORBIDDEN', status: 200 },
      ];
      for (const { field, query, variables } of asks)
        for (const { who, headers, code, status } of callers) {
          const response: GraphQLResponse<Record<string, unknown>> = await ask(query, variables, headers);
          expect(response.errors?.[0]?.extensions?.code, `${field} as ${who}`).toBe(code);
          expect(response.status, `${field} as ${who}`).toBe(status);
          expect(response.data?.[field] ?? null, `${field} as ${who}`).toBeNull();
        }
      // Nothing was retried or skipped meanwhile.
      expect((await statusOf('sales')).deadLetterCount).toBe(4);
    });

    it("shows an operator the relay's position and lag, caught up with the log's head", async () => {
      const head = String(await opened.store.head());
      await expect
        .poll(async () => (await ask<{ relay: unknown }>('{ relay { head position lag lagSeconds } }')).data)
        .toEqual({ relay: { head, position: head, lag: 0, lagSeconds: 0 } });
    });

    it('shows sales failing with its dead letters, each with its event and error, and no lag', async () => {
      const sales = await statusOf('sales');
      expect(sales).toMatchObject({ state: 'FAILING', lag: 0, lagSeconds: 0, deadLetterCount: 4 });
      expect(sales.deadLetters.map((letter) => letter.position)).toEqual(letters.map(String).reverse());
      expect(sales.deadLetters[0]).toMatchObject({
        projection: 'sales',
        type: 'OrderPaid',
        error: expect.stringContaining('a bug in the sales projection') as string,
      });
      expect(await statusOf('orders')).toMatchObject({ state: 'LIVE', deadLetterCount: 0 });
    });

    it('retries a dead letter: the running code applies its event, and it waits no more', async () => {
      const paidBefore = await ordersPaid();
      const first = String(letters[0]);
      const retried = await retrySales(first);
      expect(retried).toEqual({
        __typename: 'DeadLetterResolved',
        projection: 'sales',
        position: first,
        resolution: 'RETRIED',
      });
      expect(await ordersPaid()).toBe(paidBefore + 1);
      const sales = await statusOf('sales');
      expect(sales.deadLetterCount).toBe(3);
      expect(sales.deadLetters.map((letter) => letter.position)).not.toContain(first);

      const again = await retrySales(first);
      expect(again).toEqual({
        __typename: 'DeadLetterNotWaitingError',
        message: `sales has no dead letter waiting at position ${first}`,
      });
      expect(await ordersPaid()).toBe(paidBefore + 1);
    });

    it('skips a dead letter: it waits no more, and the projection goes on past it', async () => {
      const paidBefore = await ordersPaid();
      const second = String(letters[1]);
      const skipped = await ask<{ skipDeadLetter: Outcome }>(SKIP, { projection: 'sales', position: second });
      expect(skipped.data?.skipDeadLetter).toMatchObject({
        __typename: 'DeadLetterResolved',
        resolution: 'SKIPPED',
      });
      const sales = await statusOf('sales');
      expect(sales.deadLetters.map((letter) => letter.position)).toEqual(
        [letters[3], letters[2]].map(String),
      );
      expect(BigInt(sales.position)).toBeGreaterThan(letters[1]!);
      expect(await ordersPaid()).toBe(paidBefore);
    });

    it('answers a projection that does not exist, and a bad position, as clearly as they are wrong', async () => {
      const unknown = await ask<{ skipDeadLetter: Outcome }>(SKIP, { projection: 'stock', position: '1' });
      expect(unknown.data?.skipDeadLetter).toEqual({
        __typename: 'DeadLetterNotWaitingError',
        message: 'no projection is called "stock": it is one of products, orders, sales, timeline',
      });
      const bad = await ask(RETRY, { projection: 'sales', position: 'first' });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it("still tells where the shop's own mutations go", async () => {
      const response = await ask(
        'mutation { registerProduct(input: { sku: "X", name: "x", priceCents: 1 }) { __typename } }',
      );
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({
        message: expect.stringContaining('send mutations to the write gateway') as string,
        extensions: { code: 'MUTATION_ON_READ_GATEWAY' },
      });
    });

    if (backend.name === 'PostgreSQL')
      it('refuses a retry while another read gateway applies events to the database, and lets it be after', async () => {
        const third = String(letters[2]);
        const other = await holdProjectorLock(projections.client!);
        try {
          const refused = await retrySales(third);
          expect(refused).toMatchObject({
            __typename: 'DeadLetterRetryRefusedError',
            message: expect.stringContaining('read gateways are applying events to this database') as string,
          });
          expect((await statusOf('sales')).deadLetterCount).toBe(2);
        } finally {
          await other.release();
        }
        const retried = await retrySales(third);
        expect(retried).toMatchObject({ __typename: 'DeadLetterResolved' });
        expect((await statusOf('sales')).deadLetterCount).toBe(1);
      });

    it('refuses to retry a dead letter out of order once sales applied a later event, and says where it is', async () => {
      const paidBefore = await ordersPaid();
      // A payment made now is applied by the live projector, past the waiting dead letters.
      const orderId = await placeAndPay(opened.store, productId, 5, 1);
      await expect.poll(ordersPaid).toBe(paidBefore + 1);
      const placed = (await opened.store.readAllAfter(letters[3]!, 100)).find(
        (event) => event.type === 'OrderPlaced' && (event.data as { orderId: string }).orderId === orderId,
      );

      const last = String(letters[3]);
      const refused = await retrySales(last, RETRY_OUT_OF_ORDER);
      expect(refused).toEqual({
        __typename: 'DeadLetterRetryOutOfOrderError',
        projection: 'sales',
        position: last,
        laterPosition: String(placed!.position),
        message: expect.stringContaining(
          "Rebuild the projection instead ('npx sluice projections rebuild sales')",
        ) as string,
      });
      const sales = await statusOf('sales');
      expect(sales.deadLetters.map((letter) => letter.position)).toContain(last);
      expect(await ordersPaid()).toBe(paidBefore + 1);
    });
  });
}
