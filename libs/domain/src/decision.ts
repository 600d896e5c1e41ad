import type { DomainError } from './errors';
import type { DomainEvent } from './events';

/** A stream's folded state and the version of its last event (0: the stream does not exist). */
export interface Versioned<S> {
  state: S;
  version: number;
}

/** Events to append to one stream, guarded by the version the decision was made on. */
export interface StreamWrite {
  streamId: string;
  expectedVersion: number;
  events: DomainEvent[];
}

/**
 * What a decider answers. `subjectId` is the product or order the command acted on; `writes`
 * may be empty when the command is accepted but changes nothing.
 */
export type Decision =
  | { ok: true; subjectId: string; subjectStreamId: string; writes: StreamWrite[] }
  | { ok: false; error: DomainError };
