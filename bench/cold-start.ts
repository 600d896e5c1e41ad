import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeProcess } from '@sluice/testing';
import { figure, type Figure } from './lib/figures';
import { percentiles } from './lib/latency';

/**
 * `npm start` on a fresh data folder, from spawn to both gateways answering, against the same
 * runtime (node + tsx) starting a bare Yoga server: what Sluice itself adds to start-up.
 */
export async function benchColdStart(options: { runs: number }): Promise<Figure[]> {
  const sluice: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'sluice-cold-'));
    try {
      let started = performance.now();
      const system = await startNodeProcess(
        'apps/system/src/main.ts',
        { SLUICE_DATA_DIR: dataDir, WRITE_PORT: '0', READ_PORT: '0', HOST: '127.0.0.1' },
        /"message":"sluice is up"/,
        { timeoutMs: 120_000 },
      );
      sluice.push(performance.now() - started);
      await system.stop();
      started = performance.now();
      const yoga = await startNodeProcess('bench/servers/bare-yoga.ts', {}, /READY/);
      bare.push(performance.now() - started);
      await yoga.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const s = percentiles(sluice);
  const b = percentiles(bare);
  return [
    figure({
      name: 'cold start of npm start (fresh data folder) to ready vs a bare Yoga process',
      backend: 'embedded (PGlite + in-process bus)',
      value: s.p50,
      baseline: b.p50,
      unit: 'ms',
      notes: `median of ${options.runs}; slowest ${Math.max(...sluice).toFixed(0)} ms`,
    }),
  ];
}
