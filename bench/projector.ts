import { allProjections, Projector, rebuildProjections } from '@sluice/projections';
import { sql } from 'drizzle-orm';
import { appendCount } from './lib/append-count';
import { figure, type Figure } from './lib/figures';
import { generateHistory } from './lib/generate-history';
import type { BenchTarget, OpenTarget } from './lib/targets';

const READ_MODEL_TABLES =
  'products, orders, sales_stats, product_sales, sales_orders, projection_checkpoints';

/**
 * The projector live (one event at a time through the bus, as deliveries arrive) against the append
 * rate, and a rebuild of every projection from a long history against reading that log alone.
 */
export async function benchProjector(
  targets: readonly OpenTarget[],
  options: { history: number; live: number },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const open of targets) {
    const target = await open();
    try {
      await generateHistory(target.query, { events: options.history, products: 1000 });
      figures.push(await live(target, options.live), ...(await rebuild(target)));
    } finally {
      await target.close();
    }
  }
  return figures;
}

async function live(target: BenchTarget, count: number): Promise<Figure> {
  const history = await target.store.readAllAfter(0n, count);
  const bus = target.bus();
  const last = history.at(-1)!.position;
  let caughtUp!: () => void;
  const done = new Promise<void>((resolve) => (caughtUp = resolve));
  const projector = new Projector(target.projections.session, target.store, allProjections, {
    onApplied: (position) => position >= last && caughtUp(),
  });
  await bus.publish(
    history.map((event, i) => ({ event, previousPosition: i ? history[i - 1]!.position : 0n })),
  );
  const started = performance.now();
  await bus.consume((envelopes) => projector.deliverAll(envelopes));
  await done;
  const rate = count / ((performance.now() - started) / 1000);
  await resetReadModels(target);
  // The baseline: what 8 writers append on this backend, in this run (the rate to keep up with).
  const appendRate = await appendCount(target.store, 8, Math.min(count, 5000));
  return figure({
    name: 'projector live: deliveries through the bus vs append rate (8 writers)',
    backend: target.backend,
    value: rate,
    baseline: appendRate,
    unit: 'events/s',
    notes: `${count} deliveries through the bus`,
  });
}

/** Events a page: the rebuild's default, for the log read alone too. */
const PAGE = 20_000;

/** The columns the store reads an event with, in log order: what a rebuild must read. */
const LOG_ROWS =
  'select position, event_id, stream_id, version, type, data, metadata, occurred_at from events order by position';

async function rebuild(target: BenchTarget): Promise<Figure[]> {
  const events = await target.store.countAfter(0n);
  const copyStarted = performance.now();
  const bytes = await target.copyOut(LOG_ROWS);
  const copyRate = events / ((performance.now() - copyStarted) / 1000);

  const readStarted = performance.now();
  for (let after = 0n, page = await target.store.readAllAfter(after, PAGE); page.length > 0;) {
    after = page.at(-1)!.position;
    page = await target.store.readAllAfter(after, PAGE);
  }
  const readRate = events / ((performance.now() - readStarted) / 1000);

  // The feature as an operator runs it: a new generation of every projection beside the live one
  // (unlogged, keys only), indexed, then switched to.
  const result = await rebuildProjections(target.projections, target.store, {
    projections: allProjections,
    batchSize: PAGE,
  });
  const seconds = result.seconds;
  const count = events.toLocaleString('en');
  return [
    figure({
      name: `rebuild every projection (blue-green) from ${count} events vs reading the log`,
      backend: target.backend,
      value: result.events / seconds,
      baseline: readRate,
      unit: 'events/s',
      target: '≥ 0.7×',
      notes: `${seconds.toFixed(1)} s in all, switch included; ${result.events.toLocaleString('en')} events applied`,
    }),
    figure({
      name: `reading the log (pages of ${PAGE.toLocaleString('en')}) vs COPY TO STDOUT of the same rows, ${count} events`,
      backend: target.backend,
      value: readRate,
      baseline: copyRate,
      unit: 'events/s',
      notes: `COPY sent ${(bytes / 1e6).toFixed(0)} MB`,
    }),
  ];
}

async function resetReadModels(target: BenchTarget): Promise<void> {
  await target.projections.db.execute(sql.raw(`truncate ${READ_MODEL_TABLES}`));
}
