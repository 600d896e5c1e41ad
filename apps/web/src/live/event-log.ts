import type { EventFeedSubscription } from '../generated/read/graphql';
import { isAfter } from '../api/positions';
import { Observable } from './observable';

export type LoggedEvent = EventFeedSubscription['events'];

interface EventLogState {
  /** Newest first, at most `keep` of them. */
  recent: readonly LoggedEvent[];
  received: number;
  /** The last position seen: a resumed feed asks for what comes after it. */
  cursor: string | undefined;
}

/** The tail of the raw event log as this page has seen it, without repeats. */
export class EventLog extends Observable<EventLogState> {
  constructor(private readonly keep = 50) {
    super({ recent: [], received: 0, cursor: undefined });
  }

  /** Where the feed starts when it has never seen an event: only the first call counts. */
  startAt(position: string): void {
    if (this.current.cursor === undefined) this.set({ ...this.current, cursor: position });
  }

  append(event: LoggedEvent): void {
    const { cursor, recent, received } = this.current;
    if (cursor !== undefined && !isAfter(event.position, cursor)) return;
    this.set({
      recent: [event, ...recent].slice(0, this.keep),
      received: received + 1,
      cursor: event.position,
    });
  }
}
