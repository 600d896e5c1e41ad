import { randomUUID } from 'node:crypto';
import { createConsoleLogger } from '@sluice/gateway';
import {
  authHeader,
  LogLines,
  subscribeWs,
  testAuthSecret,
  writeClient,
  writeMutationInputs,
  wsClient,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSystem } from '../start-system';
import { modes, startSystemIn } from '../test-support/system-modes';
import { abuser, graphqlFrom, requestFrom, type GraphQLAnswer } from './test-support/abusive-clients';
import { expectServed } from './test-support/bystander';

/**
 * The abuse suite's probes of input (issue 15's "errors a user cannot act on"), against a whole
 * system on each backend: every one is answered as typed data or an error with a code, never a
 * 500, logs no error, and leaves the gateways serving everyone else.
 */
const unstorable = { nul: 'a\u0000b', 'a lone surrogate': 'a\ud800b', 'a lone low surrogate': '\udc00' };

interface MutationResult {
  __typename: string;
  id?: string;
  fields?: Array<{ field: string; message: string }>;
}

const inputTypes: Record<string, string> = writeMutationInputs;

/** Every text a mutation takes, as an input with `text` in that one place. */
const textInputs = (text: string): Array<[string, Record<string, unknown>, string]> => [
  ['registerProduct', { sku: text, name: 'Mug', priceCents: 1 }, 'sku'],
  ['registerProduct', { sku: 'MUG-1', name: text, priceCents: 1 }, 'name'],
  ['registerProduct', { sku: 'MUG-1', name: 'Mug', category: text, priceCents: 1 }, 'category'],
  ['registerProduct', { sku: 'MUG-1', name: 'Mug', priceCents: 1, commandId: text }, 'commandId'],
  ['changeProductPrice', { productId: text, priceCents: 1 }, 'productId'],
  ['restockProduct', { productId: text, quantity: 1 }, 'productId'],
  ['discontinueProduct', { productId: text }, 'productId'],
  ['placeOrder', { customerId: text, lines: [{ productId: 'p', quantity: 1 }] }, 'customerId'],
  ['placeOrder', { customerId: 'c', lines: [{ productId: text, quantity: 1 }] }, 'lines.0.productId'],
  ['payOrder', { orderId: text, amountCents: 1 }, 'orderId'],
  ['shipOrder', { orderId: text }, 'orderId'],
  ['cancelOrder', { orderId: text }, 'orderId'],
  ['cancelOrder', { orderId: 'o', reason: text }, 'reason'],
];

/** Every text argument of the read gateway's queries, as a query with `$text` in that one place. */
const textArguments: Array<[string, string]> = [
  ['product(id:)', 'query ($text: ID!) { product(id: $text) { id } }'],
  ['productBySku(sku:)', 'query ($text: String!) { productBySku(sku: $text) { id } }'],
  ['products(search:)', 'query ($text: String) { products(search: $text) { edges { node { id } } } }'],
  ['products(after:)', 'query ($text: String) { products(after: $text) { edges { node { id } } } }'],
  ['order(id:)', 'query ($text: ID!) { order(id: $text) { id } }'],
  ['orders(customerId:)', 'query ($text: ID) { orders(customerId: $text) { edges { node { id } } } }'],
  ['orders(after:)', 'query ($text: String) { orders(after: $text) { edges { node { id } } } }'],
  ['history(streamId:)', 'query ($text: ID) { history(streamId: $text) { totalCount } }'],
  ['history(productId:)', 'query ($text: ID) { history(productId: $text) { totalCount } }'],
  ['history(orderId:)', 'query ($text: ID) { history(orderId: $text) { totalCount } }'],
  ['history(after:)', 'query ($text: String) { history(streamId: "s", after: $text) { totalCount } }'],
];

/** Every text argument of the subscriptions. */
const textSubscriptions: Array<[string, string]> = [
  ['productChanged(id:)', 'subscription ($text: ID) { productChanged(id: $text) { id } }'],
  ['orderChanged(id:)', 'subscription ($text: ID) { orderChanged(id: $text) { id } }'],
  ['orderChanged(customerId:)', 'subscription ($text: ID) { orderChanged(customerId: $text) { id } }'],
  ['events(streamId:)', 'subscription ($text: ID) { events(streamId: $text) { type } }'],
  ['events(types:)', 'subscription ($text: String!) { events(types: [$text]) { type } }'],
];

