import { testAuthSecret } from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningSystem } from '../start-system';
import { modes, startSystemIn } from '../test-support/system-modes';
import {
  abuserNumber,
  bystander,
  halfSentRequests,
  idleWebSocket,
  trickledBody,
  type RefusedUpgrade,
} from './test-support/abusive-clients';
import { expectServed } from './test-support/bystander';

/**
 * The abuse suite's probes of connections (issue 15's "edges that give way"), each against a
 * whole system as `npm start` runs it, on loopback, with bounded counts. The timeouts are short
 * here so the suite stays quick: what is probed is that the server gives up on its own.
 */
const edges = {
  AUTH_SECRET: testAuthSecret,
  HEADERS_TIMEOUT_MS: '2000',
  REQUEST_TIMEOUT_MS: '3000',
  // The abusers' 1,000 sockets and the bystander's.
  WS_MAX_CONNECTIONS: '1001',
};

/** Runs one operation on an open graphql-ws socket and answers its first result. */
function operate(socket: WebSocket, query: string): Promise<unknown> {
  return new Promise((resolve) => {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { id?: string; type: string; payload?: unknown };
      if (message.id === 'probe' && message.type === 'next') resolve(message.payload);
    });
    socket.send(JSON.stringify({ id: 'probe', type: 'subscribe', payload: { query } }));
  });
}

const refusal = (answer: RefusedUpgrade | string) =>
  JSON.parse(typeof answer === 'string' ? answer : answer.body) as {
    errors: Array<{ message: string; extensions: { code: string; limit: { name: string } } }>;
  };

for (const mode of modes) {
  describe.skipIf(mode.skip !== false)(`connections that give way, on ${mode.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ system, cleanup } = await startSystemIn(mode, edges));
    });
    afterAll(async () => {
      await cleanup?.();
    });

    it('answers 1,000 half-sent requests from one address without shutting anyone else out', async () => {
      for (const url of [system.writeUrl, system.readUrl]) {
        const probe = halfSentRequests(url, 1000);
        try {
          // Past the cap for one address (200), each is answered at once, naming the cap.
          await expect.poll(() => probe.statusLines.length, { timeout: 20_000 }).toBe(800);
          expect(new Set(probe.statusLines)).toEqual(new Set(['HTTP/1.1 503 Service Unavailable']));
          expect(refusal(probe.bodies[0]!).errors[0]!.extensions).toEqual({
            code: 'TOO_MANY_CONNECTIONS',
            limit: { name: 'max_connections_per_address' },
          });
          // While the other 200 are held open, another client is served.
          await expectServed(system);
          expect(probe.closed(), 'the held requests were still open').toBeLessThan(1000);
          // Then the held ones are cut by the headers timeout.
          await expect.poll(() => probe.statusLines.length, { timeout: 20_000 }).toBe(1000);
          expect(probe.statusLines.slice(800)).toEqual(Array(200).fill('HTTP/1.1 408 Request Timeout'));
        } finally {
          probe.release();
        }
      }
    });

    it('cuts off a body trickled a byte at a time with 408 at the request timeout, serving others meanwhile', async () => {
      // A byte every 100 ms, for a body of 10,000 bytes: it would take over 16 minutes.
      const trickle = await trickledBody(system.writeUrl, 100);
      try {
        await expectServed(system);
        expect(trickle.closed(), 'the trickle was still open').toBe(false);
        expect(await trickle.ended).toBe('HTTP/1.1 408 Request Timeout');
      } finally {
        trickle.stop();
      }
    });

    it('holds 1,000 idle initialised WebSockets apart from HTTP: HTTP and new sockets are still served', async () => {
      // From five addresses, 200 each: all within the caps per address, so all are accepted.
      const held = await Promise.all(
        Array.from({ length: 1000 }, (_, i) => idleWebSocket(system.readUrl, abuserNumber(i % 5))),
      );
      const sockets = held.filter((socket): socket is WebSocket => socket instanceof WebSocket);
      try {
        expect(sockets).toHaveLength(1000);
        await expectServed(system);

        // A new socket is served too: the 1,001st, which WS_MAX_CONNECTIONS leaves room for.
        const mine = await idleWebSocket(system.readUrl, bystander);
        if (!(mine instanceof WebSocket)) throw new Error(`refused: ${mine.status} ${mine.body}`);
        sockets.push(mine);
        expect(await operate(mine, '{ me { id } }')).toEqual({ data: { me: { id: null } } });

        // Past the cap on WebSockets, a socket is refused naming it, and its address still gets HTTP.
        const beyond = await idleWebSocket(system.readUrl, '127.0.0.3');
        expect(beyond).toMatchObject({ status: 503 });
        expect(refusal(beyond as RefusedUpgrade).errors[0]!.extensions).toMatchObject({
          code: 'TOO_MANY_CONNECTIONS',
          limit: { name: 'websockets', max: 1001 },
        });
        await expectServed(system, '127.0.0.3');

        // An address at its own cap is refused naming that cap.
        const greedy = await idleWebSocket(system.readUrl, abuserNumber(0));
        expect(greedy).toMatchObject({ status: 503 });
        expect(refusal(greedy as RefusedUpgrade).errors[0]!.extensions.limit.name).toBe(
          'max_connections_per_address',
        );
      } finally {
        sockets.forEach((socket) => socket.terminate());
      }
    });
  });
}
