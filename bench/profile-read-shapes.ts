// Reading the log in pages of 20,000 through the store both ways, as rows and as one row holding
// the page as a JSON array, alternated, to choose the store's read per driver:
//   node --import tsx bench/profile-read-shapes.ts [--pglite] [events]
import { createSqlEventStore, type EventStore, type SluiceDatabase } from '@sluice/event-store';
import { profileTarget } from './lib/profile-target';

const target = await profileTarget(300_000);
const PAGE = 20_000;
const storeReading = (pagesAsOneRow: boolean) =>
  createSqlEventStore({
    db: target.projections.db as SluiceDatabase,
    query: target.query,
    pagesAsOneRow,
    close: () => Promise.resolve(),
  });

async function readAll(store: EventStore): Promise<number> {
  let read = 0;
  for (let after = 0n, page = await store.readAllAfter(after, PAGE); page.length > 0;) {
    read += page.length;
    after = page.at(-1)!.position;
    page = await store.readAllAfter(after, PAGE);
  }
  return read;
}

for (let round = 0; round < 3; round++)
  for (const [name, store] of [
    ['rows', storeReading(false)],
    ['one row a page', storeReading(true)],
  ] as const) {
    const started = performance.now();
    const count = await readAll(store);
    const seconds = (performance.now() - started) / 1000;
    console.log(target.backend, name, count, Math.round(count / seconds), 'events/s');
  }
await target.close();
