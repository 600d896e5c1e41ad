import { describe, expect, it } from 'vitest';
import { PushedStates } from './pushed-states';

describe('PushedStates', () => {
  it('admits each entity’s states only in increasing position, each once', () => {
    const pushed = new PushedStates();
    expect(pushed.admit('product:a', 5n)).toBe(true);
    expect(pushed.admit('product:a', 5n)).toBe(false);
    expect(pushed.admit('product:a', 4n)).toBe(false);
    expect(pushed.admit('product:b', 4n)).toBe(true);
    expect(pushed.admit('product:a', 6n)).toBe(true);
  });

  it('forgets the entities changed longest ago first', () => {
    const pushed = new PushedStates(2);
    pushed.admit('a', 1n);
    pushed.admit('b', 1n);
    pushed.admit('a', 2n);
    pushed.admit('c', 1n);
    // b was changed longest ago: forgotten, so its old state is admitted again; a is remembered.
    expect(pushed.admit('a', 2n)).toBe(false);
    expect(pushed.admit('b', 1n)).toBe(true);
  });
});
