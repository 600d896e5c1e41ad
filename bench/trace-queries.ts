// Every statement PGlite runs for one command of a shop story, on the embedded default, in the
// order run, with when it started (from the mutation's sending) and how long it took:
//   node --import tsx bench/trace-queries.ts [command, e.g. placeOrder]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createConsoleLogger } from '@sluice/gateway';
import { authHeader, testAuthSecret, wsClient } from '@sluice/testing';
import { readReadGatewayConfig } from '@sluice/read-gateway';
import { readWriteGatewayConfig } from '@sluice/write-gateway';
import { startSystem } from '../apps/system/src/start-system';
import { PgliteStatements } from '../libs/event-store/src/pglite-statements';
import { sendCommand, shopStory, type Command } from './lib/shop-story';

interface Traced {
  at: number;
  ms: number;
  sql: string;
  inTransaction: boolean;
}
const traced: Traced[] = [];
let tracing = false;
let origin = 0;
type Runner = (this: unknown, ...args: unknown[]) => Promise<unknown>;
/** Traces each call of `target[method]`; `inTransaction` says from its arguments whether one ran in one. */
function wrap(
  target: Record<string, unknown>,
  method: string,
  inTransaction: boolean | ((args: unknown[]) => boolean),
) {
  const original = target[method] as Runner;
  target[method] = async function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      if (tracing)
        traced.push({
          at: started - origin,
          ms: performance.now() - started,
          sql: String(args[0]).replace(/\s+/g, ' ').slice(0, 150),
          inTransaction: typeof inTransaction === 'function' ? inTransaction(args) : inTransaction,
        });
    }
  };
}
const prototype = PGlite.prototype as unknown as Record<string, unknown>;
wrap(prototype, 'query', false);
wrap(prototype, 'exec', false);
// The hot paths' statements are prepared (PgliteStatements.run): a transaction's come with it.
wrap(
  PgliteStatements.prototype as unknown as Record<string, unknown>,
  'run',
  (args) => args[3] !== undefined,
);
const transaction = prototype.transaction as Runner;
prototype.transaction = async function (
  this: unknown,
  work: (tx: Record<string, unknown>) => Promise<unknown>,
) {
  const started = performance.now();
  try {
    return await transaction.call(this, (tx: Record<string, unknown>) => {
      wrap(tx, 'query', true);
      wrap(tx, 'exec', true);
      return work(tx);
    });
  } finally {
    if (tracing)
      traced.push({
        at: started - origin,
        ms: performance.now() - started,
        sql: '(the transaction, whole)',
        inTransaction: false,
      });
  }
};

const env = {
  SLUICE_DATA_DIR: mkdtempSync(join(tmpdir(), 'sluice-trace-')),
  WRITE_PORT: '0',
  READ_PORT: '0',
  HOST: '127.0.0.1',
  AUTH_SECRET: testAuthSecret,
};
const system = await startSystem(
  { write: readWriteGatewayConfig(env), read: readReadGatewayConfig(env) },
  createConsoleLogger('trace', { silent: true }),
);
const headers = await authHeader('operator', 'trace');
// A dashboard following every change, as the command-paths bench does: what the pushes read shows.
const follower = wsClient(system.readUrl, { authorization: headers.authorization });
const followed = [
  'subscription { productChanged { id stock priceCents unitsSold position } }',
  'subscription { orderChanged { id status totalCents position } }',
  'subscription { salesStatsChanged { ordersPlaced ordersPaid revenueCents position } }',
  'subscription { events { position type streamId } }',
].map((query) =>
  follower.subscribe(
    { query },
    {
      next: () => {
        const name = query.split(' ')[2]!;
        if (tracing)
          traced.push({
            at: performance.now() - origin,
            ms: 0,
            sql: `(frame: ${name})`,
            inTransaction: false,
          });
      },
      error: () => {},
      complete: () => {},
    },
  ),
);
const wanted = (process.argv[2] ?? 'placeOrder') as Command;
for (let story = 0; story < 4; story++) {
  const last = story === 3;
  await shopStory(async (command, input) => {
    tracing = last && command === wanted && !traced.length;
    origin = performance.now();
    const accepted = await sendCommand(system.writeUrl, headers, command, input);
    if (tracing)
      traced.push({ at: performance.now() - origin, ms: 0, sql: '(the response)', inTransaction: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    tracing = false;
    return accepted;
  }, 'trace-customer');
}
for (const { at, ms, sql, inTransaction } of traced.sort((a, b) => a.at - b.at))
  console.log(
    `${at.toFixed(2).padStart(7)} ms ${ms.toFixed(2).padStart(6)} ms ${inTransaction ? '  ' : ''}${sql}`,
  );
for (const stop of followed) stop();
await follower.dispose();
await system.stop();
