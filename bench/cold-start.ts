import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeProcess } from '@sluice/testing';
import { figure, type Figure } from './lib/figures';
import { percentiles } from './lib/latency';

const UP = /"message":"sluice is up"/;

/** Starts the system on `dataDir` until both gateways answer; stops it; answers the milliseconds. */
async function startAndStop(dataDir: string, cacheHome: string): Promise<number> {
  const started = performance.now();
  const system = await startNodeProcess(
    'apps/system/src/main.ts',
    {
      SLUICE_DATA_DIR: dataDir,
      XDG_CACHE_HOME: cacheHome,
      WRITE_PORT: '0',
      READ_PORT: '0',
      HOST: '127.0.0.1',
    },
    UP,
    { timeoutMs: 120_000 },
  );
  const took = performance.now() - started;
  await system.stop();
  return took;
}

/**
 * `npm start` from spawn to both gateways answering: on a fresh data folder (the new cluster's
 * template cached, as every start after a machine's first finds it), on the same folder again,
 * and the machine's very first start (no template: initdb runs). Against the same runtime
 * (node + tsx) starting a bare Yoga server: what Sluice itself adds to start-up.
 */
export async function benchColdStart(options: { runs: number }): Promise<Figure[]> {
  // `npm start` builds the dashboard before it starts the system: so does a fresh clone here.
  if (!existsSync('apps/web/dist/index.html'))
    execFileSync('npm', ['run', 'build', '--silent', '-w', '@sluice/web'], { stdio: 'inherit' });
  const cacheHome = mkdtempSync(join(tmpdir(), 'sluice-cold-cache-'));
  const folders: string[] = [];
  const folder = () => {
    folders.push(mkdtempSync(join(tmpdir(), 'sluice-cold-')));
    return folders.at(-1)!;
  };
  try {
    const firstEver = await startAndStop(folder(), cacheHome);
    const fresh: number[] = [];
    const existing: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const dataDir = folder();
      fresh.push(await startAndStop(dataDir, cacheHome));
      existing.push(await startAndStop(dataDir, cacheHome));
      const started = performance.now();
      const yoga = await startNodeProcess('bench/servers/bare-yoga.ts', {}, /READY/);
      bare.push(performance.now() - started);
      await yoga.stop();
    }
    const baseline = percentiles(bare).p50;
    const notes = (samples: number[]) =>
      `median of ${options.runs}; slowest ${Math.max(...samples).toFixed(0)} ms`;
    return [
      figure({
        name: 'cold start of npm start (fresh data folder) to ready vs a bare Yoga process',
        backend: 'embedded (PGlite + in-process bus)',
        value: percentiles(fresh).p50,
        baseline,
        unit: 'ms',
        target: '≤ 3,000 ms',
        notes: `${notes(fresh)}; the machine's first start (initdb, the template made): ${firstEver.toFixed(0)} ms`,
      }),
      figure({
        name: 'start of npm start (existing data folder) to ready vs a bare Yoga process',
        backend: 'embedded (PGlite + in-process bus)',
        value: percentiles(existing).p50,
        baseline,
        unit: 'ms',
        target: '≤ 3,000 ms',
        notes: notes(existing),
      }),
    ];
  } finally {
    for (const dataDir of [...folders, cacheHome]) rmSync(dataDir, { recursive: true, force: true });
  }
}
