import { authHeader, postGraphQL } from '@sluice/testing';
import { closedLoop } from './lib/closed-loop';
import { changedBy, expectedFrames, subscriptionNames } from './lib/command-paths';
import { onEachDeployment, onServices, type DeploymentBenchOptions } from './lib/deployments';
import { figure, type Figure } from './lib/figures';
import { FrameRecorder, type PositionViolation } from './lib/frame-recorder';
import { percentiles } from './lib/latency';
import { Pacer } from './lib/pacer';
import {
  commands,
  sendCommand,
  shopStory,
  storyLength,
  type Command,
  type RunCommand,
} from './lib/shop-story';

type Condition = 'idle' | 'half load';

/** The latencies of one path (a mutation → a subscription it changes) under one condition. */
interface PathSamples {
  fromSending: number[];
  fromResponse: number[];
  /** Frames that arrived before the mutation's response did. */
  early: number;
  /** Samples whose frame did not arrive within `frameTimeoutMs`. */
  missed: number;
}

/** The issue's targets, in ms, for every path; each figure is judged on them. */
const targets = [
  { condition: 'idle', quantile: 'p50', limit: 3 },
  { condition: 'idle', quantile: 'p99', limit: 15 },
  { condition: 'half load', quantile: 'p99', limit: 50 },
] as const;

const references = ['from response', 'from sending'] as const;

/** How long a sample waits for a frame before it counts it missed. */
const frameTimeoutMs = 5_000;
/** After this many misses a path is known broken: later samples take only what already came. */
const missesBeforeGivingUp = 3;
const loadWorkers = 16;

/**
 * Every command path: for each of the eight mutations, the time to the frame of each subscription
 * it changes, from the mutation's sending and from its response, one command at a time (idle) and
 * under a background load at half the write rate the same deployment sustains (measured first).
 * Baseline: a bare GraphQL round trip over HTTP to the write gateway, sampled between the samples
 * under the same condition.
 */
export async function benchCommandPaths(options: DeploymentBenchOptions): Promise<Figure[]> {
  const figures: Figure[] = [];
  await onEachDeployment(options, [() => onServices(true)], async ({ backend }, running) => {
    console.log(`  command paths on ${backend}…`);
    figures.push(...(await measure(backend, running.urls, options.quick)));
  });
  printWorst(figures);
  return figures;
}

