import { describe, expect, it } from 'vitest';
import { LoopTurns } from './loop-turns';

/** Work that holds the thread, as a PGlite statement does. */
function holdThread(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Runs `count` statements of `ms` each back to back in one promise chain; answers when a turn of the loop came (statements run before it), if one did. */
async function statementsInOneChain(
  count: number,
  ms: number,
  turns?: LoopTurns,
): Promise<number | undefined> {
  let ran = 0;
  let turnedAfter: number | undefined;
  setImmediate(() => (turnedAfter = ran));
  for (let i = 0; i < count; i++) {
    const turn = turns?.before();
    if (turn) await turn;
    holdThread(ms);
    ran++;
    await Promise.resolve();
  }
  return turnedAfter;
}

describe('turns of the event loop for statements that ask for them', () => {
  it('lets the loop turn once statements held it for the budget', async () => {
    // Without turns the loop turns only once the whole chain is done.
    expect(await statementsInOneChain(20, 1)).toBeUndefined();
    const turnedAfter = await statementsInOneChain(20, 1, new LoopTurns(3));
    expect(turnedAfter).toBeGreaterThanOrEqual(3);
    expect(turnedAfter).toBeLessThan(10);
  });

  it('makes a statement wait for nothing when the loop is not held', async () => {
    const turns = new LoopTurns(3);
    for (let i = 0; i < 3; i++) {
      expect(turns.before()).toBeUndefined();
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
});
