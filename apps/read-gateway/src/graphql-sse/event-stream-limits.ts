/** What one read gateway process accepts over graphql-sse (GraphQL over server-sent events). */
export interface EventStreamLimits {
  /** Event streams at once, reserved or open, in either mode; further ones get 503. @default 10000 */
  maxStreams: number;
  /** Operations running at once on one stream (single connection mode). @default 100 */
  maxOperationsPerStream: number;
  /** Time a reservation has to be opened before it is dropped. @default 30000 */
  reservationTimeoutMs: number;
  /** Events waiting for a client that does not read before its stream is cut off. @default 1000 */
  maxQueuedEvents: number;
}

export const defaultEventStreamLimits: EventStreamLimits = {
  maxStreams: 10_000,
  maxOperationsPerStream: 100,
  reservationTimeoutMs: 30_000,
  maxQueuedEvents: 1_000,
};
