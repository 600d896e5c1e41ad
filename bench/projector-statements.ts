import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteProjections, products, projectionCheckpoints } from '@sluice/projections';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { figure, type Figure } from './lib/figures';
import { percentiles } from './lib/latency';
import { newPglite } from '@sluice/event-store';

/**
 * The projector's statements on the embedded engine, each through drizzle (as the projector runs
 * them) against the very same SQL and parameters sent to PGlite directly: what the query layer
 * adds to every statement on an idle subscription's path.
 */
export async function benchProjectorStatements(options: { samples: number }): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sluice-bench-statements-'));
  const pglite = newPglite(dataDir);
  try {
    const { db } = await openPgliteProjections(pglite);
    const at = new Date().toISOString();
    await db.insert(products).values({
      id: 'p1',
      sku: 'BENCH-1',
      name: 'Bench',
      priceCents: 100,
      stock: 5,
      discontinued: false,
      version: 1,
      position: 1n,
      createdPosition: 1n,
      createdAt: at,
      updatedAt: at,
    });
    await db.insert(projectionCheckpoints).values({ name: 'bench', position: 1n });
    const load = db
      .select()
      .from(products)
      .where(sql`${products.id} in (select jsonb_array_elements_text(${JSON.stringify(['p1'])}::jsonb))`);
    const move = db
      .update(projectionCheckpoints)
      .set({ updatedAt: sql`now()` })
      .where(and(inArray(projectionCheckpoints.name, ['bench']), eq(projectionCheckpoints.position, 1n)))
      .returning({ notified: sql`pg_notify('sluice_bench', '1')` });
    const statements = [
      { name: 'products load', drizzle: () => load.execute(), sql: load.toSQL() },
      { name: 'checkpoint move', drizzle: () => move.execute(), sql: move.toSQL() },
    ];
    const figures: Figure[] = [];
    for (const statement of statements) {
      const raw = () => pglite.query(statement.sql.sql, [...statement.sql.params]);
      const through = await sample(statement.drizzle, options.samples);
      const direct = await sample(raw, options.samples);
      figures.push(
        figure({
          name: `projector statement through drizzle vs the same SQL on PGlite directly (${statement.name}), p50`,
          backend: 'PGlite',
          value: through.p50,
          baseline: direct.p50,
          unit: 'ms',
          notes: `p99 ${through.p99.toFixed(3)} ms vs ${direct.p99.toFixed(3)} ms; ${options.samples} samples each`,
        }),
      );
    }
    return figures;
  } finally {
    await pglite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function sample(run: () => Promise<unknown>, count: number): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.min(200, count); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return percentiles(times);
}