async function measure(
  backend: string,
  urls: { write: string; read: string },
  quick: boolean,
): Promise<Figure[]> {
  const headers = await authHeader('operator', 'bench-paths-operator');
  const send = (command: Command, input: Record<string, unknown>) =>
    sendCommand(urls.write, headers, command, input);
  const plain: RunCommand = (command, input) => send(command, input);
  const recorder = new FrameRecorder(urls.read, headers.authorization);
  try {
    await untilLive(recorder, plain);
    // Warm up every path before sampling it.
    for (let i = 0; i < 5; i++) await shopStory(plain, 'bench-paths-warm-up');

    const stories = quick ? 200 : 600;
    const samples = new Map<string, PathSamples>();
    const trips: Record<Condition, number[]> = { idle: [], 'half load': [] };
    const roundTrip = async () => {
      const started = performance.now();
      const response = await postGraphQL(urls.write, '{ __typename }', undefined, headers);
      if (response.status !== 200) throw new Error(`the baseline round trip answered ${response.status}`);
      return performance.now() - started;
    };
    const sampler =
      (condition: Condition): RunCommand =>
      async (command, input, subjects) => {
        recorder.clear();
        const sent = performance.now();
        const accepted = await send(command, input);
        const answered = performance.now();
        for (const expected of expectedFrames(command, accepted, subjects(accepted))) {
          const path = samplesOf(samples, condition, command, expected.subscription);
          const deadline = path.missed >= missesBeforeGivingUp ? 0 : answered + frameTimeoutMs;
          const at = await recorder.arrival(expected, deadline);
          if (at === undefined) {
            // Counted at the wait's bound, so that a path losing frames cannot look fast.
            path.missed++;
            path.fromSending.push(frameTimeoutMs);
            path.fromResponse.push(frameTimeoutMs);
            continue;
          }
          path.fromSending.push(at - sent);
          path.fromResponse.push(Math.max(0, at - answered));
          if (at < answered) path.early++;
        }
        trips[condition].push(await roundTrip());
        return accepted;
      };

    for (let i = 0; i < stories; i++) await shopStory(sampler('idle'), 'bench-paths-customer');

    // The most this deployment writes: closed loops of whole stories, every mutation in its share.
    const seconds = quick ? 3 : 8;
    const max = await closedLoop(loadWorkers, seconds * 1000, (worker) =>
      shopStory(plain, `bench-load-${worker}`),
    );
    const maxRate = (max.operations * storyLength) / max.seconds;

    const pacer = new Pacer(maxRate / 2);
    let loading = true;
    let loadCommands = 0;
    const paced: RunCommand = async (command, input) => {
      await pacer.turn();
      const accepted = await send(command, input);
      loadCommands++;
      return accepted;
    };
    const loadStarted = performance.now();
    const load = Promise.all(
      Array.from({ length: loadWorkers }, async (_, worker) => {
        while (loading) await shopStory(paced, `bench-load-${worker}`);
      }),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    for (let i = 0; i < stories; i++) await shopStory(sampler('half load'), 'bench-paths-customer');
    const loadRate = loadCommands / ((performance.now() - loadStarted) / 1000);
    loading = false;
    const loadFailure = await load;
    if (loadFailure !== undefined) throw new Error('the background load failed', { cause: loadFailure });
    if (recorder.failed) throw new Error(`a subscription stopped: ${recorder.failed}`);

    const loadNote = `max write rate ${Math.round(maxRate)} commands/s (${loadWorkers} closed loops of the story); background load paced at half, achieved ${Math.round(loadRate)}/s while sampling`;
    const figures = pathFigures(backend, samples, trips, stories, loadNote);
    printPaths(backend, samples, recorder.violations);
    figures.push(...summaryFigures(backend, figures, samples, recorder.violations, loadNote));
    return figures;
  } finally {
    await recorder.close();
  }
}

/** Runs stories until every subscription has pushed a frame: then all four are live. */
async function untilLive(recorder: FrameRecorder, run: RunCommand): Promise<void> {
  const live = () => subscriptionNames.every((s) => recorder.counts.get(s)! > 0);
  for (let i = 0; i < 20 && !live() && recorder.failed === undefined; i++) {
    await shopStory(run, 'bench-paths-warm-up');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!live())
    throw new Error(
      `the subscriptions never went live: ${recorder.failed ?? JSON.stringify(Object.fromEntries(recorder.counts))}`,
    );
}

function samplesOf(
  samples: Map<string, PathSamples>,
  condition: Condition,
  command: Command,
  subscription: string,
): PathSamples {
  const key = `${condition}|${command} → ${subscription}`;
  let path = samples.get(key);
  if (!path) samples.set(key, (path = { fromSending: [], fromResponse: [], early: 0, missed: 0 }));
  return path;
}

/** Every path, in the order of the mutations and their subscriptions. */
function allPaths(): string[] {
  return (Object.keys(commands) as Command[]).flatMap((command) =>
    changedBy[command].map((subscription) => `${command} → ${subscription}`),
  );
}

const empty: PathSamples = { fromSending: [], fromResponse: [], early: 0, missed: 0 };

function pathFigures(
  backend: string,
  samples: ReadonlyMap<string, PathSamples>,
  trips: Record<Condition, number[]>,
  stories: number,
  load: string,
): Figure[] {
  const figures: Figure[] = [];
  for (const path of allPaths())
    for (const { condition, quantile, limit } of targets) {
      const s = samples.get(`${condition}|${path}`) ?? empty;
      for (const reference of references) {
        const values = reference === 'from response' ? s.fromResponse : s.fromSending;
        figures.push(
          figure({
            name: `${path}, ${condition} ${quantile}, ${reference}`,
            backend,
            value: percentiles(values)[quantile],
            baseline: percentiles(trips[condition])[quantile],
            unit: 'ms',
            target: `≤ ${limit} ms`,
            notes: `${values.length - s.missed} frames in ${stories} stories${s.missed ? `, ${s.missed} never arrived (each counted as ${frameTimeoutMs} ms)` : ''}${s.early ? `, ${s.early} before the response` : ''}; baseline: a { __typename } round trip to the write gateway; ${load}`,
            detail: true,
          }),
        );
      }
    }
  return figures;
}

const limitOf = (f: Figure) => Number(/≤ (\d+) ms/.exec(f.target ?? '')?.[1] ?? Number.NaN);

/** Per backend, for each target and reference: the worst path, with how many paths miss it. */
function summaryFigures(
  backend: string,
  figures: readonly Figure[],
  samples: ReadonlyMap<string, PathSamples>,
  violations: readonly PositionViolation[],
  load: string,
): Figure[] {
  const missing = [...samples].filter(([, s]) => s.missed > 0).map(([key, s]) => `${key} (${s.missed})`);
  const flaws = [
    missing.length ? `frames never arrived: ${missing.join(', ')}` : 'every expected frame arrived',
    violations.length
      ? `${violations.length} pushed states whose position did not move, e.g. ${describe(violations[0]!)}`
      : 'every pushed position moved',
  ].join('; ');
  return targets.flatMap(({ condition, quantile, limit }) =>
    references.map((reference) => {
      const kind = `, ${condition} ${quantile}, ${reference}`;
      const these = figures.filter((f) => f.name.endsWith(kind));
      const worst = these.reduce((a, b) => (b.value > a.value ? b : a));
      const over = these.filter((f) => f.value > limit).length;
      return figure({
        name: `worst command path${kind}`,
        backend,
        value: worst.value,
        baseline: worst.baseline,
        unit: 'ms',
        target: `≤ ${limit} ms`,
        notes: `${worst.name.slice(0, -kind.length)}; ${over} of ${these.length} paths over ${limit} ms; ${flaws}; ${load}`,
      });
    }),
  );
}

function describe(v: PositionViolation): string {
  return `${v.subscription} of ${v.entity} at ${v.next} after ${v.previous}`;
}

/** A table of every path on a backend, judged against the targets (✗ where it misses one). */
function printPaths(
  backend: string,
  samples: ReadonlyMap<string, PathSamples>,
  violations: readonly PositionViolation[],
): void {
  const ms = (values: readonly number[], quantile: 'p50' | 'p99', limit?: number) => {
    if (!values.length) return 'none';
    const value = percentiles(values)[quantile];
    return `${value.toFixed(1)}${limit !== undefined && value > limit ? ' ✗' : ''}`;
  };
  console.log(`\n  command paths on ${backend}: ms from the response / from the sending (✗: over target)`);
  console.table(
    allPaths().map((path) => {
      const idle = samples.get(`idle|${path}`) ?? empty;
      const loaded = samples.get(`half load|${path}`) ?? empty;
      return {
        path,
        'idle p50 ≤ 3': `${ms(idle.fromResponse, 'p50', 3)} / ${ms(idle.fromSending, 'p50', 3)}`,
        'idle p99 ≤ 15': `${ms(idle.fromResponse, 'p99', 15)} / ${ms(idle.fromSending, 'p99', 15)}`,
        'half load p50': `${ms(loaded.fromResponse, 'p50')} / ${ms(loaded.fromSending, 'p50')}`,
        'half load p99 ≤ 50': `${ms(loaded.fromResponse, 'p99', 50)} / ${ms(loaded.fromSending, 'p99', 50)}`,
        'never arrived': idle.missed + loaded.missed || '',
        'before response': idle.early + loaded.early || '',
      };
    }),
  );
  for (const v of violations.slice(0, 10)) console.log(`  position did not move: ${describe(v)}`);
  if (violations.length > 10) console.log(`  … ${violations.length - 10} more`);
}

/** The worst path over every backend: the one furthest over (or nearest to) its target. */
function printWorst(figures: readonly Figure[]): void {
  for (const reference of references) {
    const judged = figures.filter((f) => f.detail && f.name.endsWith(reference));
    if (!judged.length) continue;
    const worst = judged.reduce((a, b) => (b.value / limitOf(b) > a.value / limitOf(a) ? b : a));
    console.log(
      `  worst command path ${reference}: ${worst.name} on ${worst.backend}: ${worst.value.toFixed(1)} ms, ${(worst.value / limitOf(worst)).toFixed(1)}× its target (${worst.target})`,
    );
  }
}
