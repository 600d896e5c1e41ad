import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { createTemporaryDatabase, postgresAvailability, type TemporaryDatabase } from '@sluice/testing';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from './event-store';
import { openPgliteEventStore } from './open-pglite-event-store';
import { migratePostgres } from './open-postgres-event-store';
import { pgliteRawQuery, postgresRawQuery, type RawQuery } from './raw-query';
import { createSqlEventStore, type SluiceDatabase } from './sql-event-store';
import type { StoredEvent } from './stored-event';
import { newPglite } from './pglite-extensions';

const pg = await postgresAvailability();

/** Data that JSON and the driver's own row parsing could each get wrong. */
const awkward: unknown[] = [
  {},
  { text: 'tab\there, newline\nthere, a "quote", a backslash \\ and ünïcødé ✓ 🛒' },
  { nested: { lines: [{ quantity: 1, unitPriceCents: 9_007_199_254_740_991 }], empty: [] } },
  { nothing: null, yes: true, no: false, negative: -1.5, tiny: 1e-7 },
];

/** The same database read both ways: rows, and one row holding each page as a JSON array. */
function storesOn(db: SluiceDatabase, query: RawQuery): Record<'rows' | 'oneRow', EventStore> {
  const store = (pagesAsOneRow: boolean) =>
    createSqlEventStore({ db, query, pagesAsOneRow, close: () => Promise.resolve() });
  return { rows: store(false), oneRow: store(true) };
}

async function writeAwkwardLog(store: EventStore): Promise<void> {
  for (let round = 0; round < 3; round++)
    for (const [i, data] of awkward.entries()) {
      const outcome = await store.append([
        {
          streamId: `shapes-${round}-${i}-${randomUUID()}`,
          expectedVersion: 0,
          events: [0, 1].map((n) => ({
            eventId: randomUUID(),
            type: n === 0 ? 'ShapeSeen' : 'ShapeKept',
            data,
            metadata: { correlationId: 'c', causationId: 'c', at: '2026-01-01T00:00:00.000Z', round },
          })),
        },
      ]);
      expect(outcome.kind).toBe('appended');
    }
}

async function readAllInPages(read: (after: bigint) => Promise<StoredEvent[]>): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (let page = await read(0n); page.length > 0; page = await read(page.at(-1)!.position))
    events.push(...page);
  return events;
}

function readsAlike(stores: () => Record<'rows' | 'oneRow', EventStore>) {
  it('gives the same events, in the same order, read as rows or as one row a page', async () => {
    const { rows, oneRow } = stores();
    await writeAwkwardLog(rows);
    const asRows = await readAllInPages((after) => rows.readAllAfter(after, 5));
    const asOneRow = await readAllInPages((after) => oneRow.readAllAfter(after, 5));
    expect(asRows).toHaveLength(3 * awkward.length * 2);
    expect(asOneRow).toEqual(asRows);
    expect(asOneRow.map(({ data }) => data)).toEqual(asRows.map(({ data }) => data));
    const positions = asOneRow.map(({ position }) => position);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const kept = (store: EventStore) => (after: bigint) => store.readTypesAfter(after, ['ShapeKept'], 4);
    const keptAsOneRow = await readAllInPages(kept(oneRow));
    expect(keptAsOneRow).toEqual(await readAllInPages(kept(rows)));
    expect(keptAsOneRow.map(({ type }) => type)).toEqual(Array(3 * awkward.length).fill('ShapeKept'));
    expect(await oneRow.readAllAfter(positions.at(-1)!, 5)).toEqual([]);
  });
}

describe('reading the log as one row a page (PGlite)', () => {
  let pglite: PGlite;
  beforeAll(async () => {
    pglite = newPglite();
    await (await openPgliteEventStore({ pglite })).close(); // migrates
  });
  afterAll(() => pglite?.close());
  readsAlike(() => storesOn(drizzlePglite(pglite), pgliteRawQuery(pglite)));
});

describe.skipIf(!pg.available)('reading the log as one row a page (PostgreSQL)', () => {
  let database: TemporaryDatabase;
  let client: postgres.Sql;
  beforeAll(async () => {
    database = await createTemporaryDatabase();
    await migratePostgres(database.url);
    client = postgres(database.url, { max: 2, onnotice: () => {} });
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });
  readsAlike(() => storesOn(drizzlePostgres(client), postgresRawQuery(client)));
});
