import { randomUUID } from 'node:crypto';
import type { Caller } from '@sluice/auth';
import { EventStream, type EventStreamOptions } from './event-stream';

/** A stream of single connection mode, and who reserved it. */
export interface Reservation {
  /** Who reserved it (their `sub` and roles; see ownerOf): only they may use it. */
  owner: string;
  stream: EventStream;
  opened: boolean;
}

/** Why a request cannot use the stream its token names. */
export type Unusable = 'not found' | 'forbidden';

/**
 * The streams of single connection mode by their token, and the count of every stream (of either
 * mode) against the process's limit. A token is the server's own random UUID, never the client's
 * choice; it names a stream only for the caller who reserved it (the same `sub` with the same
 * roles), so a token that leaks is of no use to anyone signed in as someone else. Anonymous callers
 * are all one caller: a leaked anonymous token lets another anonymous client use the stream, which
 * carries only what anyone may read. A reservation not opened in time is dropped.
 */
export class StreamReservations {
  private readonly reserved = new Map<string, Reservation>();
  private readonly streams = new Set<EventStream>();

  constructor(
    private readonly limits: { maxStreams: number; reservationTimeoutMs: number },
    private readonly streamOptions: Omit<EventStreamOptions, 'onEnd'>,
  ) {}

  /** Streams of either mode in this process. */
  size(): number {
    return this.streams.size;
  }

  /** A new stream counted against the limit; undefined when the limit is reached. */
  stream(onEnd: () => void = () => undefined): EventStream | undefined {
    if (this.streams.size >= this.limits.maxStreams) return undefined;
    const stream: EventStream = new EventStream({
      ...this.streamOptions,
      onEnd: () => {
        this.streams.delete(stream);
        onEnd();
      },
    });
    this.streams.add(stream);
    return stream;
  }

  /** Reserves a stream for the caller; its token, or undefined when the limit is reached. */
  reserve(caller: Caller): string | undefined {
    const token = randomUUID();
    const stream = this.stream(() => {
      clearTimeout(lapse);
      this.reserved.delete(token);
    });
    if (!stream) return undefined;
    const lapse = setTimeout(() => {
      if (!this.reserved.get(token)?.opened) stream.end();
    }, this.limits.reservationTimeoutMs);
    this.reserved.set(token, { owner: ownerOf(caller), stream, opened: false });
    return token;
  }

  /** The reservation a token names, if this caller may use it. */
  find(token: string, caller: Caller): Reservation | Unusable {
    const reservation = this.reserved.get(token);
    if (!reservation) return 'not found';
    return reservation.owner === ownerOf(caller) ? reservation : 'forbidden';
  }

  /** Ends every stream (the gateway stops). */
  close(): void {
    for (const stream of [...this.streams]) stream.end();
  }
}

/** A caller as a reservation's owner: the same `sub` under other roles is another caller. */
function ownerOf(caller: Caller): string {
  return JSON.stringify([caller.sub ?? null, [...caller.roles].sort()]);
}
