// A rebuild of every projection from 100k generated events, alone, to profile:
//   node --cpu-prof --cpu-prof-dir=bench/results/profiles --import tsx bench/profile-rebuild.ts [--pglite]
import { allProjections, Projector } from '@sluice/projections';
import { generateHistory } from './lib/generate-history';
import { benchTargets } from './lib/targets';
const [open] = benchTargets({ postgres: true, rabbit: false }).slice(
  process.argv.includes('--pglite') ? 0 : 1,
);
const target = await open!();
const events = await generateHistory(target.query, { events: 100_000, products: 1000 });
const projector = new Projector(target.projections.session, target.store, allProjections, {
  batchSize: 5000,
});
const t = performance.now();
await projector.catchUp();
console.log(target.backend, Math.round(events / ((performance.now() - t) / 1000)), 'events/s');
await target.close();
