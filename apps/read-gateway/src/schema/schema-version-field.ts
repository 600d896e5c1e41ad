import { recordedSchemaVersion } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';

/** The `schemaVersion` field of an event, as both the feed and the history show it. */
export const schemaVersionField = {
  type: 'Int',
  nullable: true,
  description:
    'The schema version its data was written at: 1 for events written before versions were recorded; null when the metadata holds no readable one.',
  resolve: (event: StoredEvent) => recordedSchemaVersion(event.metadata) ?? null,
} as const;
