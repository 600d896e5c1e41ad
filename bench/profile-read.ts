// Reading a generated log through the store, with the process's own CPU time beside the wall time:
//   node --import tsx bench/profile-read.ts [--pglite] [events]
import { profileTarget } from './lib/profile-target';
const target = await profileTarget(100_000);
for (const pass of [1, 2, 3]) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let count = 0;
  for (let after = 0n, page = await target.store.readAllAfter(after, 20_000); page.length > 0;) {
    count += page.length;
    after = page.at(-1)!.position;
    page = await target.store.readAllAfter(after, 20_000);
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(
    `pass ${pass}: ${Math.round(count / (wall / 1000))} events/s, wall ${wall.toFixed(0)} ms, process CPU ${((used.user + used.system) / 1000).toFixed(0)} ms`,
  );
}
await target.close();
