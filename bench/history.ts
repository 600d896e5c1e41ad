import { createConsoleLogger } from '@sluice/gateway';
import { ProgressTracker } from '@sluice/projections';
import { authHeader, testAuth } from '@sluice/testing';
import { createReadGatewayApp } from '../apps/read-gateway/src/read-gateway-app';
import { deadLetterDesk } from '../apps/read-gateway/src/runtime/dead-letter-desk';
import { PushFeed } from '../apps/read-gateway/src/test-support/push-feed';
import { benchEventReplays } from './event-replays';
import { figure, type Figure } from './lib/figures';
import { generateHistory } from './lib/generate-history';
import { percentiles } from './lib/latency';
import type { BenchTarget, OpenTarget } from './lib/targets';
import { measureTimeTravel } from './time-travel';

const STREAM = 'bench-history-product';
const STREAM_EVENTS = 1000;
const SAMPLES = 300;

/**
 * `history` of a 1,000-event stream inside logs of two sizes, as a client asks it over HTTP: the
 * newest page of 100, and the whole stream in pages of 100. Against a bare GraphQL round trip to
 * the same gateway, in the same run. Served from the stream's index, it should not grow with the log.
 * Then `events` replays of that stream and of its restocks, the one type only it holds
 * (event-replays.ts).
 */
export async function benchHistory(
  targets: readonly OpenTarget[],
  logSizes: readonly number[],
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const open of targets) {
    for (const size of logSizes) {
      const target = await open();
      try {
        figures.push(...(await measure(target, size)));
        figures.push(
          ...(await benchEventReplays(target, size, {
            streamId: STREAM,
            streamEvents: STREAM_EVENTS,
            type: 'ProductRestocked',
            typeEvents: STREAM_EVENTS - 1,
          })),
        );
      } finally {
        await target.close();
      }
    }
  }
  return figures;
}

async function measure(target: BenchTarget, size: number): Promise<Figure[]> {
  await generateHistory(target.query, { events: size - STREAM_EVENTS, products: 1000 });
  await insertBenchStream(target);
  const app = readGatewayOn(target);
  const url = `${await app.start()}/graphql`;
  const headers = { 'content-type': 'application/json', ...(await authHeader('operator')) };
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: { history?: PageOf } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const page = `query ($after: String, $oldestFirst: Boolean) {
    history(productId: "${STREAM}", first: 100, after: $after, oldestFirst: $oldestFirst) {
      pageInfo { hasNextPage endCursor } edges { node { type version position recordedAt actor { sub } data } } } }`;
  const time = async (work: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await work();
      samples.push(performance.now() - started);
    }
    return percentiles(samples).p50;
  };
  try {
    const roundTrip = await time(() => ask('{ __typename }'));
    const newest = await time(() => ask(page));
    const whole = await time(async () => {
      let after: string | null = null;
      do {
        const data = await ask(page, { after, oldestFirst: true });
        after = data?.history?.pageInfo.hasNextPage ? data.history.pageInfo.endCursor : null;
      } while (after);
    });
    const log = size.toLocaleString('en');
    const asOf = await measureTimeTravel({ target, productId: STREAM, logSize: size, ask, time, roundTrip });
    return [
      ...asOf,
      figure({
        name: `history: newest 100 of a 1,000-event stream in a ${log}-event log, p50, vs a bare GraphQL round trip`,
        backend: target.backend,
        value: newest,
        baseline: roundTrip,
        unit: 'ms',
        target: '≤ 5 ms',
      }),
      figure({
        name: `history: the whole 1,000-event stream (10 pages) in a ${log}-event log, p50, vs a bare round trip`,
        backend: target.backend,
        value: whole,
        baseline: roundTrip,
        unit: 'ms',
      }),
    ];
  } finally {
    await app.stop();
  }
}

interface PageOf {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A read gateway on the target's read models and log, answering queries only. */
export function readGatewayOn(target: BenchTarget) {
  return createReadGatewayApp({
    db: target.projections.db,
    store: target.store,
    progress: new ProgressTracker(),
    feed: new PushFeed(),
    deadLetters: deadLetterDesk(target.projections.session, target.store, (work) => work()),
    logger: createConsoleLogger('bench', { silent: true }),
    auth: testAuth,
    port: 0,
    host: '127.0.0.1',
  });
}

/** Appends the 1,000-event product stream `history` reads, at the log's end: answers its id. */
export async function insertBenchStream(target: BenchTarget): Promise<string> {
  await target.query(
    `insert into events (position, event_id, stream_id, version, type, data, metadata)
     select (select max(position) from events) + v, gen_random_uuid(), $1::text, v,
       case when v = 1 then 'ProductRegistered' else 'ProductRestocked' end,
       case when v = 1 then jsonb_build_object('productId', $1::text, 'sku', 'BENCH-HISTORY', 'name', 'History',
         'priceCents', 100, 'initialStock', 0, 'at', '2026-01-01T00:00:00Z')
       else jsonb_build_object('productId', $1::text, 'quantity', 1, 'at', '2026-01-01T00:00:00Z') end,
       '{}'::jsonb
     from generate_series(1, $2::int) as v`,
    [STREAM, STREAM_EVENTS],
  );
  return STREAM;
}
