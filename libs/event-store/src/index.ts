export type { EventStore } from './event-store';
export type { EventMetadata, NewEvent, StoredEvent, StreamAppend } from './stored-event';
export type { AppendOutcome, CommandRecord, RecordOutcome, StoredCommand } from './command-record';
export {
  openPostgresEventStore,
  migratePostgres,
  type PostgresEventStoreOptions,
} from './open-postgres-event-store';
export { openPgliteEventStore, type PgliteEventStoreOptions } from './open-pglite-event-store';
export { createSqlEventStore, rowsOf, type SluiceDatabase } from './sql-event-store';
export { encodeAppend, MAX_EVENTS_PER_APPEND } from './encode-append';
export { events, commands } from './schema';
