import { eq, lt, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { appendedEvents, type AppendedEvents } from './appended-events';
import type { AppendOutcome, CommandRecord, RecordOutcome, StoredCommand } from './command-record';
import type { EventStore } from './event-store';
import { encodeAppend, encodeBatch, type EncodedAppend } from './encode-append';
import { GroupCommit, type BatchOutcome } from './group-commit';
import { SERIALIZATION_FAILURE, sqlState, UNIQUE_VIOLATION } from './postgres-error';
import { READ_ALL_AFTER_CALL } from './read-all-after';
import { READ_TYPES_AFTER_CALL } from './read-types-after';
import { coalescingNotifier } from './coalescing-notifier';
import type { RawQuery } from './raw-query';
import { commands, logCheckpoints } from './schema';
import type { StoredEvent, StreamAppend } from './stored-event';

type AppendListener = (position?: bigint, appended?: AppendedEvents) => void;

/** A drizzle database on either driver (postgres-js or PGlite). */
export type SluiceDatabase = PgDatabase<PgQueryResultHKT>;

export interface SqlEventStoreDriver {
  /** drizzle on the driver: migrations, typed reads off the hot path. */
  db: SluiceDatabase;
  /** Prepared statements on the driver itself, for the hot paths. */
  query: RawQuery;
  /** Whether other processes append to this log too (PostgreSQL): then appends are announced. */
  shared?: boolean;
  /** Batches of appends written at once (group commit: see group-commit.ts). @default 1 */
  appendsInFlight?: number;
  /**
   * Whether a page of the log is read as one row holding it as a JSON array. PGlite hands each
   * row out of its WASM engine at ~15 µs: one row reads a page twice as fast there; on
   * PostgreSQL rows are faster (bench/README, reading the log). @default false
   */
  pagesAsOneRow?: boolean;

  /** LISTEN on a channel, where other processes may write (PostgreSQL); resolves to an unlisten. */
  listen?: (
    channel: string,
    onNotify: (payload: string) => void,
    onListen: () => void,
  ) => Promise<() => Promise<void>>;
  /** Releases the driver. */
  close: () => Promise<void>;
}

/** Where appends are announced to other processes, after they committed. */
const APPENDS_CHANNEL = 'sluice_appends';
const NOTIFY = `select pg_notify('${APPENDS_CHANNEL}', $1::text)`;
// now() is the transaction's start: the occurred_at the appended rows default to.
const APPEND_BATCH = `select outcome, last_position::text, previous_position::text, now() as occurred_at
  from sluice_append_batch($1::text::jsonb) with ordinality as b(outcome, last_position, previous_position, n)
  order by n`;
const READ_STREAMS = `
  select e.position::text as position, e.event_id, e.stream_id, e.version, e.type, e.data, e.metadata, e.occurred_at
  from jsonb_to_recordset($1::text::jsonb) as r(stream_id text, after_version integer)
  join events e on e.stream_id = r.stream_id and e.version > r.after_version
  order by e.stream_id, e.version`;
const READ_LAST = `
  select newest.position::text as position, event_id, stream_id, version, type, data, metadata, occurred_at
  from (select * from events
        where position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 65536
        order by position desc limit $1::int) newest
  order by newest.position`;
// A page of a stream as one row holding a JSON array: PGlite hands each row out of its WASM
// engine at ~15 µs, so 100 rows as one cost less than half as much (bench/README, history).
const streamPage = (where: string, order: 'asc' | 'desc') => `
  select coalesce(json_agg(json_build_array(position::text, event_id, stream_id, version, type, data,
      metadata, occurred_at) order by version ${order}), '[]')::text as page
  from (select * from events where stream_id = $1::text and ${where} order by version ${order} limit $3::int) e`;
/** A read of the log: a function answering events' columns (position as text), two ways. */
interface LogRead {
  asRows: string;
  /** As one such row, in the function's order. */
  asOneRow: string;
}
const logRead = (call: string): LogRead => ({
  asRows: `select * from ${call}`,
  asOneRow: `
  select coalesce(json_agg(json_build_array(position, event_id, stream_id, version, type, data,
      metadata, occurred_at) order by n), '[]')::text as page
  from ${call} with ordinality as e(position, event_id, stream_id, version, type, data, metadata, occurred_at, n)`,
});
const READ_ALL_AFTER = logRead(READ_ALL_AFTER_CALL);
const READ_TYPES_AFTER = logRead(READ_TYPES_AFTER_CALL);
// Both on the (stream_id, version) index: the cost is the page's, whatever the log's size.
const READ_STREAM_FORWARD = streamPage('version > $2::int', 'asc');
const READ_STREAM_BACKWARD = streamPage('version < $2::int', 'desc');
const STREAM_VERSION =
  'select coalesce(max(version), 0)::int as version from events where stream_id = $1::text';
const HEAD = 'select coalesce(max(position), 0)::text as head from events';
const COUNT_AFTER = 'select count(*)::int as count from events where position > $1::text::bigint';

/** The event store on PostgreSQL or PGlite: the same SQL on both. */
export function createSqlEventStore({
  db,
  query,
  listen,
  shared,
  appendsInFlight,
  pagesAsOneRow = false,
  close,
}: SqlEventStoreDriver): EventStore {
  const readPage = pagesAsOneRow
    ? async (read: LogRead, params: unknown[]) => eventsOfPage((await query(read.asOneRow, params))[0])
    : async (read: LogRead, params: unknown[]) => (await query(read.asRows, params)).map(fromRawRow);
  const localListeners = new Set<AppendListener>();
  const announce = shared
    ? coalescingNotifier(
        (position) => query(NOTIFY, [position.toString()]),
        () => {},
      )
    : undefined;

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

  /** One transaction for the batch; its appends announced in log order once it committed. */
  async function writeBatch(batch: readonly EncodedAppend[]): Promise<BatchOutcome[]> {
    let rows: Array<Record<string, unknown>>;
    try {
      rows = await query(APPEND_BATCH, [encodeBatch(batch)]);
    } catch (error) {
      const state = sqlState(error);
      if (state !== UNIQUE_VIOLATION && state !== SERIALIZATION_FAILURE) throw error;
      // Another process's append raced one of these: nothing of the batch was written.
      if (batch.length === 1) return [{ kind: 'version-conflict' }];
      const outcomes: BatchOutcome[] = [];
      for (const append of batch) outcomes.push(...(await writeBatch([append])));
      return outcomes;
    }
    return rows.map((row, index) => {
      if (row.outcome === 'duplicate') return { kind: 'duplicate-command' };
      if (row.outcome !== 'appended') return { kind: 'version-conflict' };
      const lastPosition = BigInt(String(row.last_position));
      const previousPosition =
        typeof row.previous_position === 'string' ? BigInt(row.previous_position) : null;
      const appended =
        previousPosition !== null && localListeners.size > 0
          ? appendedEvents(batch[index]!.events, lastPosition, previousPosition, asDate(row.occurred_at))
          : undefined;
      for (const listener of localListeners) listener(lastPosition, appended);
      announce?.(lastPosition);
      return { kind: 'appended', lastPosition, previousPosition };
    });
  }
  const groupCommit = new GroupCommit(writeBatch, { inFlight: appendsInFlight });

  async function existingCommand(commandId: string): Promise<StoredCommand> {
    const existing = await findCommand(commandId);
    if (!existing) throw new Error(`command ${commandId} was reported recorded but cannot be read`);
    return existing;
  }

  return {
    async append(appends: readonly StreamAppend[], record?: CommandRecord): Promise<AppendOutcome> {
      const outcome = await groupCommit.append(encodeAppend(appends, record));
      if (outcome.kind === 'appended') return { kind: 'appended', lastPosition: outcome.lastPosition };
      if (outcome.kind === 'version-conflict') return outcome;
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
      const wanted = requests.map((r) => ({ stream_id: r.streamId, after_version: r.afterVersion }));
      for (const row of await query(READ_STREAMS, [JSON.stringify(wanted)])) {
        const event = fromRawRow(row);
        found.get(event.streamId)?.push(event);
      }
      return found;
    },

    async readStreamPage(streamId, { from, limit, newestFirst }) {
      const [row] = newestFirst
        ? await query(READ_STREAM_BACKWARD, [streamId, from ?? 2_147_483_647, limit])
        : await query(READ_STREAM_FORWARD, [streamId, from ?? 0, limit]);
      return eventsOfPage(row);
    },

    async streamVersion(streamId) {
      return Number((await query(STREAM_VERSION, [streamId]))[0]?.version ?? 0);
    },

    readAllAfter(position: bigint, limit: number): Promise<StoredEvent[]> {
      return readPage(READ_ALL_AFTER, [position.toString(), limit]);
    },

    async readTypesAfter(position: bigint, types: readonly string[], limit: number): Promise<StoredEvent[]> {
      if (types.length === 0) return [];
      return readPage(READ_TYPES_AFTER, [position.toString(), JSON.stringify(types), limit]);
    },

    async readLast(limit: number): Promise<StoredEvent[]> {
      return (await query(READ_LAST, [limit])).map(fromRawRow);
    },

    async head(): Promise<bigint> {
      const head = (await query(HEAD, []))[0]?.head;
      return typeof head === 'string' ? BigInt(head) : 0n;
    },

    async countAfter(position: bigint): Promise<number> {
      const count = (await query(COUNT_AFTER, [position.toString()]))[0]?.count;
      return typeof count === 'number' ? count : 0;
    },

    async watchAppends(listener) {
      localListeners.add(listener);
      const unlisten = listen
        ? await listen(
            APPENDS_CHANNEL,
            (payload) => listener(BigInt(payload)),
            () => listener(),
          )
        : undefined;
      return async () => {
        localListeners.delete(listener);
        await unlisten?.();
      };
    },

    async loadCheckpoint(name) {
      const [row] = await db.select().from(logCheckpoints).where(eq(logCheckpoints.name, name));
      return row?.position ?? 0n;
    },

    async saveCheckpoint(name, position) {
      await db
        .insert(logCheckpoints)
        .values({ name, position })
        .onConflictDoUpdate({
          target: logCheckpoints.name,
          set: { position, updatedAt: sql`now()` },
          setWhere: lt(logCheckpoints.position, position),
        });
    },

    close,
  };
}

function fromRawRow(row: Record<string, unknown>): StoredEvent {
  return {
    position: BigInt(row.position as string),
    eventId: row.event_id as string,
    streamId: row.stream_id as string,
    version: row.version as number,
    type: row.type as string,
    data: row.data,
    metadata: row.metadata as Record<string, unknown>,
    occurredAt: asDate(row.occurred_at),
  };
}

/** The events of a row holding a page as a JSON array (`page`), in its order. */
function eventsOfPage(row: Record<string, unknown> | undefined): StoredEvent[] {
  const page = typeof row?.page === 'string' ? row.page : '[]';
  return (JSON.parse(page) as StreamPageEntry[]).map(fromPageEntry);
}

/** An event as a page's JSON array holds it, in the column order of `streamPage` and `logRead`. */
type StreamPageEntry = [string, string, string, number, string, unknown, Record<string, unknown>, string];

function fromPageEntry([
  position,
  eventId,
  streamId,
  version,
  type,
  data,
  metadata,
  occurredAt,
]: StreamPageEntry): StoredEvent {
  return {
    position: BigInt(position),
    eventId,
    streamId,
    version,
    type,
    data,
    metadata,
    occurredAt: new Date(occurredAt),
  };
}

/** drizzle sets postgres-js to hand timestamps over as text; PGlite gives a Date. */
function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
