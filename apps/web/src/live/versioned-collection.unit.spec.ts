import { describe, expect, it } from 'vitest';
import { VersionedCollection } from './versioned-collection';

const product = (version: number, stock: number) => ({ id: 'p1', version, stock });

describe('VersionedCollection', () => {
  it('keeps the higher version whatever the order of arrival', () => {
    const products = new VersionedCollection<ReturnType<typeof product>>();
    products.merge([product(3, 7)], 'pushed');
    products.merge([product(2, 9)], 'pushed');
    products.merge([product(1, 5)], 'snapshot');
    expect(products.current.get('p1')).toEqual(product(3, 7));
  });

  it('lets a push replace the same version (fields that move without one) but never a snapshot', () => {
    const products = new VersionedCollection<ReturnType<typeof product>>();
    products.merge([product(2, 7)], 'pushed');
    products.merge([product(2, 6)], 'pushed');
    products.merge([product(2, 9)], 'snapshot');
    expect(products.current.get('p1')?.stock).toBe(6);
  });

  it('hands out a new map only when something changed', () => {
    const products = new VersionedCollection<ReturnType<typeof product>>();
    products.merge([product(1, 1)], 'snapshot');
    const before = products.current;
    products.merge([product(1, 1)], 'snapshot');
    expect(products.current).toBe(before);
  });
});
