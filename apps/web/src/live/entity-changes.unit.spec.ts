import { describe, expect, it } from 'vitest';
import { onEntityChange } from './entity-changes';
import { VersionedCollection } from './versioned-collection';

const product = (id: string, version: number) => ({ id, version });

describe('onEntityChange', () => {
  it("hears the entity's new copies only, until stopped", () => {
    const products = new VersionedCollection<{ id: string; version: number }>();
    products.merge([product('a', 1)], 'pushed');
    let heard = 0;
    const stop = onEntityChange(products, 'a', () => (heard += 1));

    products.merge([product('b', 1)], 'pushed');
    products.merge([product('a', 1)], 'snapshot');
    expect(heard).toBe(0);
    products.merge([product('a', 2)], 'pushed');
    expect(heard).toBe(1);

    stop();
    products.merge([product('a', 3)], 'pushed');
    expect(heard).toBe(1);
  });
});
