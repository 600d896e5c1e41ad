import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteProjections, type OpenedProjections } from './open-projections';
import type { Db } from './projection';
import { products } from './schema';
import { newPglite } from '@sluice/event-store';

/** Turns of the event loop taken while `count` reads of the catalog, all sent at once, ran. */
function turnsDuring(db: Db, count: number): Promise<number> {
  return turnsWhile(() =>
    Promise.all(Array.from({ length: count }, () => db.select().from(products).limit(20))),
  );
}

/** Turns of the event loop taken while `work` ran. */
async function turnsWhile(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  return turns;
}

describe("the read models on PGlite, as clients' queries and as the pipeline read them", () => {
  let pglite: PGlite;
  let models: OpenedProjections;

  beforeAll(async () => {
    pglite = newPglite();
    models = await openPgliteProjections(pglite);
    // Warm: every statement prepared before it is counted.
    await turnsDuring(models.db, 1);
    await turnsDuring(models.queryDb, 1);
  });
  afterAll(() => pglite?.close());

  it("lets the event loop turn while clients' queries queue on PGlite, and never for the pipeline's", async () => {
    // Each read holds the thread a fraction of a millisecond: 400 of them, far past the budget.
    expect(await turnsDuring(models.db, 400)).toBe(0);
    expect(await turnsDuring(models.queryDb, 400)).toBeGreaterThan(0);
  });

  it("lets the event loop turn between clients' transactions (a search's), and never for the pipeline's", async () => {
    const transactions = (db: Db) => () =>
      Promise.all(
        Array.from({ length: 300 }, () =>
          db.transaction(async (tx) => {
            await tx.select().from(products).limit(20);
            return tx.select().from(products).limit(20);
          }),
        ),
      );
    expect(await turnsWhile(transactions(models.db))).toBe(0);
    expect(await turnsWhile(transactions(models.queryDb))).toBeGreaterThan(0);
  });
});
