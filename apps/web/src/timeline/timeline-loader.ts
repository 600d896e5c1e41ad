import type { ApiClient } from '../api/api-client';
import { History } from '../api/read-operations';
import { Observable } from '../live/observable';
import type { TimelineSubject } from './timeline-event';
import { emptyTimeline, withEdges, type TimelineState } from './timeline-state';

/** The gateway's own default page. */
const PAGE_SIZE = 20;

/** Newer events are read oldest first, a page at a time, until none are left. */
const CATCH_UP_PAGE_SIZE = 50;

/**
 * One entity's history as the panel shows it: the newest page first, older pages on demand, and
 * whatever was appended since on `catchUp`. Reads run one at a time, so a catch-up that follows the
 * first page starts from its newest event.
 */
export class TimelineLoader extends Observable<TimelineState> {
  private queue: Promise<void> = Promise.resolve();
  private catchUpQueued = false;
  private closed = false;

  constructor(
    private readonly api: Pick<ApiClient, 'read'>,
    private readonly subject: TimelineSubject,
  ) {
    super(emptyTimeline);
    this.enqueue(() => this.readOlder());
  }

  loadOlder(): void {
    this.enqueue(() => this.readOlder());
  }

  /** Reads what the stream gained since the newest event shown; asked again while queued, once. */
  catchUp(): void {
    if (this.catchUpQueued) return;
    this.catchUpQueued = true;
    this.enqueue(() => {
      this.catchUpQueued = false;
      return this.readNewer();
    });
  }

  close(): void {
    this.closed = true;
  }

  private enqueue(read: () => Promise<void>): void {
    this.queue = this.queue.then(read).catch((error: unknown) => {
      if (!this.closed) this.set({ ...this.current, loading: false, error: messageOf(error) });
    });
  }

  private async readOlder(): Promise<void> {
    const after = this.current.edges.at(-1)?.cursor;
    const { history } = await this.api.read(History, { ...this.stream(), first: PAGE_SIZE, after });
    if (this.closed) return;
    this.set({
      edges: withEdges(this.current.edges, history.edges),
      hasOlder: history.pageInfo.hasNextPage,
      loading: false,
      error: undefined,
    });
  }

  private async readNewer(): Promise<void> {
    for (let more = true; more && !this.closed;) {
      const after = this.current.edges[0]?.cursor;
      if (after === undefined) return this.readOlder();
      const { history } = await this.api.read(History, {
        ...this.stream(),
        first: CATCH_UP_PAGE_SIZE,
        after,
        oldestFirst: true,
      });
      if (this.closed) return;
      this.set({ ...this.current, edges: withEdges(this.current.edges, history.edges), error: undefined });
      more = history.pageInfo.hasNextPage;
    }
  }

  private stream() {
    return this.subject.kind === 'product' ? { productId: this.subject.id } : { orderId: this.subject.id };
  }
}

function messageOf(error: unknown): string {
  return `Could not load the timeline: ${error instanceof Error ? error.message : String(error)}`;
}
