import { DEFAULT_CATEGORY } from '@sluice/domain';
import { appendRandomShopHistory, eventStoreBackends, type OpenedStore } from '@sluice/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import type { OpenedProjections } from './open-projections';
import { Projector } from './projector';
import { rebuildProjections } from './rebuild/rebuild';
import { readModelDigest } from './test-support/read-model-digest';
import { readModelsOn } from './test-support/read-models-on';

/** The same shop history, written in one of the ways a log can hold it. */
interface Written {
  categories: readonly string[];
  legacyUncategorized: boolean;
}

const history = { seed: 14, steps: 160, tag: 'versions' };

for (const backend of await eventStoreBackends()) {
  describe.skipIf(backend.skip !== false)(`event schema versions on ${backend.name}`, () => {
    const opened: Array<{ store: OpenedStore; readModels: OpenedProjections }> = [];
    afterEach(async () => {
      for (const { store, readModels } of opened.splice(0)) {
        await readModels.close();
        await store.cleanup();
      }
    });

    /** A log written the given way, its read models built by the projector or by a rebuild. */
    async function readModelsOf(written: Written, by: 'projector' | 'rebuild') {
      const store = await backend.open();
      const readModels = await readModelsOn(store);
      opened.push({ store, readModels });
      await appendRandomShopHistory(store.store, { ...history, ...written });
      if (by === 'projector') await new Projector(readModels.session, store.store, allProjections).catchUp();
      else await rebuildProjections(readModels, store.store, { projections: allProjections, batchSize: 25 });
      const categories = await readModels.session.query(
        'select category, count(*)::int as products from products group by category order by category',
        [],
      );
      return { digest: await readModelDigest(readModels.session.query, { contentOnly: true }), categories };
    }

    it('reads a log written entirely as version 1 as version 2, products filed under the default', async () => {
      const uncategorized = [DEFAULT_CATEGORY];
      const v1 = await readModelsOf({ categories: uncategorized, legacyUncategorized: true }, 'projector');
      const v2 = await readModelsOf({ categories: uncategorized, legacyUncategorized: false }, 'projector');
      expect(v1.categories).toEqual([{ category: DEFAULT_CATEGORY, products: expect.any(Number) as number }]);
      expect(v1.digest).toEqual(v2.digest);
    });

    it('rebuilds a mixed version 1 and 2 log to the rows of the same log written as version 2', async () => {
      const categories = [DEFAULT_CATEGORY, 'Tools', 'Garden'];
      const mixed = await readModelsOf({ categories, legacyUncategorized: true }, 'rebuild');
      const v2 = await readModelsOf({ categories, legacyUncategorized: false }, 'rebuild');
      expect(mixed.categories.map((row) => row.category)).toEqual([...categories].sort());
      expect(mixed.digest).toEqual(v2.digest);
    });
  });
}
