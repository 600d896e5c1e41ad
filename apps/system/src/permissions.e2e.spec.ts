import { randomUUID } from 'node:crypto';
import type { Role } from '@sluice/auth';
import {
  authHeader,
  postGraphQL,
  subscribeSse,
  subscribeWs,
  testAuthSecret,
  writeClient,
  wsClient,
  type GraphQLResponse,
  type Received,
  type WriteClient,
} from '@sluice/testing';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from './start-system';
import { modes, startSystemIn } from './test-support/system-modes';

/** Every kind of caller the permission table has a column for, and a second customer. */
const callers = {
  anonymous: undefined,
  customer: { role: 'customer', sub: 'ada' },
  analyst: { role: 'analyst', sub: 'ana' },
  operator: { role: 'operator', sub: 'olga' },
  otherCustomer: { role: 'customer', sub: 'bob' },
} as const satisfies Record<string, { role: Role; sub: string } | undefined>;

type Who = keyof typeof callers;
type Column = Exclude<Who, 'otherCustomer'>;
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const columns: readonly Column[] = ['anonymous', 'customer', 'analyst', 'operator'];
const everyone: Record<Column, Outcome> = {
  anonymous: 'allowed',
  customer: 'allowed',
  analyst: 'allowed',
  operator: 'allowed',
};
const operatorsOnly: Record<Column, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  customer: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
  operator: 'allowed',
};
const customersAndOperators: Record<Column, Outcome> = { ...operatorsOnly, customer: 'allowed' };
const analystsAndOperators: Record<Column, Outcome> = { ...operatorsOnly, analyst: 'allowed' };

async function headersOf(who: Who): Promise<Record<string, string>> {
  const caller = callers[who];
  return caller ? authHeader(caller.role, caller.sub) : {};
}

