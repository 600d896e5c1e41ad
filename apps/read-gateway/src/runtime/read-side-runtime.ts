import type { Tracer } from '@opentelemetry/api';
import type { EventStore } from '@sluice/event-store';
import type { Logger } from '@sluice/gateway';
import { inConsumeSpan, type EventBus } from '@sluice/messaging';
import {
  allProjections,
  DeadLetterError,
  holdProjectorLock,
  PROJECTIONS_CHANNEL,
  type AppliedBatch,
  ProgressTracker,
  Projector,
  type OpenedProjections,
} from '@sluice/projections';
import { ChangeStream } from './change-stream';
import { deadLetterDesk, type DeadLetterDesk } from './dead-letter-desk';
import { LiveFeedHub } from './live-feed-hub';
import { ReadModelsVersion } from '../response-cache/read-models-version';
import { OneAtATime } from './one-at-a-time';
import { rebuildStaleGenerations } from './stale-generations';

export interface ReadSideRuntimeOptions {
  store: EventStore;
  projections: OpenedProjections;
  bus: EventBus;
  logger: Logger;
  /** @default 1000 */
  maxQueuedPerSubscriber?: number;
  /** `events` replays at once; see LiveFeedOptions. */
  eventReplays?: { max: number; perSocket: number };
  /** Traces each delivery, the batches it applies and the pushes they make; none when off. */
  tracer?: Tracer;
}

type Follower = (position: bigint, applied?: AppliedBatch) => void;

export interface ReadSideRuntime {
  progress: ProgressTracker;
  /** The state the read models are in: what answers kept for them are kept under. */
  version: ReadModelsVersion;
  feed: LiveFeedHub;
  projector: Projector;
  /** Retries and skips dead letters, taking turns with this process's projector. */
  deadLetters: DeadLetterDesk;
  /** Whether it has caught up with the log and applies what the bus delivers. */
  following(): boolean;
  stop(): Promise<void>;
}

/** A runtime opened but not yet caught up: `catchUpAndFollow` does that, once. */
export interface OpenedReadSideRuntime extends ReadSideRuntime {
  catchUpAndFollow(): Promise<void>;
}

/**
 * What keeps a read gateway's models and subscribers current: the projector catches up from the
 * log, then applies what the bus delivers; progress (its own, and on PostgreSQL every other read
 * gateway's, by LISTEN) wakes atLeast waiters and feeds the subscriptions.
 */
