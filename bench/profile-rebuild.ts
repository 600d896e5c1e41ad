// A blue-green rebuild of every projection from generated events (100k unless given), alone, to profile:
//   node --cpu-prof --cpu-prof-dir=bench/results/profiles --import tsx bench/profile-rebuild.ts [--pglite] [events]
import { allProjections, rebuildProjections } from '@sluice/projections';
import { generateHistory } from './lib/generate-history';
import { benchTargets } from './lib/targets';
const [open] = benchTargets({ postgres: true, rabbit: false, pgliteOnDisk: true }).slice(
  process.argv.includes('--pglite') ? 0 : 1,
);
const target = await open!();
const events = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
await generateHistory(target.query, { events, products: 1000 });
const phases = new Map<string, number>();
const result = await rebuildProjections(target.projections, target.store, {
  projections: allProjections,
  batchSize: 20_000,
  onProgress: ({ phase, seconds }) => void (phases.has(phase) || phases.set(phase, seconds)),
});
console.log(target.backend, Math.round(result.events / result.seconds), 'events/s; phases start at', phases);
await target.close();
