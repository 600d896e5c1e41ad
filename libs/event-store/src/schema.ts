import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The append-only log. `position` is `transaction id × 65536 + index in the append`, so it
 * orders events by the transaction that wrote them (see read-all-after.ts for why).
 */
export const events = pgTable(
  'events',
  {
    position: bigint('position', { mode: 'bigint' }).primaryKey(),
    eventId: uuid('event_id').notNull().unique(),
    streamId: text('stream_id').notNull(),
    version: integer('version').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    metadata: jsonb('metadata').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('events_stream_version').on(table.streamId, table.version),
    // Replays of some types only (readTypesAfter); one more index for every append to write.
    index('events_type_position').on(table.type, table.position),
  ],
);

/** The first result of every command sent with a commandId, written with its events. */
export const commands = pgTable(
  'commands',
  {
    commandId: text('command_id').primaryKey(),
    commandType: text('command_type').notNull(),
    fingerprint: text('fingerprint').notNull(),
    result: jsonb('result').notNull(),
    /** Position of the command's last event; null when it wrote none. */
    lastPosition: bigint('last_position', { mode: 'bigint' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [index('commands_recorded_at').on(table.recordedAt)],
);

/** How far each follower of the log (the relay) has taken it; advanced only after delivery. */
export const logCheckpoints = pgTable('log_checkpoints', {
  name: text('name').primaryKey(),
  position: bigint('position', { mode: 'bigint' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
