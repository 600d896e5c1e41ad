import { describe, expect, it } from 'vitest';
import { coalescingNotifier } from './coalescing-notifier';

describe('coalescingNotifier', () => {
  it('sends each position when idle, and the highest of a burst once the one in flight is done', async () => {
    const sent: bigint[] = [];
    let release!: () => void;
    const notify = coalescingNotifier(
      (position) => {
        sent.push(position);
        return sent.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      () => {},
    );
    notify(1n);
    notify(5n);
    notify(3n);
    notify(4n);
    expect(sent).toEqual([1n]);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([1n, 5n]);
    notify(6n);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([1n, 5n, 6n]);
  });

  it('goes on after a failed send', async () => {
    const sent: bigint[] = [];
    const errors: unknown[] = [];
    const notify = coalescingNotifier(
      (position) => {
        sent.push(position);
        return position === 1n ? Promise.reject(new Error('down')) : Promise.resolve();
      },
      (error) => errors.push(error),
    );
    notify(1n);
    await new Promise((resolve) => setImmediate(resolve));
    notify(2n);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([1n, 2n]);
    expect(errors).toHaveLength(1);
  });
});
