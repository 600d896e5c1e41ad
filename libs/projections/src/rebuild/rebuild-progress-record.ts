import type { RawQuery } from '@sluice/event-store';
import { bigint, doublePrecision, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import type { RebuildProgress } from './rebuild';
import { SHADOW_SCHEMA } from './shadow-tables';

/**
 * Where a rebuild stands, as its own process last wrote it: one row beside the tables it builds,
 * so that any process (a read gateway's ops page, the CLI) can show it, the in-memory phase
 * included, when nothing else is written yet. It goes with the shadow schema.
 */
export const rebuildProgressTable = pgSchema(SHADOW_SCHEMA).table('rebuild_progress', {
  phase: text('phase').$type<RebuildProgress['phase']>().notNull(),
  position: bigint('position', { mode: 'bigint' }).notNull(),
  head: bigint('head', { mode: 'bigint' }).notNull(),
  events: bigint('events', { mode: 'number' }).notNull(),
  seconds: doublePrecision('seconds').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

const TABLE = `"${SHADOW_SCHEMA}".rebuild_progress`;
const CREATE = `create table ${TABLE} (phase text not null, position bigint not null, head bigint not null,
  events bigint not null, seconds float8 not null, updated_at timestamptz not null default now())`;
const WRITE = `with gone as (delete from ${TABLE})
  insert into ${TABLE} (phase, position, head, events, seconds)
  values ($1::text, $2::text::bigint, $3::text::bigint, $4::text::bigint, $5::text::float8)`;

export interface ProgressRecorder {
  /** Writes `progress` if its phase changed or a second has passed since the last write. */
  record(progress: RebuildProgress): void;
  /** Waits for the writes under way. */
  flushed(): Promise<void>;
}

/** Creates the progress row's table (in the shadow schema, created before) and writes to it. */
export async function recordRebuildProgress(query: RawQuery, everyMs = 1000): Promise<ProgressRecorder> {
  await query(CREATE, []);
  let writing: Promise<void> = Promise.resolve();
  let lastPhase: string | undefined;
  let lastAt = 0;
  return {
    record({ phase, position, head, events, seconds }) {
      const now = performance.now();
      if (phase === lastPhase && now - lastAt < everyMs) return;
      lastPhase = phase;
      lastAt = now;
      const values = [phase, position.toString(), head.toString(), String(events), String(seconds)];
      // Shown to operators only: a write that fails must not fail the rebuild it describes.
      writing = writing
        .then(() => query(WRITE, values))
        .then(
          () => undefined,
          () => undefined,
        );
    },
    flushed: () => writing,
  };
}
