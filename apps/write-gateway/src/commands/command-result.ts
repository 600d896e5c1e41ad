import type { DomainError } from '@sluice/domain';
import type { StreamAppend } from '@sluice/event-store';

/** One stream a command appended to: its version after the command, and its last event's position. */
export interface StreamWritten {
  streamId: string;
  version: number;
  position: bigint;
}

/** A command that succeeded: where its events landed. Mirrors the contract's CommandAccepted. */
export interface CommandAccepted {
  kind: 'CommandAccepted';
  id: string;
  version: number;
  position: bigint;
  events: string[];
  /** Every stream appended to, in the order written; empty when the command changed nothing. */
  streams: StreamWritten[];
}

export type CommandResult = CommandAccepted | DomainError;

/**
 * A written stream as the command record keeps it. The record is written in the same statement as
 * the events, before the log numbers them, so a stream's position is kept as the number of the
 * command's events written after that stream's last one: an append's positions are consecutive,
 * so it is the command's last position minus `eventsAfter`.
 */
export interface StoredStream {
  streamId: string;
  version: number;
  eventsAfter: number;
}

/**
 * How a result is kept with the command record; bigint positions travel as decimal strings. A
 * record stored before `streams` existed has none.
 */
export type StoredResult =
  | {
      kind: 'CommandAccepted';
      id: string;
      version: number;
      events: string[];
      position?: string;
      streams?: StoredStream[];
    }
  | DomainError;

/** The streams of one append as the record keeps them, in the order they are written. */
export function storedStreams(appends: readonly StreamAppend[]): StoredStream[] {
  let eventsAfter = appends.reduce((sum, append) => sum + append.events.length, 0);
  return appends.map((append) => {
    eventsAfter -= append.events.length;
    return {
      streamId: append.streamId,
      version: append.expectedVersion + append.events.length,
      eventsAfter,
    };
  });
}

export function toStoredResult(result: CommandResult): StoredResult {
  if (result.kind !== 'CommandAccepted') return result;
  const { position, streams, ...rest } = result;
  return {
    ...rest,
    position: position.toString(),
    streams: streams.map(({ position: at, ...stream }) => ({
      ...stream,
      eventsAfter: Number(position - at),
    })),
  };
}

/** Rebuilds the first attempt's result; an appended command's position comes from its record. */
export function fromStoredResult(stored: StoredResult, lastPosition: bigint | null): CommandResult {
  if (stored.kind !== 'CommandAccepted') return stored;
  const { streams, ...rest } = stored;
  const position = lastPosition ?? BigInt(stored.position ?? '0');
  return {
    ...rest,
    position,
    streams: (streams ?? []).map(({ eventsAfter, ...stream }) => ({
      ...stream,
      position: position - BigInt(eventsAfter),
    })),
  };
}
