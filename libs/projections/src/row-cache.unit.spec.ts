import { describe, expect, it } from 'vitest';
import { RowCache } from './row-cache';

describe('row cache', () => {
  it('keeps what a unit of work staged only once it commits', () => {
    const cache = new RowCache();
    const failed = cache.begin();
    failed.stage('products', 'p1', { stock: 1 });
    expect(failed.get('products', 'p1')).toBeUndefined();

    const work = cache.begin();
    work.stage('products', 'p1', { stock: 2 });
    work.stage('products', 'p2', { stock: 3 });
    work.stage('products', 'p2', undefined);
    work.commit();
    expect(cache.begin().get('products', 'p1')).toEqual({ stock: 2 });
    // Deleted by the work: known not to exist, as against not known.
    expect(cache.begin().get('products', 'p2')).toBeNull();
    expect(cache.begin().get('orders', 'p1')).toBeUndefined();

    cache.clear();
    expect(cache.begin().get('products', 'p1')).toBeUndefined();
    expect(cache.begin().get('products', 'p2')).toBeUndefined();
  });

  it('knows a key looked for and not found until a row is written for it', () => {
    const cache = new RowCache();
    const looked = cache.begin();
    looked.stage('product_sales', 'p1', null);
    looked.commit();
    expect(cache.begin().get('product_sales', 'p1')).toBeNull();
    const sold = cache.begin();
    sold.stage('product_sales', 'p1', { unitsSold: 1 });
    sold.commit();
    expect(cache.begin().get('product_sales', 'p1')).toEqual({ unitsSold: 1 });
  });

  it('drops the row of a table least recently used past its limit', () => {
    const cache = new RowCache(2);
    const work = cache.begin();
    work.stage('products', 'a', 1);
    work.stage('products', 'b', 2);
    work.commit();
    // Read since: b is the least recently used now.
    expect(cache.begin().get('products', 'a')).toBe(1);
    const more = cache.begin();
    more.stage('products', 'c', 3);
    more.stage('orders', 'x', 5);
    more.commit();
    const read = cache.begin();
    expect(['a', 'b', 'c'].map((key) => read.get('products', key))).toEqual([1, undefined, 3]);
    expect(read.get('orders', 'x')).toBe(5);
  });
});
