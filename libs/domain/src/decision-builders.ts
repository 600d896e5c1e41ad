import type { Decision, StreamWrite } from './decision';
import type { DomainError } from './errors';
import type { DomainEvent } from './events';

/** Products and orders live on streams named by their ids, so the subject's stream id is its id. */
export function accepted(subjectId: string, writes: StreamWrite[]): Decision {
  return { ok: true, subjectId, subjectStreamId: subjectId, writes };
}

export function rejected(error: DomainError): Decision {
  return { ok: false, error };
}

export function streamWrite(
  streamId: string,
  expectedVersion: number,
  ...events: DomainEvent[]
): StreamWrite {
  return { streamId, expectedVersion, events };
}
