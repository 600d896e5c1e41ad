import { randomUUID } from 'node:crypto';
import type { EventStore } from '@sluice/event-store';
import { createConsoleLogger } from '@sluice/gateway';
import { authHeader, eventStoreBackends, LogLines, testAuth } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutations, type MutationResult } from './test-support/write-operations';
import { createWriteGatewayApp, type WriteGatewayApp } from './write-gateway-app';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The store, with its appends failing while `failing` is set: an error no client should see. */
function storeThatFails(store: EventStore) {
  const state = { failing: false };
  const wrapped = Object.assign(Object.create(store) as EventStore, {
    append: (...args: Parameters<EventStore['append']>) =>
      state.failing ? Promise.reject(new Error('the disk is on fire')) : store.append(...args),
  });
  return { state, store: wrapped };
}

const backend = (await eventStoreBackends()).find((candidate) => candidate.name === 'PGlite');

describe.skipIf(backend?.skip !== false)('request ids on the write gateway', () => {
  let app: WriteGatewayApp;
  let url: string;
  let cleanup: () => Promise<void>;
  let store: EventStore;
  let failure: { failing: boolean };
  let lines: LogLines;
  let operator: { authorization: string };

  beforeAll(async () => {
    operator = await authHeader('operator');
    const opened = await backend!.open();
    cleanup = opened.cleanup;
    store = opened.store;
    const fails = storeThatFails(opened.store);
    failure = fails.state;
    lines = new LogLines();
    app = createWriteGatewayApp({
      store: fails.store,
      logger: createConsoleLogger('write-gateway-test', { level: 'debug', destination: lines }),
      port: 0,
      host: '127.0.0.1',
      maxBodyBytes: 4096,
      auth: testAuth,
    });
    url = `${await app.start()}/graphql`;
  });

  afterAll(async () => {
    await app?.stop();
    await cleanup?.();
  });

  /** Registers a product as an operator; answers the response's id and the result or errors. */
  async function register(headers: Record<string, string>, failing = false) {
    failure.failing = failing;
    const sku = `SKU-${randomUUID().slice(0, 8).toUpperCase()}`;
    const input = { sku, name: `Product ${sku}`, priceCents: 1000, initialStock: 1 };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...operator, ...headers },
        body: JSON.stringify({ query: mutations.registerProduct, variables: { input } }),
      });
      const body = (await response.json()) as {
        data?: { result: MutationResult } | null;
        errors?: Array<{ message: string }>;
      };
      return { requestId: response.headers.get('x-request-id'), ...body };
    } finally {
      failure.failing = false;
    }
  }

  const unexpectedErrorLines = () => lines.withMessage('unexpected error');

  it("answers the client's x-request-id, and the events the request wrote carry it as correlationId", async () => {
    const answer = await register({ 'x-request-id': 'order-flow:42.retry_1' });
    expect(answer.requestId).toBe('order-flow:42.retry_1');
    const result = answer.data!.result;
    expect(result.__typename).toBe('CommandAccepted');
    const written = await store.readAllAfter(BigInt(result.position!) - 1n, 10);
    expect(written.map((event) => event.metadata.correlationId)).toEqual(['order-flow:42.retry_1']);
  });

  it("logs an unexpected error under the request's id, and the client sees neither the error nor a different id", async () => {
    const answer = await register({ 'x-request-id': 'abc-123' }, true);
    expect(answer.requestId).toBe('abc-123');
    expect(answer.errors?.map((error) => error.message)).toEqual(['Unexpected error.']);
    expect(unexpectedErrorLines().at(-1)).toMatchObject({
      level: 'error',
      name: 'write-gateway-test',
      requestId: 'abc-123',
      error: 'the disk is on fire',
    });
  });

  it('gives a request without an id a new one, answered and on its lines', async () => {
    const before = unexpectedErrorLines().length;
    const answer = await register({}, true);
    expect(answer.requestId).toMatch(uuid);
    expect(unexpectedErrorLines().slice(before)).toEqual([
      expect.objectContaining({ requestId: answer.requestId }),
    ]);
  });

  it('replaces an id that is not a plain token, never echoing or logging it', async () => {
    const hostile = ['x'.repeat(129), 'abc 123', 'a"},{"level":"fatal', 'caf\u00e9', '<script>'];
    for (const sent of hostile) {
      const before = unexpectedErrorLines().length;
      const answer = await register({ 'x-request-id': sent }, true);
      expect(answer.requestId).toMatch(uuid);
      expect(unexpectedErrorLines().slice(before)).toEqual([
        expect.objectContaining({ requestId: answer.requestId }),
      ]);
      expect(JSON.stringify(lines.entries)).not.toContain(JSON.stringify(sent).slice(1, -1));
    }
  });

  it('takes x-correlation-id, as clients sent before, when no x-request-id comes', async () => {
    const answer = await register({ 'x-correlation-id': 'legacy-7' });
    expect(answer.requestId).toBe('legacy-7');
    const written = await store.readAllAfter(BigInt(answer.data!.result.position!) - 1n, 10);
    expect(written[0]?.metadata.correlationId).toBe('legacy-7');
  });

  it("logs each answer at debug under the request's id", async () => {
    await register({ 'x-request-id': 'debug-me' });
    expect(lines.withMessage('request')).toContainEqual(
      expect.objectContaining({
        level: 'debug',
        requestId: 'debug-me',
        method: 'POST',
        path: '/graphql',
        status: 200,
      }),
    );
  });

  it('answers the id on a refusal made before the request reaches GraphQL', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'too-big-1' },
      body: JSON.stringify({ query: 'x'.repeat(8192) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('x-request-id')).toBe('too-big-1');
  });
});
