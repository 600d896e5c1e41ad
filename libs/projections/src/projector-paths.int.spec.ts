import { randomUUID } from 'node:crypto';
import type { StoredEvent } from '@sluice/event-store';
import {
  appendRandomShopHistory,
  createTemporaryDatabase,
  eventStoreBackends,
  type OpenedStore,
  seededRandom,
} from '@sluice/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from './open-projections';
import { inStepFunction } from './in-step-function';
import { Projector, type Delivery } from './projector';
import type { WrittenRows } from './projection';
import { products } from './schema';
import { tableStatements } from './table-statements';
import { rebuildProjections } from './rebuild/rebuild';
import { readModelDigest } from './test-support/read-model-digest';
import { readModelsOn } from './test-support/read-models-on';
import { newPglite } from '@sluice/event-store';

/** What a projector told its followers after a commit: what a subscriber is pushed from. */
interface Push {
  position: bigint;
  after: bigint | undefined;
  events: bigint[] | undefined;
  rows: unknown;
}

/** One projector and the read models it applies to, with what it pushed. */
interface Side {
  readModels: OpenedProjections;
  projector: Projector;
  /** Without the rows only the short path knows: those are checked against the read models. */
  pushes: Push[];
  /** The unchanged products it pushed (short path only), with the push's position. */
  held: Array<{ position: bigint; row: ProductRow }>;
  /** Commits made by the short path (one message of statements). */
  shortCommits: () => number;
  /** A new projector in place of the old, as after a crash: nothing it held in memory survives. */
  restart(): void;
}

function side(readModels: OpenedProjections, store: OpenedStore['store'], shortPath: boolean): Side {
  const pushes: Push[] = [];
  const held: Side['held'] = [];
  let shortCommits = 0;
  const session = {
    ...readModels.session,
    query: (text: string, params: readonly unknown[]) => {
      if (text === inStepFunction().call) shortCommits++;
      return readModels.session.query(text, params);
    },
  };
  const started = () =>
    new Projector(session, store, allProjections, {
      shortPath,
      onApplied: (position, applied) => {
        const { unchangedProducts = [], ...rows } = applied?.rows ?? {};
        for (const row of unchangedProducts) held.push({ position, row });
        pushes.push({
          position,
          after: applied?.after,
          events: applied?.events.map((event) => event.position),
          rows: applied?.rows && rows,
        });
      },
    });
  const running: Side = {
    readModels,
    projector: started(),
    pushes,
    held,
    shortCommits: () => shortCommits,
    restart: () => (running.projector = started()),
  };
  return running;
}

const SALES_TABLES = 'sales_stats, product_sales, sales_orders';
type ProductRow = typeof products.$inferSelect;
const readProducts = tableStatements(products).selectWhereIn(products.id);

/**
 * Checks the unchanged products `side` pushed against its read models: each must be the row they
 * hold, unless a later commit of the same delivery wrote that product again. Answers how many.
 */
async function checkHeld(side: Side, pushesBefore: number): Promise<number> {
  const rewritten = (id: string, after: bigint) =>
    side.pushes
      .slice(pushesBefore)
      .some(
        ({ position, rows }) =>
          position > after &&
          (rows as Partial<WrittenRows> | undefined)?.products?.some((row) => row.id === id),
      );
  let checked = 0;
  for (const { position, row } of side.held.splice(0)) {
    if (rewritten(row.id, position)) continue;
    expect(await readProducts(side.readModels.session.query, [row.id])).toEqual([row]);
    checked++;
  }
  return checked;
}

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(
    `the projector's short path against its plain path on ${backend.name}`,
    () => {
      let opened: OpenedStore;
      let fast: Side;
      let plain: Side;
      const cleanups: Array<() => Promise<void>> = [];

      beforeAll(async () => {
        opened = await backend.open();
        const fastModels = await readModelsOn(opened);
        let plainModels: OpenedProjections;
        if (opened.pglite) {
          const pglite = newPglite();
          plainModels = await openPgliteProjections(pglite);
          cleanups.push(() => pglite.close());
        } else {
          const database = await createTemporaryDatabase();
          plainModels = await openPostgresProjections(database.url, 4);
          cleanups.push(() => database.drop());
        }
        cleanups.unshift(
          () => fastModels.close(),
          () => plainModels.close(),
        );
        fast = side(fastModels, opened.store, true);
        plain = side(plainModels, opened.store, false);
      });
      afterAll(async () => {
        for (const cleanup of cleanups) await cleanup();
        await opened?.cleanup();
      });

      /** Sets the sales projection back to nothing on both sides, as an operator's reset would. */
      async function resetSales(): Promise<void> {
        for (const { readModels } of [fast, plain]) {
          await readModels.session.query(`truncate ${SALES_TABLES}`, []);
          await readModels.session.query(
            `update projection_checkpoints set position = 0 where name = 'sales'`,
            [],
          );
        }
      }

      const checkpoints = (readModels: OpenedProjections) =>
        readModels.session.query(
          'select name, position::text, generation from projection_checkpoints order by name',
          [],
        );

      it('gives the same rows, pushes and checkpoints over random histories, with crashes, resets and rebuilds between deliveries', async () => {
        let batches = 0;
        let heldChecked = 0;
        for (const seed of [31, 32, 33]) {
          const start = await opened.store.head();
          await appendRandomShopHistory(opened.store, {
            seed,
            steps: 40,
            tag: `p${seed}-${randomUUID().slice(0, 6)}`,
          });
          const events: StoredEvent[] = await opened.store.readAllAfter(start, 10_000);
          const random = seededRandom(seed);
          // Delivered in batches of 1 to 4, as the embedded bus hands over what it has queued.
          let batch: Delivery[] = [];
          for (const [index, event] of events.entries()) {
            batch.push({
              event,
              previousPosition: index ? events[index - 1]!.position : start,
              atHead: true,
            });
            if (index < events.length - 1 && random() < 0.5 && batch.length < 4) continue;
            const roll = random();
            if (roll < 0.05) for (const one of [fast, plain]) one.restart();
            else if (roll < 0.08) await resetSales();
            else if (roll < 0.1)
              for (const { readModels } of [fast, plain])
                await rebuildProjections(readModels, opened.store, {
                  projections: allProjections,
                  batchSize: 7,
                });
            const pushesBefore = fast.pushes.length;
            await fast.projector.deliverAll(batch);
            await plain.projector.deliverAll(batch);
            heldChecked += await checkHeld(fast, pushesBefore);
            batches++;
            batch = [];
            expect(fast.pushes, `seed ${seed}, event ${index}`).toEqual(plain.pushes);
          }
          expect(await readModelDigest(fast.readModels.session.query), `seed ${seed}`).toEqual(
            await readModelDigest(plain.readModels.session.query),
          );
          expect(await checkpoints(fast.readModels)).toEqual(await checkpoints(plain.readModels));
        }
        // Most batches took the short path on one side, and none on the other.
        expect(fast.shortCommits()).toBeGreaterThan(batches / 2);
        expect(plain.shortCommits()).toBe(0);
        // Payments pushed their products from the row cache, as the read models held them.
        expect(heldChecked).toBeGreaterThan(0);
        expect(plain.held).toEqual([]);
      });
    },
  );
}
