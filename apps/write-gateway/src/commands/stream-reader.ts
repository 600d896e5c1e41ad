import { parseEvent, type DomainEvent, type RecordedEvent, type Versioned } from '@sluice/domain';
import type { EventStore, StoredEvent, StreamAppend } from '@sluice/event-store';
import { LRUCache } from 'lru-cache';

/** A stream's folded state, its version and the log position of its last event (0n: no events). */
export interface LoadedStream<S> extends Versioned<S> {
  position: bigint;
}

export interface StreamFold<S, E> {
  initial: () => S;
  evolve: (state: S, event: E) => S;
  /**
   * Whether an event is of this kind of stream. A stream holding others (an order's id asked for
   * as a product's) is not of this kind: its state stays the initial one, so a decider answers
   * that no such entity exists.
   */
  belongs: (event: DomainEvent) => event is DomainEvent & E;
}

/**
 * Loads streams of one kind and folds them into state, keeping folded states in a bounded cache.
 * A fresh load reads only the events past the cached version. An optimistic load trusts the
 * cache: a decision on stale state is caught by the append's version check (and re-decided
 * fresh), so with many writer processes too nothing is decided on state that is not current.
 * @default maxCachedStreams 10000
 */
export class StreamReader<S, E> {
  private readonly cache: LRUCache<string, LoadedStream<S>>;

  constructor(
    private readonly store: EventStore,
    private readonly fold: StreamFold<S, E>,
    maxCachedStreams = 10_000,
  ) {
    this.cache = new LRUCache({ max: maxCachedStreams });
  }

  async load(
    streamIds: readonly string[],
    { fresh }: { fresh: boolean } = { fresh: true },
  ): Promise<Map<string, LoadedStream<S>>> {
    const unique = [...new Set(streamIds)];
    // What is read is what follows these states, and is folded onto them: the cache may forget
    // one while the read is under way, and a stream's later events alone are not its state.
    const held = new Map(unique.map((streamId) => [streamId, this.cache.get(streamId)]));
    const toRead = fresh ? unique : unique.filter((streamId) => held.get(streamId) === undefined);
    const newer = toRead.length
      ? await this.store.readStreams(
          toRead.map((streamId) => ({ streamId, afterVersion: held.get(streamId)?.version ?? 0 })),
        )
      : undefined;
    const loaded = new Map<string, LoadedStream<S>>();
    for (const streamId of unique) {
      const base = held.get(streamId);
      const read = newer?.get(streamId);
      loaded.set(streamId, read === undefined && base ? base : this.apply(streamId, read ?? [], base));
    }
    return loaded;
  }

  async loadOne(streamId: string, options?: { fresh: boolean }): Promise<LoadedStream<S>> {
    const loaded = await this.load([streamId], options);
    return loaded.get(streamId) ?? this.newStream();
  }

  /**
   * The cached state, or a new stream's where this process holds none: for an optimistic decision
   * on a stream that is new nearly always when asked (a SKU at its product's registration). The
   * append's version check (expected version 0) catches one that is not, and the command is then
   * decided again on fresh state; a refusal is decided again on fresh state anyway.
   */
  cachedOrNew(streamId: string): LoadedStream<S> {
    return this.cache.get(streamId) ?? this.newStream();
  }

  /** A stream this process just named with a fresh id: it cannot have events yet. */
  newStream(): LoadedStream<S> {
    return { state: this.fold.initial(), version: 0, position: 0n };
  }

  /**
   * Folds events this process appended into a cached stream that was at their expected version,
   * or into a new one of this kind that they began: its next command then reads nothing.
   */
  advance(append: StreamAppend, firstPosition: bigint): void {
    const cached = this.cache.get(append.streamId) ?? (this.begins(append) ? this.newStream() : undefined);
    if (!cached || cached.version !== append.expectedVersion) return;
    let stream = cached;
    append.events.forEach((event, index) => {
      stream = {
        state: this.evolve(stream.state, event),
        version: stream.version + 1,
        position: firstPosition + BigInt(index),
      };
    });
    this.remember(append.streamId, stream);
  }

  private begins(append: StreamAppend): boolean {
    const [first] = append.events;
    if (append.expectedVersion !== 0 || !first) return false;
    const domain = parseEvent(first);
    return domain !== undefined && this.fold.belongs(domain);
  }

  private apply(streamId: string, events: readonly StoredEvent[], base?: LoadedStream<S>): LoadedStream<S> {
    let stream = base ?? this.newStream();
    for (const event of events) {
      if (event.version <= stream.version) continue;
      stream = { state: this.evolve(stream.state, event), version: event.version, position: event.position };
    }
    if (stream.version > 0) this.remember(streamId, stream);
    return stream;
  }

  /**
   * The event as the domain's, checked (a malformed one fails the command rather than be decided
   * on); one of a type this code does not know, or of another kind of stream, changes nothing.
   */
  private evolve(state: S, event: RecordedEvent): S {
    const domain = parseEvent(event);
    return domain && this.fold.belongs(domain) ? this.fold.evolve(state, domain) : state;
  }

  private remember(streamId: string, stream: LoadedStream<S>): void {
    const cached = this.cache.peek(streamId);
    if (cached && cached.version >= stream.version) return;
    this.cache.set(streamId, stream);
  }
}
