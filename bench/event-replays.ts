import { ChangeStream } from '../apps/read-gateway/src/runtime/change-stream';
import { replayThenFollow, type EventFeedArgs } from '../apps/read-gateway/src/runtime/replay-then-follow';
import { figure, type Figure } from './lib/figures';
import { percentiles } from './lib/latency';
import type { BenchTarget } from './lib/targets';

const SAMPLES = 50;
const WHOLE_LOG_PAGE = 500;

/**
 * Replays of the `events` subscription's feed (replayThenFollow, as a subscriber with `after` runs
 * it, without GraphQL), in a log history.ts built: the 1,000-event stream `streamId`, and `type`,
 * a type only that stream holds (999 events). The baseline is the same feed replaying 1,000
 * consecutive events from the middle of the whole log. A stream's replay reads its own index and
 * a type's the (type, position) index: neither should grow with the log. The replay of the type as
 * it ran before it had an index (the whole log in pages, filtered in memory) is measured once.
 */
export async function benchEventReplays(
  target: BenchTarget,
  size: number,
  replayed: { streamId: string; streamEvents: number; type: string; typeEvents: number },
): Promise<Figure[]> {
  const { store } = target;
  const stream = new ChangeStream(store, await store.head());
  const middle = BigInt(
    String(
      (
        await target.query('select position::text from events order by position offset $1::int limit 1', [
          size / 2,
        ])
      )[0]?.position,
    ),
  );
  const time = async (filter: Partial<EventFeedArgs>, count: number) => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      await replay({ store, stream, maxQueued: 1000, after: 0n, ...filter }, count);
      samples.push(performance.now() - started);
    }
    return percentiles(samples).p50;
  };
  const wholeLog = await time({ after: middle }, 1000);
  const byStream = await time({ streamId: replayed.streamId }, replayed.streamEvents);
  const byType = await time({ types: [replayed.type] }, replayed.typeEvents);

  const started = performance.now();
  let found = 0;
  for (let after = 0n, page = await store.readAllAfter(after, WHOLE_LOG_PAGE); page.length > 0;) {
    found += page.filter((event) => event.type === replayed.type).length;
    after = page.at(-1)!.position;
    page = await store.readAllAfter(after, WHOLE_LOG_PAGE);
  }
  const scanned = performance.now() - started;
  if (found !== replayed.typeEvents)
    throw new Error(`the log holds ${found} ${replayed.type}, not ${replayed.typeEvents}`);

  const log = size.toLocaleString('en');
  return [
    figure({
      name: `events replay: one 1,000-event stream in a ${log}-event log, p50, vs 1,000 consecutive events of the log`,
      backend: target.backend,
      value: byStream,
      baseline: wholeLog,
      unit: 'ms',
    }),
    figure({
      name: `events replay: a rare type (999 events) in a ${log}-event log, p50, vs 1,000 consecutive events of the log`,
      backend: target.backend,
      value: byType,
      baseline: wholeLog,
      unit: 'ms',
    }),
    figure({
      name: `events replay of the rare type in a ${log}-event log as before its index (the whole log filtered), vs on it`,
      backend: target.backend,
      value: scanned,
      baseline: byType,
      unit: 'ms',
      notes: 'one run of the whole-log read, against the p50 of the replay on the index',
    }),
  ];
}

/** Takes `count` events from a replay, then leaves, as a subscriber that got what it asked for. */
async function replay(args: EventFeedArgs, count: number): Promise<void> {
  const feed = replayThenFollow(args);
  try {
    for (let taken = 0; taken < count; taken++)
      if ((await feed.next()).done) throw new Error(`the replay ended after ${taken} of ${count} events`);
  } finally {
    await feed.return(undefined);
  }
}
