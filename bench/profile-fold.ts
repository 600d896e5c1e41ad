// Where a rebuild's in-memory fold spends its time, apart: the log read into memory first, then
// folded from memory (apply alone), then written out; garbage collection timed throughout.
//   node --import tsx bench/profile-fold.ts [--pglite] [events]
// The fold's CPU profile is written to bench/results/fold.cpuprofile.
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import type { EventStore, StoredEvent } from '@sluice/event-store';
import { allProjections } from '@sluice/projections';
import { foldInMemory, writeFolded } from '../libs/projections/src/rebuild/fold-in-memory';
import { profileTarget } from './lib/profile-target';

const target = await profileTarget(100_000);

let gc = 0;
new PerformanceObserver((list) => list.getEntries().forEach((entry) => (gc += entry.duration))).observe({
  entryTypes: ['gc'],
});
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
let mark = performance.now();
let gcMark = 0;
const step = (name: string) => {
  console.log(`${name}: ${seconds(mark)} s, of which gc ${((gc - gcMark) / 1000).toFixed(2)} s`);
  mark = performance.now();
  gcMark = gc;
};

const pages: StoredEvent[][] = [];
for (let after = 0n, page = await target.store.readAllAfter(after, 20_000); page.length > 0;) {
  pages.push(page);
  after = page.at(-1)!.position;
  page = await target.store.readAllAfter(after, 20_000);
}
step('read');
const held = {
  readAllAfter: (after: bigint) => Promise.resolve(pages.find((page) => page[0]!.position > after) ?? []),
} as unknown as EventStore;
const inspector = new Session();
inspector.connect();
await inspector.post('Profiler.enable');
await inspector.post('Profiler.start');
const folded = await foldInMemory(held, allProjections, { pageSize: 20_000, maxRows: 1e9 });
const { profile } = await inspector.post('Profiler.stop');
await writeFile('bench/results/fold.cpuprofile', JSON.stringify(profile));
step(
  `fold from memory (${folded.tables.size} rows, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB after)`,
);
await target.query('create schema if not exists fold_out', []);
for (const projection of allProjections)
  for (const table of projection.tables) {
    const name = (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')];
    await target.query(`create table fold_out."${name}" (like public."${name}" including defaults)`, []);
  }
const shadow = await target.projections.sessionIn('fold_out');
await writeFolded(shadow.session, [shadow.session], 'fold_out', allProjections, folded);
step('write');
await shadow.close();
await target.close();
