import { describe, expect, it, vi } from 'vitest';
import type { EncodedAppend } from './encode-append';
import { GroupCommit, type BatchOutcome } from './group-commit';

const append = (name: string, eventCount = 1): EncodedAppend => ({
  streams: name,
  events: '[]',
  command: null,
  eventCount,
});
const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A writer whose batches are held until released, recording what each held. */
function heldWriter() {
  const batches: string[][] = [];
  const releases: Array<() => void> = [];
  const write = (batch: readonly EncodedAppend[]) => {
    batches.push(batch.map(({ streams }) => streams));
    return new Promise<BatchOutcome[]>((resolve) =>
      releases.push(() =>
        resolve(
          batch.map((_, index) => ({
            kind: 'appended',
            lastPosition: BigInt(index),
            previousPosition: null,
          })),
        ),
      ),
    );
  };
  return { batches, releases, write };
}

describe('group commit', () => {
  it('writes the appends of one turn of the event loop as one batch, at the end of that turn', async () => {
    const writer = heldWriter();
    const commit = new GroupCommit(writer.write);
    const outcomes = ['a', 'b', 'c'].map((name) => commit.append(append(name)));
    expect(writer.batches).toEqual([]);
    await endOfTurn();
    expect(writer.batches).toEqual([['a', 'b', 'c']]);
    writer.releases[0]!();
    expect((await Promise.all(outcomes)).map((outcome) => outcome.kind)).toEqual([
      'appended',
      'appended',
      'appended',
    ]);
  });

  it('lets appends that come while a batch is written wait for it, then go together', async () => {
    const writer = heldWriter();
    const commit = new GroupCommit(writer.write);
    const first = commit.append(append('a'));
    await endOfTurn();
    const later = [commit.append(append('b')), commit.append(append('c'))];
    await endOfTurn();
    expect(writer.batches).toEqual([['a']]);
    writer.releases[0]!();
    await first;
    await vi.waitFor(() => expect(writer.batches).toEqual([['a'], ['b', 'c']]));
    writer.releases[1]!();
    await Promise.all(later);
  });

  it('writes as many batches at once as it is allowed, and no batch past its room in events', async () => {
    const writer = heldWriter();
    const commit = new GroupCommit(writer.write, { inFlight: 2, maxEvents: 3 });
    const all = [commit.append(append('a', 2)), commit.append(append('b', 2)), commit.append(append('c', 1))];
    await endOfTurn();
    expect(writer.batches).toEqual([['a'], ['b', 'c']]);
    for (const release of writer.releases) release();
    await Promise.all(all);
  });

  it('fails the appends of a batch whose write failed, and goes on with the next', async () => {
    let calls = 0;
    const commit = new GroupCommit((batch) =>
      ++calls === 1
        ? Promise.reject(new Error('connection lost'))
        : Promise.resolve(batch.map(() => ({ kind: 'version-conflict' as const }))),
    );
    const failed = [commit.append(append('a')), commit.append(append('b'))];
    await expect(Promise.all(failed)).rejects.toThrow('connection lost');
    await expect(Promise.allSettled(failed)).resolves.toEqual([
      { status: 'rejected', reason: new Error('connection lost') },
      { status: 'rejected', reason: new Error('connection lost') },
    ]);
    await expect(commit.append(append('c'))).resolves.toEqual({ kind: 'version-conflict' });
  });
});