export async function startReadSideRuntime(options: ReadSideRuntimeOptions): Promise<ReadSideRuntime> {
  const runtime = await openReadSideRuntime(options);
  try {
    await runtime.catchUpAndFollow();
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  return runtime;
}

/**
 * The runtime with its progress and feed, before it catches up: a gateway serves (and reports
 * not ready) while `catchUpAndFollow` runs. Stopped whole by `stop`, caught up or not.
 */
export async function openReadSideRuntime(options: ReadSideRuntimeOptions): Promise<OpenedReadSideRuntime> {
  const { store, projections, bus, logger, tracer } = options;
  const onError = (error: unknown) => logger.error('read side', { error: String(error) });
  // Filled once the starting position is known; the projector reports to them from then on.
  const followers: Follower[] = [];
  const advance: Follower = (position, applied) => {
    for (const follow of followers) follow(position, applied);
  };
  // What commit notifications say the log holds: a delivery behind it is applied with the rest.
  let newestAppended = 0n;
  const stopWatchingAppends = await store.watchAppends((position) => {
    if (position !== undefined && position > newestAppended) newestAppended = position;
  });
  let unlisten: (() => Promise<void>) | undefined;
  let unlistenChanges: (() => Promise<void>) | undefined;
  // A retry of a dead letter waits for no projector to run (see whileNoProjectorRuns).
  const projectorLock = projections.client ? await holdProjectorLock(projections.client) : undefined;
  // Stops a catch-up or a rebuild under way between two batches.
  const stopping = new AbortController();
  let rebuilding: Promise<void> = Promise.resolve();
  const stopListening = async () => {
    stopping.abort();
    await rebuilding;
    await unlisten?.();
    await unlistenChanges?.();
    await stopWatchingAppends();
    await projectorLock?.release();
  };
  try {
    const projector = new Projector(projections.session, store, allProjections, {
      newestAppended: () => newestAppended,
      onApplied: advance,
      tracer,
      async onDeadLetter(event, error, attempts) {
        logger.error('event dead-lettered', {
          position: String(event.position),
          type: event.type,
          error,
          attempts,
        });
        await bus.deadLetter({ event, previousPosition: 0n }, error, attempts);
      },
    });
    const start = await projector.appliedPosition();
    const progress = new ProgressTracker(start);
    const version = new ReadModelsVersion(progress);
    unlistenChanges = await version.followAnnouncements(projections);
    const stream = new ChangeStream(store, start, onError);
    followers.push(
      (position) => progress.advance(position),
      // What this process applied is handed to subscribers as it is; others' progress is read.
      (position, applied) => (applied ? stream.offer(position, applied) : stream.advanceTo(position)),
    );
    // The projector's deliveries and a retry take turns: a retry runs while it applies nothing.
    const turns = new OneAtATime();
    let following = false;
    const deadLetters = deadLetterDesk(projections.session, store, (work) =>
      turns.run(async () => {
        if (!following)
          throw new DeadLetterError(
            'the read side is still catching up with the log: retry once it is ready',
            'projectors running',
          );
        try {
          // On PostgreSQL other read gateways' projectors must stand still too; embedded, the
          // data folder's lock keeps every other process out.
          return await (projectorLock ? projectorLock.whileNoOtherRuns(work) : work());
        } finally {
          // The rows it held in memory may be what the retry changed.
          await projector.appliedPosition();
          // Announced on commit too; this process's next query must not wait for the notice.
          version.changed();
        }
      }),
    );
    const feed = new LiveFeedHub(projections.db, stream, store, {
      onError,
      tracer,
      ...(options.maxQueuedPerSubscriber ? { maxQueuedPerSubscriber: options.maxQueuedPerSubscriber } : {}),
      ...(options.eventReplays
        ? { maxReplays: options.eventReplays.max, maxReplaysPerSocket: options.eventReplays.perSocket }
        : {}),
    });

    const catchUpAndFollow = async () => {
      await projector.catchUp(undefined, stopping.signal);
      // This projector's own commits are announced here too, often before its own report, which
      // comes with the rows it wrote: taken first, the announcement would have the subscriptions
      // read the log and the rows back instead. So what is announced during a delivery waits for it.
      let delivering = false;
      let announced: bigint | undefined;
      const onAnnounced = (position: bigint) => {
        if (!delivering) return advance(position);
        if (announced === undefined || position > announced) announced = position;
      };
      unlisten = projections.client
        ? await listenForProgress(
            projections.client,
            onAnnounced,
            () => void projector.appliedPosition().then(advance),
          )
        : undefined;
      await bus.consume(async (envelopes) => {
        delivering = true;
        try {
          const deliver = () => projector.deliverAll(envelopes);
          // A consumer span for each envelope, each in its own trace, the batch applied in them all.
          await turns.run(
            tracer
              ? envelopes.reduceRight<() => Promise<void>>(
                  (handle, envelope) => () => inConsumeSpan(tracer, bus, envelope, handle),
                  deliver,
                )
              : deliver,
          );
        } finally {
          delivering = false;
          const held = announced;
          announced = undefined;
          if (held !== undefined) advance(held);
        }
      });

      rebuilding = rebuildStaleGenerations({
        projections,
        store,
        code: allProjections,
        logger,
        signal: stopping.signal,
      });
      following = true;
    };

    return {
      progress,
      version,
      feed,
      projector,
      deadLetters,
      following: () => following,
      catchUpAndFollow,
      async stop() {
        feed.close();
        progress.close();
        await stopListening();
      },
    };
  } catch (error) {
    // Started only in part: nothing it set up may outlive it.
    await stopListening();
    throw error;
  }
}

async function listenForProgress(
  client: NonNullable<OpenedProjections['client']>,
  advance: (position: bigint) => void,
  onListen: () => void,
): Promise<() => Promise<void>> {
  const listening = await client.listen(PROJECTIONS_CHANNEL, (payload) => advance(BigInt(payload)), onListen);
  return () => listening.unlisten();
}
