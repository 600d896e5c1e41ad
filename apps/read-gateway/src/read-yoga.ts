import type { EventStore } from '@sluice/event-store';
import {
  gatewayEdge,
  maskedErrors,
  maskErrorWith,
  securityPlugins,
  type EdgeOptions,
  type GatewayEdge,
  type GatewayMetrics,
  type Logger,
  type QueryLimits,
  useStorableText,
} from '@sluice/gateway';
import type { Db, ProjectionProgress } from '@sluice/projections';
import { createYoga } from 'graphql-yoga';
import type { LiveFeed } from './live-feed';
import type { DeadLetterDesk } from './runtime/dead-letter-desk';
import { createReadLoaders } from './read-models/read-loaders';
import { readSchema } from './schema';
import { graphiqlExample } from './graphiql-example';
import { useMutationsElsewhere } from './mutations-elsewhere';
import type { EventStreamLimits } from './graphql-sse/event-stream-limits';
import { useGraphQLSse } from './graphql-sse/graphql-sse-plugin';
import type { ReadContext } from './schema/read-context';
import type { ReadModelsVersion } from './response-cache/read-models-version';
import { useReadResponseCache, type AnswerSource } from './response-cache/response-cache-plugin';
import { LiveOperations } from './subscriptions/live-operations';
import { replaysPerSubscriber } from './subscriptions/replays-per-subscriber';
import { useSharedSubscriptions } from './subscriptions/shared-subscriptions-plugin';
import { useTokenExpiry } from './subscriptions/token-expiry-plugin';

export interface ReadYogaOptions extends EdgeOptions {
  /** The read models as clients' queries read them (on PGlite, taking turns: see LoopTurns). */
  db: Db;
  /**
   * The read models as shared subscriptions' pushes read them: on PGlite, statements that never
   * wait for a turn of the event loop, as the pipeline's before them. @default db
   */
  liveDb?: Db;
  store: EventStore;
  progress: ProjectionProgress;
  feed: LiveFeed;
  /** What the operators' retryDeadLetter and skipDeadLetter act through. */
  deadLetters: DeadLetterDesk;
  logger: Logger;
  limits?: Partial<QueryLimits>;
  /** How long a query with atLeast waits for the projections before STALE_READ. @default 5000 */
  staleReadTimeoutMs?: number;
  /** Results one subscriber may have waiting before it is cut off as too slow. @default 1000 */
  subscriptionQueueLimit?: number;
  /** Where live operations are shared among subscribers; a test may pass its own to look in. */
  liveOperations?: LiveOperations;
  /** graphql-sse at /graphql/stream; see EventStreamLimits for the defaults. */
  eventStreams?: Partial<EventStreamLimits>;
  /** The read models' state, under which answers to queries are kept (none without it). */
  readModelsVersion?: ReadModelsVersion;
  /** Answers kept at most; 0 keeps none. @default 1000 */
  responseCacheEntries?: number;
}

/** The read gateway's edge: its tokens, CORS and GraphiQL (subscriptions over graphql-ws). */
export function readGatewayEdge(options: EdgeOptions): GatewayEdge {
  return gatewayEdge(options, {
    title: 'Sluice read gateway',
    defaultQuery: graphiqlExample,
    subscriptionsProtocol: 'WS',
  });
}

/**
 * The read gateway's Yoga: queries over HTTP (POST, and GET since no CSRF header is required:
 * see securityPlugins), subscriptions over SSE at /graphql (Yoga's own, GET or POST) and over
 * graphql-sse at /graphql/stream (both of its modes); graphql-ws is attached beside it.
 */
export function createReadYoga(options: ReadYogaOptions, edge: GatewayEdge = readGatewayEdge(options)) {
  const staleReadTimeoutMs = options.staleReadTimeoutMs ?? 5000;
  const subscriptionQueueLimit = options.subscriptionQueueLimit ?? 1000;
  const eventStreams = useGraphQLSse({
    callers: edge.callers,
    logger: options.logger,
    limits: { maxQueuedEvents: subscriptionQueueLimit, ...options.eventStreams },
  });
  const contextOn =
    (db: Db) =>
    (caller: ReadContext['caller'], logger = options.logger): ReadContext => ({
      db,
      store: options.store,
      progress: options.progress,
      feed: options.feed,
      deadLetters: options.deadLetters,
      staleReadTimeoutMs,
      loaders: createReadLoaders(db),
      caller,
      logger,
    });
  const context = contextOn(options.db);
  const masking = maskedErrors(options.logger);
  const cacheEntries = options.responseCacheEntries ?? 1000;
  const responseCache =
    options.readModelsVersion && cacheEntries > 0
      ? useReadResponseCache({
          callers: edge.callers,
          version: options.readModelsVersion,
          maxEntries: cacheEntries,
          onAnswer: countAnswers(options.metrics),
        })
      : [];
  return createYoga<Record<string, never>, ReadContext>({
    schema: readSchema(),
    graphqlEndpoint: '/graphql',
    ...edge.yoga,
    landingPage: false,
    batching: false,
    logging: false,
    maskedErrors: masking,
    plugins: [
      ...edge.yoga.plugins,
      ...securityPlugins(options.limits),
      useMutationsElsewhere(),
      useStorableText(),
      // After the plugins that refuse an execution: what they refuse never reaches the cache.
      ...responseCache,
      useTokenExpiry(),
      useSharedSubscriptions({
        operations: options.liveOperations ?? new LiveOperations(subscriptionQueueLimit),
        sharedContext: contextOn(options.liveDb ?? options.db),
        runsAlone: replaysPerSubscriber,
        maskError: maskErrorWith(masking),
      }),
      eventStreams,
    ],
    context: async (initial) => context(await edge.callers.of(initial), edge.requests.of(initial).logger),
  });
}

/** Counts where queries over HTTP were answered from, in `metrics` when there are. */
function countAnswers(metrics: GatewayMetrics | undefined): ((source: AnswerSource) => void) | undefined {
  const answered = metrics?.counter(
    'sluice_read_answers_total',
    'Queries over HTTP by where they were answered from: kept (the read models not having moved since), shared (read once for several asking at once), read',
    ['source'],
  );
  return answered && ((source) => answered({ source }));
}
