import { describe, expect, it } from 'vitest';
import { KeyedMutex } from './keyed-mutex';

describe('KeyedMutex', () => {
  it('runs work on the same key one at a time, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const task = (name: string) =>
      mutex.withKeys(['a'], async () => {
        log.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`${name}:end`);
      });
    await Promise.all([task('one'), task('two'), task('three')]);
    expect(log).toEqual(['one:start', 'one:end', 'two:start', 'two:end', 'three:start', 'three:end']);
  });

  it('lets work on different keys overlap', async () => {
    const mutex = new KeyedMutex();
    let inside = 0;
    let maxInside = 0;
    const task = (key: string) =>
      mutex.withKeys([key], async () => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inside--;
      });
    await Promise.all([task('a'), task('b'), task('c')]);
    expect(maxInside).toBe(3);
  });

  it('does not deadlock when two callers take overlapping key sets in opposite orders', async () => {
    const mutex = new KeyedMutex();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        mutex.withKeys(i % 2 ? ['x', 'y'] : ['y', 'x'], () => Promise.resolve(i)),
      ),
    );
    expect(results).toHaveLength(20);
  });

  it('releases keys when the work throws', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.withKeys(['k'], () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(mutex.withKeys(['k'], () => Promise.resolve('after'))).resolves.toBe('after');
  });
});
