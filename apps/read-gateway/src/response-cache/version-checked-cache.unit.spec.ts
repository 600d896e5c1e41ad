import { describe, expect, it } from 'vitest';
import { VersionCheckedCache } from './version-checked-cache';

const answer = (n: number) => ({ data: { n } });

describe('VersionCheckedCache', () => {
  it('gives back only answers kept under the current version, and drops the rest when it moves', () => {
    let version = '7.0';
    const cache = new VersionCheckedCache(() => version, 10);
    cache.set('7.0:a', answer(1));
    expect(cache.get('7.0:a')).toEqual(answer(1));

    version = '8.0';
    expect(cache.get('7.0:a')).toBeUndefined();
    expect(cache.size).toBe(0);
    // An answer made under the old version and kept after the move is never kept.
    cache.set('7.0:b', answer(2));
    expect(cache.get('7.0:b')).toBeUndefined();
    cache.set('8.0:b', answer(3));
    expect(cache.get('8.0:b')).toEqual(answer(3));

    version = '8.1';
    expect(cache.get('8.0:b')).toBeUndefined();
  });

  it('takes a key for its version only when the version is whole (8.1 is not 8.10)', () => {
    let version = '8.1';
    const cache = new VersionCheckedCache(() => version, 10);
    cache.set('8.1:a', answer(1));
    version = '8.10';
    expect(cache.get('8.1:a')).toBeUndefined();
    expect(cache.get('8.10:a')).toBeUndefined();
  });

  it('keeps at most its limit, the least recently used going first', () => {
    const cache = new VersionCheckedCache(() => '1.0', 2);
    cache.set('1.0:a', answer(1));
    cache.set('1.0:b', answer(2));
    cache.get('1.0:a');
    cache.set('1.0:c', answer(3));
    expect(cache.get('1.0:b')).toBeUndefined();
    expect(cache.get('1.0:a')).toEqual(answer(1));
    expect(cache.get('1.0:c')).toEqual(answer(3));
  });
});
