import type { EventStore, StoredEvent } from '@sluice/event-store';
import type { AppliedBatch, WrittenRows } from '@sluice/projections';

/** New events in log order, and the rows they wrote when this process applied them alone. */
export type ChangeListener = (events: readonly StoredEvent[], rows?: Partial<WrittenRows>) => void;

/**
 * The log as the read models have applied it: each time they advance (here or in another read
 * gateway process), the new segment of the log is read once and handed to every listener, in
 * position order. Listeners never see an event before its read-model change committed.
 */
export class ChangeStream {
  private position: bigint;
  private target: bigint;
  private readonly listeners = new Set<ChangeListener>();
  private pumping: Promise<void> | undefined;

  constructor(
    private readonly store: EventStore,
    start: bigint,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.position = start;
    this.target = start;
  }

  /** The position up to which events were handed out: later batches hold only events past it. */
  current(): bigint {
    return this.position;
  }

  advanceTo(applied: bigint): void {
    if (applied <= this.target) return;
    this.target = applied;
    this.pumping ??= this.pump().finally(() => {
      this.pumping = undefined;
    });
  }

  /**
   * This process's projector applied up to `position`, these events right after `batch.after`:
   * when the stream stands exactly there, they are handed out as they are (with the rows they
   * wrote), without reading the log.
   */
  offer(position: bigint, batch: AppliedBatch): void {
    if (this.pumping || batch.after !== this.position || position <= this.position) {
      return this.advanceTo(position);
    }
    this.target = position;
    if (batch.events.length > 0) for (const listener of this.listeners) listener(batch.events, batch.rows);
    this.position = position;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async pump(): Promise<void> {
    while (this.position < this.target) {
      if (this.listeners.size === 0) {
        this.position = this.target;
        return;
      }
      let page: StoredEvent[];
      try {
        page = await this.store.readAllAfter(this.position, 1000);
      } catch (error) {
        this.onError(error);
        return;
      }
      const upTo = this.target;
      const events = page.filter((event) => event.position <= upTo);
      if (events.length > 0) for (const listener of this.listeners) listener(events);
      this.position = events.length === page.length && events.length > 0 ? events.at(-1)!.position : upTo;
    }
  }
}
