export type { EventStore } from './event-store';
export type { AppendedEvents } from './appended-events';
export type { EventMetadata, NewEvent, StoredEvent, StreamAppend } from './stored-event';
export type { AppendOutcome, CommandRecord, RecordOutcome, StoredCommand } from './command-record';
export {
  openPostgresEventStore,
  migratePostgres,
  type PostgresEventStoreOptions,
} from './open-postgres-event-store';
export { openPgliteEventStore, type PgliteEventStoreOptions } from './open-pglite-event-store';
export { newPglite, pgliteExtensions } from './pglite-extensions';
export { createSqlEventStore, type SluiceDatabase, type SqlEventStoreDriver } from './sql-event-store';
export { pgliteRawQuery, postgresRawQuery, type RawQuery } from './raw-query';
export { pgliteWithPreparedStatements } from './pglite-with-prepared-statements';
export { LoopTurns } from './loop-turns';
export { encodeAppend, MAX_EVENTS_PER_APPEND } from './encode-append';
export { events, commands, logCheckpoints } from './schema';
export { isTransientDatabaseError, sqlState } from './postgres-error';
