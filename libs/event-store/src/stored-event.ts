/** Who caused an event and when; kept beside every event. */
export interface EventMetadata {
  commandId?: string;
  correlationId: string;
  causationId: string;
  commandType?: string;
  /** ISO-8601 time the command was decided at. */
  at: string;
  [key: string]: unknown;
}

/** An event as it is handed to the store. */
export interface NewEvent {
  eventId: string;
  type: string;
  data: unknown;
  metadata: EventMetadata | Record<string, unknown>;
}

/** Events for one stream, written only if the stream is exactly at `expectedVersion` (0: new). */
export interface StreamAppend {
  streamId: string;
  expectedVersion: number;
  events: readonly NewEvent[];
}

/** An event as the log holds it. */
export interface StoredEvent {
  position: bigint;
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
  occurredAt: Date;
}
