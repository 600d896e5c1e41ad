import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { AppendOutcome, CommandRecord, RecordOutcome, StoredCommand } from './command-record';
import type { EventStore } from './event-store';
import { encodeAppend } from './encode-append';
import { SERIALIZATION_FAILURE, sqlState, UNIQUE_VIOLATION } from './postgres-error';
import { readAllAfterQuery } from './read-all-after';
import { commands, events } from './schema';
import type { StoredEvent, StreamAppend } from './stored-event';

/** A drizzle database on either driver (postgres-js or PGlite). */
export type SluiceDatabase = PgDatabase<PgQueryResultHKT>;

/** postgres-js answers a raw query with an array of rows, PGlite with `{ rows }`. */
export function rowsOf(result: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(result)) return result as Array<Record<string, unknown>>;
  return (result as { rows: Array<Record<string, unknown>> }).rows;
}

/** The event store over drizzle; `close` releases the driver it was opened on. */
export function createSqlEventStore(db: SluiceDatabase, close: () => Promise<void>): EventStore {
  async function findCommand(commandId: string): Promise<StoredCommand | undefined> {
    const [row] = await db
      .select({
        commandId: commands.commandId,
        commandType: commands.commandType,
        fingerprint: commands.fingerprint,
        result: commands.result,
        lastPosition: commands.lastPosition,
      })
      .from(commands)
      .where(eq(commands.commandId, commandId));
    return row;
  }

  async function existingCommand(commandId: string): Promise<StoredCommand> {
    const existing = await findCommand(commandId);
    if (!existing) throw new Error(`command ${commandId} was reported recorded but cannot be read`);
    return existing;
  }

  return {
    async append(appends: readonly StreamAppend[], record?: CommandRecord): Promise<AppendOutcome> {
      const encoded = encodeAppend(appends, record);
      let lastPosition: unknown;
      try {
        const result = await db.execute(
          sql`select sluice_append(${encoded.streams}::jsonb, ${encoded.events}::jsonb, ${encoded.command}::jsonb)::text as last_position`,
        );
        lastPosition = rowsOf(result)[0]?.last_position;
      } catch (error) {
        const state = sqlState(error);
        if (state === UNIQUE_VIOLATION || state === SERIALIZATION_FAILURE)
          return { kind: 'version-conflict' };
        throw error;
      }
      if (typeof lastPosition === 'string') return { kind: 'appended', lastPosition: BigInt(lastPosition) };
      return { kind: 'duplicate-command', existing: await existingCommand(record!.commandId) };
    },

    async recordCommand(record: CommandRecord): Promise<RecordOutcome> {
      const inserted = await db
        .insert(commands)
        .values({ ...record, lastPosition: null })
        .onConflictDoNothing()
        .returning({ commandId: commands.commandId });
      if (inserted.length > 0) return { kind: 'recorded' };
      return { kind: 'duplicate', existing: await existingCommand(record.commandId) };
    },

    findCommand,

    async readStreams(requests) {
      const found = new Map<string, StoredEvent[]>(requests.map((request) => [request.streamId, []]));
      if (requests.length === 0) return found;
      const rows = await db
        .select()
        .from(events)
        .where(
          or(
            ...requests.map((r) => and(eq(events.streamId, r.streamId), gt(events.version, r.afterVersion))),
          ),
        )
        .orderBy(asc(events.streamId), asc(events.version));
      for (const row of rows) found.get(row.streamId)?.push(toStoredEvent(row));
      return found;
    },

    async readAllAfter(position: bigint, limit: number): Promise<StoredEvent[]> {
      const rows = await readAllAfterQuery(db, position, limit);
      return rows.map(toStoredEvent);
    },

    async head(): Promise<bigint> {
      const result = await db.execute(
        sql`select coalesce(max(${events.position}), 0)::text as head from ${events}`,
      );
      const head = rowsOf(result)[0]?.head;
      return typeof head === 'string' ? BigInt(head) : 0n;
    },

    close,
  };
}

function toStoredEvent(row: typeof events.$inferSelect): StoredEvent {
  return { ...row, metadata: row.metadata as Record<string, unknown> };
}
