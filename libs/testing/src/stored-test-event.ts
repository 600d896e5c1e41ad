import type { StoredEvent } from '@sluice/event-store';

/** A stored event of no domain type at `position`, for what carries events without reading them. */
export function storedTestEvent(position: bigint): StoredEvent {
  return {
    position,
    eventId: `e${position}`,
    streamId: 's',
    version: Number(position),
    type: 'Tested',
    data: {},
    metadata: {},
    occurredAt: new Date(0),
  };
}