/** What a response says of one root field: answered, or refused with which code. */
function outcomeOf(response: GraphQLResponse<Record<string, unknown>>, field: string): string {
  const error =
    response.errors?.find((one) => (one as { path?: string[] }).path?.[0] === field) ?? response.errors?.[0];
  if (error) return typeof error.extensions?.code === 'string' ? error.extensions.code : error.message;
  return response.data?.[field] === undefined ? 'no answer' : 'allowed';
}

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`who may do what, on ${mode.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void>;
    let operator: WriteClient;
    let productId: string;
    let sku: string;
    /** Orders of the customer (ada) and of the other customer (bob), placed by an operator. */
    let ownOrder: string;
    let othersOrder: string;
    const clients: Client[] = [];
    const streams: Array<Received<unknown>> = [];

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, { AUTH_SECRET: testAuthSecret }));
      operator = writeClient(system.writeUrl);
      sku = `SKU-${randomUUID().slice(0, 8).toUpperCase()}`;
      productId = (await operator.registerProduct({ sku, name: 'Mug', priceCents: 100, initialStock: 1000 }))
        .id;
      ownOrder = (await operator.placeOrder('ada', [{ productId, quantity: 1 }])).id;
      othersOrder = (await operator.placeOrder('bob', [{ productId, quantity: 1 }])).id;
    });

    afterAll(async () => {
      for (const stream of streams) stream.stop();
      for (const client of clients) await client.dispose();
      await cleanup?.();
    });

    describe('queries over HTTP', () => {
      const queries: Array<{ field: string; query: string; rule: Record<Column, Outcome> }> = [
        { field: 'product', query: 'query ($p: ID!) { product(id: $p) { id } }', rule: everyone },
        {
          field: 'productBySku',
          query: 'query ($sku: String!) { productBySku(sku: $sku) { id } }',
          rule: everyone,
        },
        { field: 'products', query: '{ products { totalCount } }', rule: everyone },
        {
          field: 'order',
          query: 'query ($own: ID!) { order(id: $own) { id } }',
          rule: customersAndOperators,
        },
        { field: 'orders', query: '{ orders { totalCount } }', rule: customersAndOperators },
        { field: 'salesStats', query: '{ salesStats { ordersPlaced } }', rule: analystsAndOperators },
        { field: 'projections', query: '{ projections { name } }', rule: operatorsOnly },
        { field: 'relay', query: '{ relay { position lag } }', rule: operatorsOnly },
        { field: 'me', query: '{ me { id roles } }', rule: everyone },
      ];
      for (const { field, query, rule } of queries) {
        it(`${field}: ${JSON.stringify(rule)}`, async () => {
          for (const who of columns) {
            const variables = { p: productId, sku, own: ownOrder };
            const response = await postGraphQL(system.readUrl, query, variables, await headersOf(who));
            expect(outcomeOf(response, field), who).toBe(rule[who]);
            if (rule[who] === 'UNAUTHENTICATED') expect(response.status, who).toBe(401);
          }
        });
      }

      it("answers a customer's read of another customer's order exactly as a missing one", async () => {
        const headers = await headersOf('customer');
        const query = 'query ($id: ID!) { order(id: $id) { id customerId } }';
        const others = await postGraphQL(system.readUrl, query, { id: othersOrder }, headers);
        const missing = await postGraphQL(system.readUrl, query, { id: randomUUID() }, headers);
        expect(others).toEqual(missing);
        expect(others.data).toEqual({ order: null });
        const own = await postGraphQL(system.readUrl, query, { id: ownOrder }, headers);
        expect(own.data).toEqual({ order: { id: ownOrder, customerId: 'ada' } });
      });

      it("lists a customer's own orders only, whatever customerId they ask for", async () => {
        const query = 'query ($c: ID) { orders(customerId: $c) { edges { node { customerId } } } }';
        const headers = await headersOf('customer');
        for (const asked of [undefined, 'ada', 'bob']) {
          const response = await postGraphQL<{ orders: { edges: Array<{ node: { customerId: string } }> } }>(
            system.readUrl,
            query,
            { c: asked },
            headers,
          );
          const owners = new Set(response.data!.orders.edges.map((edge) => edge.node.customerId));
          expect([...owners], String(asked)).toEqual(asked === 'bob' ? [] : ['ada']);
        }
        const all = await postGraphQL<{ orders: { edges: Array<{ node: { customerId: string } }> } }>(
          system.readUrl,
          query,
          {},
          await headersOf('operator'),
        );
        expect(new Set(all.data!.orders.edges.map((edge) => edge.node.customerId))).toEqual(
          new Set(['ada', 'bob']),
        );
      });

      it('tells every caller who it is with me', async () => {
        for (const url of [system.readUrl, system.writeUrl]) {
          const query = '{ me { id roles } }';
          expect((await postGraphQL(url, query, {}, await headersOf('anonymous'))).data).toEqual({
            me: { id: null, roles: [] },
          });
          expect((await postGraphQL(url, query, {}, await headersOf('customer'))).data).toEqual({
            me: { id: 'ada', roles: ['CUSTOMER'] },
          });
        }
      });
    });

    describe('mutations over HTTP', () => {
      const mutation = (name: string, input: string) =>
        `mutation ($input: ${input}!) { ${name}(input: $input) { __typename ... on Error { message } } }`;
      const rows: Array<{
        field: string;
        input: string;
        rule: Record<Column, Outcome>;
        variables: (who: Column) => Record<string, unknown>;
      }> = [
        {
          field: 'registerProduct',
          input: 'RegisterProductInput',
          rule: operatorsOnly,
          variables: (who) => ({
            sku: `R-${who.toUpperCase()}-${randomUUID().slice(0, 6).toUpperCase()}`,
            name: 'Cup',
            priceCents: 10,
          }),
        },
        {
          field: 'changeProductPrice',
          input: 'ChangeProductPriceInput',
          rule: operatorsOnly,
          variables: () => ({ productId, priceCents: 100 }),
        },
        {
          field: 'restockProduct',
          input: 'RestockProductInput',
          rule: operatorsOnly,
          variables: () => ({ productId, quantity: 1 }),
        },
        {
          field: 'placeOrder',
          input: 'PlaceOrderInput',
          rule: customersAndOperators,
          variables: (who) => ({
            ...(who === 'operator' ? { customerId: 'ada' } : {}),
            lines: [{ productId, quantity: 1 }],
          }),
        },
        {
          field: 'payOrder',
          input: 'PayOrderInput',
          rule: customersAndOperators,
          variables: () => ({ orderId: ownOrder, amountCents: 100 }),
        },
        {
          field: 'shipOrder',
          input: 'ShipOrderInput',
          rule: operatorsOnly,
          variables: () => ({ orderId: ownOrder }),
        },
        {
          field: 'cancelOrder',
          input: 'CancelOrderInput',
          rule: customersAndOperators,
          variables: () => ({ orderId: ownOrder }),
        },
        {
          field: 'discontinueProduct',
          input: 'DiscontinueProductInput',
          rule: operatorsOnly,
          variables: () => ({ productId: randomUUID() }),
        },
      ];
      for (const { field, input, rule, variables } of rows) {
        it(`${field}: ${JSON.stringify(rule)}`, async () => {
          for (const who of columns) {
            const response = await postGraphQL(
              system.writeUrl,
              mutation(field, input),
              { input: variables(who) },
              await headersOf(who),
            );
            expect(outcomeOf(response, field), `${who}: ${JSON.stringify(response)}`).toBe(rule[who]);
            if (rule[who] === 'UNAUTHENTICATED') expect(response.status, who).toBe(401);
          }
        });
      }

      // The read side's own mutations, on the read gateway: an operator is answered that no dead
      // letter waits there; anyone else is refused before anything is looked at.
      for (const field of ['retryDeadLetter', 'skipDeadLetter'])
        it(`${field} (read gateway): ${JSON.stringify(operatorsOnly)}`, async () => {
          const query = `mutation { ${field}(projection: "sales", position: "1") { __typename ... on DeadLetterActionError { message } } }`;
          for (const who of columns) {
            const response = await postGraphQL(system.readUrl, query, {}, await headersOf(who));
            expect(outcomeOf(response, field), `${who}: ${JSON.stringify(response)}`).toBe(
              operatorsOnly[who],
            );
            if (operatorsOnly[who] === 'UNAUTHENTICATED') expect(response.status, who).toBe(401);
          }
        });

      it("refuses a customer's order for someone else, and hides others' orders from pay and cancel", async () => {
        const headers = await headersOf('customer');
        const placed = await postGraphQL(
          system.writeUrl,
          mutation('placeOrder', 'PlaceOrderInput'),
          { input: { customerId: 'bob', lines: [{ productId, quantity: 1 }] } },
          headers,
        );
        expect(outcomeOf(placed, 'placeOrder')).toBe('FORBIDDEN');

        const missingId = randomUUID();
        for (const [field, input, extra] of [
          ['payOrder', 'PayOrderInput', { amountCents: 100 }],
          ['cancelOrder', 'CancelOrderInput', {}],
        ] as const) {
          const others = await postGraphQL<Record<string, { __typename: string; message: string }>>(
            system.writeUrl,
            mutation(field, input),
            { input: { orderId: othersOrder, ...extra } },
            headers,
          );
          const missing = await postGraphQL<Record<string, { __typename: string; message: string }>>(
            system.writeUrl,
            mutation(field, input),
            { input: { orderId: missingId, ...extra } },
            headers,
          );
          expect(others.data![field]!.__typename).toBe('NotFoundError');
          expect(others.data![field]!.message.replace(othersOrder, '<id>')).toBe(
            missing.data![field]!.message.replace(missingId, '<id>'),
          );
        }
        const read = await postGraphQL<{ order: { status: string } }>(
          system.readUrl,
          'query ($id: ID!) { order(id: $id) { status } }',
          { id: othersOrder },
          await headersOf('operator'),
        );
        expect(read.data?.order.status).toBe('PLACED');
      });
    });

    describe('subscriptions over WebSocket and SSE', () => {
      const subscriptions: Array<{ field: string; query: string; rule: Record<Column, Outcome> }> = [
        { field: 'productChanged', query: 'subscription { productChanged { id stock } }', rule: everyone },
        {
          field: 'orderChanged',
          query: 'subscription { orderChanged { id customerId status } }',
          rule: customersAndOperators,
        },
        {
          field: 'salesStatsChanged',
          query: 'subscription { salesStatsChanged { ordersPlaced } }',
          rule: analystsAndOperators,
        },
        {
          field: 'events',
          query: 'subscription { events { streamId type metadata } }',
          rule: operatorsOnly,
        },
      ];

      interface Opened {
        who: Who;
        field: string;
        transport: 'ws' | 'sse';
        expected: Outcome;
        received: Received<Record<string, unknown>>;
      }

      async function open(
        who: Who,
        transport: 'ws' | 'sse',
        query: string,
        variables?: Record<string, unknown>,
      ) {
        const headers = await headersOf(who);
        let received: Received<Record<string, unknown>>;
        if (transport === 'sse') {
          received = subscribeSse(system.readUrl, query, variables, headers);
        } else {
          const client = wsClient(system.readUrl, headers);
          clients.push(client);
          received = subscribeWs(client, query, variables);
        }
        streams.push(received);
        return received;
      }

      it('allows and refuses each one as the table says, and never pushes another customer’s order', async () => {
        const opened: Opened[] = [];
        for (const transport of ['ws', 'sse'] as const) {
          for (const { field, query, rule } of subscriptions) {
            for (const who of columns) {
              opened.push({
                who,
                field,
                transport,
                expected: rule[who],
                received: await open(who, transport, query),
              });
            }
          }
        }
        // A customer asking for someone else's orders by customer or by id is given none of them.
        const prying: Array<Received<Record<string, unknown>>> = [];
        for (const transport of ['ws', 'sse'] as const) {
          prying.push(
            await open(
              'customer',
              transport,
              'subscription ($c: ID) { orderChanged(customerId: $c) { id customerId } }',
              {
                c: 'bob',
              },
            ),
            await open(
              'customer',
              transport,
              'subscription ($id: ID) { orderChanged(id: $id) { id customerId } }',
              {
                id: othersOrder,
              },
            ),
          );
        }

        // Changes that every subscription hears of, until each has answered (pushed or refused).
        const poke = async () => {
          await operator.send('restockProduct', { productId, quantity: 1 });
          await operator.placeOrder('bob', [{ productId, quantity: 1 }]);
          await operator.placeOrder('ada', [{ productId, quantity: 1 }]);
        };
        await expect
          .poll(
            async () => {
              const waiting = opened.filter(
                (one) => one.received.items.length + one.received.errors.length === 0,
              );
              if (waiting.length > 0) await poke();
              return waiting.map((one) => `${one.transport} ${one.field} ${one.who}`);
            },
            { timeout: 20_000, interval: 300 },
          )
          .toEqual([]);
        await poke();
        const count = (items: Array<Record<string, unknown>>) => items.length;
        await expect
          .poll(() =>
            opened.filter((one) => one.expected === 'allowed').every((one) => count(one.received.items) >= 1),
          )
          .toBe(true);

        for (const one of opened) {
          const label = `${one.transport} ${one.field} ${one.who}`;
          if (one.expected === 'allowed') {
            expect(one.received.errors, label).toEqual([]);
          } else {
            expect(one.received.items, label).toEqual([]);
            expect(
              one.received.errors.map(
                (error) => (error as { extensions?: { code?: string } }).extensions?.code,
              ),
              label,
            ).toContain(one.expected);
          }
        }

        const ownPushes = opened
          .filter((one) => one.field === 'orderChanged' && one.who === 'customer')
          .flatMap((one) => one.received.items.map((item) => item.orderChanged as { customerId: string }));
        expect(ownPushes.length).toBeGreaterThan(0);
        expect(new Set(ownPushes.map((order) => order.customerId))).toEqual(new Set(['ada']));
        for (const received of prying) {
          expect(received.items).toEqual([]);
          expect(received.errors).toEqual([]);
        }
        const operatorOrders = opened
          .filter((one) => one.field === 'orderChanged' && one.who === 'operator')
          .flatMap((one) =>
            one.received.items.map((item) => (item.orderChanged as { customerId: string }).customerId),
          );
        expect(new Set(operatorOrders)).toEqual(new Set(['ada', 'bob']));

        const events = opened
          .filter((one) => one.field === 'events' && one.who === 'operator')
          .flatMap((one) =>
            one.received.items.map((item) => item.events as { metadata: Record<string, unknown> }),
          );
        expect(events.length).toBeGreaterThan(0);
        for (const event of events) {
          expect(Object.keys(event.metadata).sort()).toEqual(['actor', 'correlationId']);
          expect(event.metadata.actor).toEqual({ sub: 'test-operator', roles: ['operator'] });
        }
      });
    });
  });
}
