import type { EventStore, StoredEvent } from '@sluice/event-store';
import type { SubscriberTransport } from '../live-feed';
import type { ChangeStream } from './change-stream';
import { SubscriberQueue, tooSlow } from './subscriber-queue';

export interface EventFeedArgs {
  store: Pick<EventStore, 'readAllAfter' | 'readTypesAfter' | 'readStreamPage'>;
  stream: ChangeStream;
  maxQueued: number;
  /** Cut off when the subscriber falls too far behind the live stream. */
  transport?: SubscriberTransport | undefined;
  /** Told when the replay is done (or abandoned) and the subscriber follows the live stream. */
  onReplayed?: () => void;
  /** Replay every event past this position first; without it, start live. */
  after?: bigint;
  types?: readonly string[];
  streamId?: string;
}

/**
 * The raw log for one subscriber: the backlog past `after` read page by page as the subscriber
 * consumes it (never loaded whole; the transport takes the next item only once the last was
 * sent), then the live stream. The live part starts exactly where the
 * stream stood when the subscriber joined, and the replay stops there: no gap, no repeat.
 */
export async function* replayThenFollow(args: EventFeedArgs): AsyncGenerator<StoredEvent> {
  const matches = (event: StoredEvent) =>
    (!args.types?.length || args.types.includes(event.type)) &&
    (!args.streamId || event.streamId === args.streamId);
  const after = args.after;
  let unsubscribe = () => {};
  const live = new SubscriberQueue<StoredEvent>(
    args.maxQueued,
    () => unsubscribe(),
    () => args.transport?.cutOff(tooSlow),
  );
  // Subscribing and reading where the stream stands happen in one synchronous step.
  unsubscribe = args.stream.subscribe((events) => {
    for (const event of events)
      if ((after === undefined || event.position > after) && matches(event)) live.push(event);
  });
  const liveFrom = args.stream.current();
  try {
    if (after !== undefined && after < liveFrom)
      for await (const page of backlog(args, after, liveFrom))
        for (const event of page) if (matches(event)) yield event;
    args.onReplayed?.();
    yield* live;
  } finally {
    args.onReplayed?.();
    live.end();
  }
}

const PAGE = 500;

/**
 * The events past `after` up to `liveFrom`, page by page. For one stream, read on the stream's
 * index in version order (positions grow with versions): the cost follows the stream, not the log.
 * For some types, read on the (type, position) index: the cost follows those types' events.
 */
async function* backlog(args: EventFeedArgs, after: bigint, liveFrom: bigint): AsyncGenerator<StoredEvent[]> {
  const inRange = (event: StoredEvent) => event.position > after && event.position <= liveFrom;
  if (args.streamId !== undefined) {
    for (let version = 0; ;) {
      const page = await args.store.readStreamPage(args.streamId, {
        from: version,
        limit: PAGE,
        newestFirst: false,
      });
      if (page.length === 0) return;
      yield page.filter(inRange);
      const last = page.at(-1)!;
      if (last.position >= liveFrom) return;
      version = last.version;
    }
  }
  const types = args.types?.length ? args.types : undefined;
  // Both reads stop below their snapshot's bound, which is past liveFrom: liveFrom was read from
  // the log (the bound never moves back). A short page, or an empty one, is the end of the range.
  for (let cursor = after; cursor < liveFrom;) {
    const read = types
      ? await args.store.readTypesAfter(cursor, types, PAGE)
      : await args.store.readAllAfter(cursor, PAGE);
    const page = read.filter((event) => event.position <= liveFrom);
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    cursor = page.at(-1)!.position;
  }
}
