// A blue-green rebuild of every projection from generated events (100k unless given), alone, to profile,
// after reading the same log alone (the figure's baseline):
//   node --cpu-prof --cpu-prof-dir=bench/results/profiles --import tsx bench/profile-rebuild.ts [--pglite] [--memory-rows=N] [events]
import { allProjections, rebuildProjections } from '@sluice/projections';
import { profileTarget } from './lib/profile-target';
const target = await profileTarget(100_000);
const readStarted = performance.now();
for (let after = 0n, page = await target.store.readAllAfter(after, 20_000); page.length > 0;) {
  after = page.at(-1)!.position;
  page = await target.store.readAllAfter(after, 20_000);
}
const readSeconds = (performance.now() - readStarted) / 1000;
const phases = new Map<string, number>();
const result = await rebuildProjections(target.projections, target.store, {
  projections: allProjections,
  batchSize: 20_000,
  memoryRows: Number(
    process.argv.find((arg) => arg.startsWith('--memory-rows='))?.split('=')[1] ?? 4_000_000,
  ),
  onProgress: ({ phase, seconds }) => void (phases.has(phase) || phases.set(phase, seconds)),
});
const rate = result.events / result.seconds;
const readRate = result.events / readSeconds;
const counts = await target.query(
  `select relname as table, n_live_tup as rows from pg_stat_user_tables where schemaname = current_schema() order by n_live_tup desc`,
  [],
);
console.log(counts.map(({ table, rows }) => `${String(table)} ${String(rows)}`).join(', '));
console.log(
  target.backend,
  `rebuild ${Math.round(rate)} events/s, read ${Math.round(readRate)} (${(rate / readRate).toFixed(2)}×); phases start at`,
  phases,
);
await target.close();
