import type { Caller } from '@sluice/auth';
import type { EventStore } from '@sluice/event-store';
import type { Logger } from '@sluice/gateway';
import type { Db, ProjectionProgress } from '@sluice/projections';
import type { LiveFeed, SubscriberTransport } from '../live-feed';
import type { ReadLoaders } from '../read-models/read-loaders';
import type { DeadLetterDesk } from '../runtime/dead-letter-desk';

/** Per-request context of the read gateway's resolvers. */
export interface ReadContext {
  db: Db;
  store: EventStore;
  progress: ProjectionProgress;
  feed: LiveFeed;
  /** Retries and skips dead letters, taking turns with the projector that keeps these models. */
  deadLetters: DeadLetterDesk;
  /** How long a query with atLeast waits for the projections before STALE_READ. */
  staleReadTimeoutMs: number;
  /**
   * Who is asking. In a live operation shared by many subscribers, the view they share (see
   * subscriptions/subscriber-view.ts), never one subscriber's own token.
   */
  caller: Caller;
  /**
   * Writes the request's id on every line; in a live operation shared by many subscribers, the
   * gateway's own logger.
   */
  logger: Logger;
  /** Fresh per request, so batching and caching never outlive one response. */
  loaders: ReadLoaders;
  /** The connection a subscription runs on, where the transport offers one (WebSocket). */
  transport?: SubscriberTransport;
}
