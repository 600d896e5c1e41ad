import { describe, expect, it } from 'vitest';
import { LoopTurns } from './loop-turns';

/** Work that holds the thread, as a PGlite statement does. */
function holdThread(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/**
 * Runs `chains` promise chains of `count` statements of `ms` each, all at once, each statement
 * taken through `turns` when given. Answers the most statements that ran between two turns of the
 * event loop (a turn being a setImmediate callback, as the loop's I/O comes once a turn).
 */
async function mostStatementsBetweenTurns(
  chains: number,
  count: number,
  ms: number,
  turns?: LoopTurns,
): Promise<number> {
  let sinceTurn = 0;
  let most = 0;
  let engine: Promise<void> = Promise.resolve();
  let running = true;
  const tick = () => {
    sinceTurn = 0;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await Promise.all(
    Array.from({ length: chains }, async () => {
      // As PGlite's: one statement at a time, in the order given, each after a lock is taken.
      const statement = () =>
        (engine = engine.then(() => {
          holdThread(ms);
          most = Math.max(most, ++sinceTurn);
        }));
      for (let i = 0; i < count; i++) await (turns ? turns.run(statement) : statement());
    }),
  );
  running = false;
  return most;
}

describe('turns of the event loop for statements that ask for them', () => {
  it('lets the loop turn once statements held it for the budget', async () => {
    // Without turns the loop turns only once every chain is done.
    expect(await mostStatementsBetweenTurns(1, 20, 1)).toBe(20);
    // With a budget of 3 ms, at most the statements begun within it and one more.
    expect(await mostStatementsBetweenTurns(1, 20, 1, new LoopTurns(3))).toBeLessThanOrEqual(5);
  });

  it('keeps to the budget when many statements waited for the same turn', async () => {
    expect(await mostStatementsBetweenTurns(10, 6, 1, new LoopTurns(3))).toBeLessThanOrEqual(5);
  });

  it('makes a statement wait for nothing when the loop is not held', async () => {
    const turns = new LoopTurns(3);
    for (let i = 0; i < 3; i++) {
      expect(turns.before()).toBeUndefined();
      // Idle for longer than the budget: the loop turned meanwhile, so nothing held it.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
});
