import type { Versioned } from '@sluice/domain';
import type { EventStore, StoredEvent } from '@sluice/event-store';

/** A stream's folded state, its version and the log position of its last event (0n: no events). */
export interface LoadedStream<S> extends Versioned<S> {
  position: bigint;
}

export interface StreamFold<S, E> {
  initial: () => S;
  evolve: (state: S, event: E) => S;
}

/**
 * Loads streams of one kind and folds them into state. Folded states are kept in a bounded
 * cache and only the events past the cached version are read: correct with many writer
 * processes too, because the store is always asked for what came after.
 * @default maxCachedStreams 10000
 */
export class StreamReader<S, E> {
  private readonly cache = new Map<string, LoadedStream<S>>();

  constructor(
    private readonly store: EventStore,
    private readonly fold: StreamFold<S, E>,
    private readonly maxCachedStreams = 10_000,
  ) {}

  async load(streamIds: readonly string[]): Promise<Map<string, LoadedStream<S>>> {
    const unique = [...new Set(streamIds)];
    const newer = await this.store.readStreams(
      unique.map((streamId) => ({ streamId, afterVersion: this.cache.get(streamId)?.version ?? 0 })),
    );
    const loaded = new Map<string, LoadedStream<S>>();
    for (const streamId of unique) {
      const stream = this.apply(streamId, newer.get(streamId) ?? []);
      loaded.set(streamId, stream);
    }
    return loaded;
  }

  async loadOne(streamId: string): Promise<LoadedStream<S>> {
    const loaded = await this.load([streamId]);
    return loaded.get(streamId) ?? this.empty();
  }

  private apply(streamId: string, events: readonly StoredEvent[]): LoadedStream<S> {
    let stream = this.cache.get(streamId) ?? this.empty();
    for (const event of events) {
      if (event.version <= stream.version) continue;
      stream = {
        state: this.fold.evolve(stream.state, { type: event.type, data: event.data } as E),
        version: event.version,
        position: event.position,
      };
    }
    if (stream.version > 0) this.remember(streamId, stream);
    return stream;
  }

  private remember(streamId: string, stream: LoadedStream<S>): void {
    const cached = this.cache.get(streamId);
    if (cached && cached.version >= stream.version) return;
    this.cache.delete(streamId);
    this.cache.set(streamId, stream);
    if (this.cache.size > this.maxCachedStreams) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private empty(): LoadedStream<S> {
    return { state: this.fold.initial(), version: 0, position: 0n };
  }
}
