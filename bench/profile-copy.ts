// What writing a rebuild's rows costs, table by table: a generated shop's log folded in memory,
// then each table's rows encoded for COPY (binary) and written into an unlogged copy of it.
//   node --import tsx bench/profile-copy.ts [--pglite] [events]
import type { EventStore, StoredEvent } from '@sluice/event-store';
import { allProjections } from '@sluice/projections';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { foldInMemory } from '../libs/projections/src/rebuild/fold-in-memory';
import { tableStatements } from '../libs/projections/src/table-statements';
import { profileTarget } from './lib/profile-target';

const ROWS_PER_COPY = 25_000;
const target = await profileTarget(200_000);
const pages: StoredEvent[][] = [];
for (let after = 0n, page = await target.store.readAllAfter(after, 20_000); page.length > 0;) {
  pages.push(page);
  after = page.at(-1)!.position;
  page = await target.store.readAllAfter(after, 20_000);
}
const held = {
  readAllAfter: (after: bigint) => Promise.resolve(pages.find((page) => page[0]!.position > after) ?? []),
} as unknown as EventStore;
const folded = await foldInMemory(held, allProjections, { pageSize: 20_000, maxRows: 1e9 });
await target.query('create schema if not exists copy_out', []);
const out = await target.projections.sessionIn('copy_out');
const perRow = (ms: number, rows: number) => `${((ms * 1000) / rows).toFixed(2)} µs/row`;
for (const table of allProjections.flatMap(({ tables }) => tables)) {
  const { name } = getTableConfig(table);
  const rows = [...folded.tables.rowsOf(name)] as Array<typeof table.$inferSelect>;
  await target.query(
    `create unlogged table copy_out."${name}" (like public."${name}" including defaults)`,
    [],
  );
  // A table of a few rows costs its statement, not its rows.
  if (rows.length < 1000) continue;
  const statements = tableStatements(table);
  let started = performance.now();
  const parts: Uint8Array<ArrayBuffer>[][] = [];
  for (let from = 0; from < rows.length; from += ROWS_PER_COPY)
    parts.push([...statements.copyBinary(rows.slice(from, from + ROWS_PER_COPY))]);
  const encoded = performance.now() - started;
  started = performance.now();
  for (const part of parts) await out.session.copyIn(`"copy_out"."${name}"`, statements.copyColumns, part);
  const copied = performance.now() - started;
  console.log(
    `${name}: ${rows.length} rows, encoded ${perRow(encoded, rows.length)}, copied ${perRow(copied, rows.length)}`,
  );
}
await out.close();
await target.close();
