import type { AppendedEvents } from './appended-events';
import type { AppendOutcome, CommandRecord, RecordOutcome, StoredCommand } from './command-record';
import type { StoredEvent, StreamAppend } from './stored-event';

/** The event log on PostgreSQL or PGlite: the same code and SQL on both. */
export interface EventStore {
  /**
   * Appends to one or more streams in one transaction: every stream at its expected version,
   * or nothing. With a record, the command's result is stored in the same statement, and a
   * commandId already stored (also by a concurrent append) writes nothing.
   */
  append(appends: readonly StreamAppend[], record?: CommandRecord): Promise<AppendOutcome>;
  /** Stores the result of a command that wrote no events. */
  recordCommand(record: CommandRecord): Promise<RecordOutcome>;
  findCommand(commandId: string): Promise<StoredCommand | undefined>;
  /** Each stream's events after the given version, in version order. */
  readStreams(
    requests: ReadonlyArray<{ streamId: string; afterVersion: number }>,
  ): Promise<Map<string, StoredEvent[]>>;
  /**
   * One page of a stream's events: up to `limit` after version `from` in version order, or, newest
   * first, before it (from the newest when `from` is left out). Read on the stream's index.
   */
  readStreamPage(
    streamId: string,
    page: { from?: number; limit: number; newestFirst: boolean },
  ): Promise<StoredEvent[]>;
  /** The version of a stream's newest event: its number of events; 0 for none. */
  streamVersion(streamId: string): Promise<number>;
  /**
   * Up to `limit` events after `position`, in position order, never skipping one that commits
   * later: see read-all-after.ts.
   */
  readAllAfter(position: bigint, limit: number): Promise<StoredEvent[]>;
  /**
   * What readAllAfter would return filtered to `types`, a page at a time: up to `limit` events of
   * those types after `position`, in position order, within the same bound. Read on the
   * (type, position) index: the cost follows the events of those types, not the log.
   */
  readTypesAfter(position: bigint, types: readonly string[], limit: number): Promise<StoredEvent[]>;
  /** The newest `limit` events, oldest first, within the same bound as readAllAfter. */
  readLast(limit: number): Promise<StoredEvent[]>;
  /** Position of the newest committed event; 0n on an empty log. */
  head(): Promise<bigint>;
  /** How many events the log holds past `position`. */
  countAfter(position: bigint): Promise<number>;
  /**
   * Calls `listener` after appends commit, with the last position when known; on PostgreSQL also
   * for other processes' appends (LISTEN), and without a position when a lost LISTEN connection
   * is back (anything may have been missed). This process's own appends also come with their
   * events when their predecessor is final (see AppendedEvents). Resolves to a function that
   * stops it.
   */
  watchAppends(
    listener: (position?: bigint, appended?: AppendedEvents) => void,
  ): Promise<() => Promise<void>>;
  /** Where a follower of the log (e.g. the relay) has got to; 0n when it never saved one. */
  loadCheckpoint(name: string): Promise<bigint>;
  /** Moves a follower's checkpoint forward; never backwards. */
  saveCheckpoint(name: string, position: bigint): Promise<void>;
  close(): Promise<void>;
}
