// Reading the log in pages of 20,000, as rows (the store's way) and as one row holding the page as
// a JSON array, alternated, to choose the store's read: node --import tsx bench/profile-read-shapes.ts [--pglite] [events]
import { generateHistory } from './lib/generate-history';
import { benchTargets } from './lib/targets';

const [open] = benchTargets({ postgres: true, rabbit: false, pgliteOnDisk: true }).slice(
  process.argv.includes('--pglite') ? 0 : 1,
);
const target = await open!();
const events = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 300_000);
await generateHistory(target.query, { events, products: 1000 });
const PAGE = 20_000;
const JSON_PAGE = `select coalesce(json_agg(json_build_array(position, event_id, stream_id, version, type, data,
    metadata, occurred_at) order by n), '[]')::text as page
  from sluice_read_all_after($1::text::bigint, $2::int) with ordinality as e(position, event_id, stream_id, version, type, data, metadata, occurred_at, n)`;

async function asRows(): Promise<number> {
  let read = 0;
  for (let after = 0n, page = await target.store.readAllAfter(after, PAGE); page.length > 0;) {
    read += page.length;
    after = page.at(-1)!.position;
    page = await target.store.readAllAfter(after, PAGE);
  }
  return read;
}

async function asJson(): Promise<number> {
  let read = 0;
  let after = 0n;
  for (;;) {
    const [row] = await target.query(JSON_PAGE, [after.toString(), PAGE]);
    const entries = JSON.parse(String(row?.page)) as [
      string,
      string,
      string,
      number,
      string,
      unknown,
      Record<string, unknown>,
      string,
    ][];
    if (entries.length === 0) return read;
    const page = entries.map(([position, eventId, streamId, version, type, data, metadata, occurredAt]) => ({
      position: BigInt(position),
      eventId,
      streamId,
      version,
      type,
      data,
      metadata,
      occurredAt: new Date(occurredAt),
    }));
    read += page.length;
    after = page.at(-1)!.position;
  }
}

for (let round = 0; round < 3; round++)
  for (const [name, read] of [
    ['rows', asRows],
    ['json page', asJson],
  ] as const) {
    const started = performance.now();
    const count = await read();
    const seconds = (performance.now() - started) / 1000;
    console.log(target.backend, name, count, Math.round(count / seconds), 'events/s');
  }
await target.close();
