import { generateHistory } from './generate-history';
import { benchTargets, type BenchTarget } from './targets';

/**
 * What a profiling script runs on: PostgreSQL, or PGlite on a data folder with `--pglite`, holding
 * a generated shop history of the size its command line gives (`defaultEvents` unless given).
 */
export async function profileTarget(defaultEvents: number): Promise<BenchTarget> {
  const [open] = benchTargets({ postgres: true, rabbit: false, pgliteOnDisk: true }).slice(
    process.argv.includes('--pglite') ? 0 : 1,
  );
  const target = await open!();
  const events = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? defaultEvents);
  await generateHistory(target.query, { events, products: 1000 });
  return target;
}
