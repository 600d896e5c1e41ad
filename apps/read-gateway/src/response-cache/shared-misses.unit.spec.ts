import { describe, expect, it } from 'vitest';
import { SharedMisses } from './shared-misses';

const answer = { data: { n: 1 } };

describe('SharedMisses', () => {
  it('has those asking for a key while another reads it wait for its answer', async () => {
    const misses = new SharedMisses();
    const leader = {};
    expect(misses.awaited('k')).toBeUndefined();
    misses.lead('k', leader);
    const waiting = [misses.awaited('k')!, misses.awaited('k')!];
    misses.answered('k', answer);
    expect(await Promise.all(waiting)).toEqual([answer, answer]);
    // Answered: the next to miss leads anew.
    expect(misses.awaited('k')).toBeUndefined();
  });

  it('lets them read for themselves when the leader ends without an answer to share', async () => {
    const misses = new SharedMisses();
    const leader = {};
    misses.lead('k', leader);
    const waiting = misses.awaited('k');
    misses.ended(leader);
    expect(await waiting).toBeUndefined();
    expect(misses.awaited('k')).toBeUndefined();
  });

  it("leaves a later leader's reading alone when an earlier leader's request ends", async () => {
    const misses = new SharedMisses();
    const first = {};
    const second = {};
    misses.lead('k', first);
    misses.answered('k', answer);
    misses.lead('k', second);
    const waiting = misses.awaited('k');
    misses.ended(first);
    expect(misses.awaited('k')).toBe(waiting);
    misses.answered('k', { data: { n: 2 } });
    expect(await waiting).toEqual({ data: { n: 2 } });
  });

  it('keeps keys apart', () => {
    const misses = new SharedMisses();
    misses.lead('a', {});
    misses.lead('b', {});
    const a = misses.awaited('a');
    misses.answered('b', answer);
    expect(misses.awaited('a')).toBe(a);
    expect(misses.awaited('b')).toBeUndefined();
  });
});