const limitProbes: Array<[string, string, string]> = [
  ['depth', 'QUERY_TOO_DEEP', `{ me { ${'a { '.repeat(12)}b${' }'.repeat(12)} } }`],
  [
    'aliases',
    'TOO_MANY_ALIASES',
    `{ ${Array.from({ length: 21 }, (_, i) => `m${i}: me { id }`).join(' ')} }`,
  ],
  ['directives', 'TOO_MANY_DIRECTIVES', `{ me { ${'id @include(if: true) '.repeat(21)} } }`],
  ['tokens', 'QUERY_TOO_LARGE', `{ me { ${'id '.repeat(3000)} } }`],
];
// Ten full pages of every Product field: over the cost limit of 10,000.
const costProbe = `{ ${Array.from(
  { length: 10 },
  (_, i) =>
    `p${i}: products(first: 100) { edges { node { id sku name category priceCents stock unitsSold discontinued createdAt updatedAt version position } } }`,
).join(' ')} }`;

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`input a user cannot act on, on ${mode.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void>;
    let operator: Record<string, string>;
    // Errors (and warnings) the system logs: none of these probes may write one.
    const lines = new LogLines();

    beforeAll(async () => {
      operator = await authHeader('operator');
      ({ system, cleanup } = await startSystemIn(
        mode,
        { AUTH_SECRET: testAuthSecret },
        { logger: createConsoleLogger('abuse', { level: 'warn', destination: lines }) },
      ));
    });
    afterAll(async () => {
      await cleanup?.();
    });

    const mutate = async (command: string, input: Record<string, unknown>) => {
      const notFound = command === 'registerProduct' ? '' : '... on NotFoundError { id }';
      const answer = await graphqlFrom<{ result: MutationResult }>(
        system.writeUrl,
        `mutation ($input: ${inputTypes[command]}!) {
          result: ${command}(input: $input) {
            __typename ... on ValidationError { fields { field message } } ${notFound}
          }
        }`,
        { input },
        { headers: operator, from: abuser },
      );
      expect(answer.status, JSON.stringify(answer)).toBe(200);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      return answer.data!.result;
    };
    const refusalOf = (answer: GraphQLAnswer<unknown>) => {
      expect(answer.data ?? null).toBeNull();
      return answer.errors?.[0];
    };
    const loggedProblems = () =>
      lines.entries.filter((entry) => ['warn', 'error', 'fatal'].includes(entry.level));

    for (const [what, text] of Object.entries(unstorable)) {
      it(`answers ${what} in any mutation's input as a ValidationError naming the field`, async () => {
        for (const [command, input, field] of textInputs(text)) {
          expect(await mutate(command, input), `${command} ${field}`).toEqual({
            __typename: 'ValidationError',
            fields: [{ field, message: expect.stringContaining('NUL') as string }],
          });
        }
        expect(loggedProblems()).toEqual([]);
        await expectServed(system);
      });

      it(`refuses ${what} in any query's or subscription's text with BAD_USER_INPUT, over HTTP and graphql-ws`, async () => {
        for (const [argument, query] of textArguments) {
          const answer = await graphqlFrom(
            system.readUrl,
            query,
            { text },
            { headers: operator, from: abuser },
          );
          expect(answer.status, argument).toBe(400);
          expect(refusalOf(answer), argument).toEqual({
            message: 'The variable $text must not contain a NUL character or a broken Unicode character.',
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        const socket = wsClient(system.readUrl, operator);
        try {
          for (const [argument, query] of [...textSubscriptions, textArguments[0]!]) {
            const received = subscribeWs(socket, query, { text });
            await expect.poll(() => received.errors.length, { message: argument }).toBeGreaterThan(0);
            expect(received.errors.flat(), argument).toMatchObject([
              { extensions: { code: 'BAD_USER_INPUT' } },
            ]);
          }
        } finally {
          await socket.dispose();
        }
        expect(loggedProblems()).toEqual([]);
        await expectServed(system);
      });
    }

    it('refuses a NUL written into the document itself, and points at it', async () => {
      const answer = await graphqlFrom(system.readUrl, '{ product(id: "a\\u0000b") { id } }', undefined, {
        from: abuser,
      });
      expect(answer.status).toBe(400);
      expect(refusalOf(answer)).toMatchObject({
        message: 'A string of this operation must not contain a NUL character or a broken Unicode character.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(loggedProblems()).toEqual([]);
      await expectServed(system);
    });

    it('caps commandId at 128 characters, a 900 KB one included, as a ValidationError', async () => {
      const sku = () => `CID-${randomUUID().slice(0, 8).toUpperCase()}`;
      for (const commandId of ['x'.repeat(900_000), 'x'.repeat(129)]) {
        expect(
          await mutate('registerProduct', { sku: sku(), name: 'Cup', priceCents: 1, commandId }),
        ).toEqual({
          __typename: 'ValidationError',
          fields: [{ field: 'commandId', message: 'The commandId must be 1 to 128 characters long.' }],
        });
      }
      const longest = await mutate('registerProduct', {
        sku: sku(),
        name: 'Cup',
        priceCents: 1,
        commandId: 'x'.repeat(128),
      });
      expect(longest.__typename).toBe('CommandAccepted');
      expect(loggedProblems()).toEqual([]);
      await expectServed(system);
    });

    it('answers an id of the wrong kind as NotFoundError, and logs nothing of it', async () => {
      const write = writeClient(system.writeUrl, operator);
      const { id: productId } = await write.registerProduct({
        sku: `WK-${randomUUID().slice(0, 8).toUpperCase()}`,
        name: 'Teapot',
        priceCents: 100,
        initialStock: 5,
      });
      const { id: orderId } = await write.placeOrder('c-wrong-kind', [{ productId, quantity: 1 }]);
      const probes: Array<[string, Record<string, unknown>, string]> = [
        ['restockProduct', { productId: orderId, quantity: 1 }, orderId],
        ['changeProductPrice', { productId: orderId, priceCents: 5 }, orderId],
        ['discontinueProduct', { productId: orderId }, orderId],
        ['placeOrder', { customerId: 'c-wrong-kind', lines: [{ productId: orderId, quantity: 1 }] }, orderId],
        ['payOrder', { orderId: productId, amountCents: 100 }, productId],
        ['shipOrder', { orderId: productId }, productId],
        ['cancelOrder', { orderId: productId }, productId],
      ];
      for (const [command, input, id] of probes) {
        expect(await mutate(command, input), command).toEqual({ __typename: 'NotFoundError', id });
      }
      const read = await graphqlFrom(
        system.readUrl,
        'query ($p: ID!, $o: ID!) { product(id: $o) { id } order(id: $p) { id } }',
        { p: productId, o: orderId },
        { headers: operator, from: abuser },
      );
      expect(read).toEqual({ status: 200, data: { product: null, order: null } });
      expect(loggedProblems()).toEqual([]);
      expect(lines.entries.filter((entry) => JSON.stringify(entry).includes(orderId))).toEqual([]);
      await expectServed(system);
    });

    it('answers a mutation sent to the read gateway with where to send it, over HTTP and graphql-ws', async () => {
      const mutation =
        'mutation { registerProduct(input: { sku: "X-1", name: "x", priceCents: 1 }) { __typename } }';
      const answer = await graphqlFrom(system.readUrl, mutation, undefined, {
        headers: operator,
        from: abuser,
      });
      expect(answer.status).toBe(400);
      const refused = refusalOf(answer);
      expect(refused?.extensions).toEqual({ code: 'MUTATION_ON_READ_GATEWAY' });
      expect(refused?.message).toContain('send mutations to the write gateway');
      const socket = wsClient(system.readUrl, operator);
      try {
        const received = subscribeWs(socket, mutation);
        await expect.poll(() => received.errors.length).toBeGreaterThan(0);
        expect(received.errors.flat()).toMatchObject([{ extensions: { code: 'MUTATION_ON_READ_GATEWAY' } }]);
      } finally {
        await socket.dispose();
      }
      await expectServed(system);
    });

    it('answers malformed JSON, in a body or in GET parameters, with a clear 400 and nothing of the internals', async () => {
      for (const url of [system.writeUrl, system.readUrl]) {
        for (const body of ['{"query": "secret', '[1,', '{"query":"{ me { id } }","variables":{"a":}']) {
          const answer = await requestFrom(url, { from: abuser, body, headers: operator });
          expect(answer.status, body).toBe(400);
          expect(JSON.parse(answer.text), body).toEqual({
            errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
        for (const parameter of ['variables', 'extensions']) {
          const answer = await requestFrom(
            `${url}?query=${encodeURIComponent('{ me { id } }')}&${parameter}=${encodeURIComponent('{"a":')}`,
            { from: abuser },
          );
          expect(answer.status, parameter).toBe(400);
          expect(JSON.parse(answer.text), parameter).toEqual({
            errors: [
              {
                message: 'The variables and extensions parameters must be JSON objects.',
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          });
        }
      }
      expect(loggedProblems()).toEqual([]);
      await expectServed(system);
    });

    it('refuses an operation over a limit naming the limit, with a code, on both gateways', async () => {
      for (const url of [system.writeUrl, system.readUrl]) {
        for (const [limit, code, query] of limitProbes) {
          const answer = await graphqlFrom(url, query, undefined, { from: abuser });
          expect(answer.status, limit).toBe(400);
          const refused = answer.errors?.find((error) => error.extensions?.code === code);
          expect(refused?.message, limit).toMatch(
            new RegExp(
              `^Query rejected: it exceeds the limits of this server \\(${limit}: .*, limit \\d+\\)\\.$`,
            ),
          );
          expect(refused?.extensions?.limit, limit).toMatchObject({ name: limit });
        }
      }
      const costly = await graphqlFrom(system.readUrl, costProbe, undefined, { from: abuser });
      expect(costly.status).toBe(400);
      expect(refusalOf(costly)).toMatchObject({
        message: expect.stringMatching(/\(cost: \d+, limit 10000\)/) as string,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', max: 10000 } },
      });
      expect(loggedProblems()).toEqual([]);
      await expectServed(system);
    });
  });
}
