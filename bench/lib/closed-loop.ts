/** Result of driving an operation from `concurrency` workers for a fixed time. */
export interface LoopResult {
  operations: number;
  seconds: number;
  perSecond: number;
}

/**
 * Closed-loop load: each worker starts its next operation when the previous one ends, so the
 * rate measured is what the system sustains, not what the generator offers.
 */
export async function closedLoop(
  concurrency: number,
  durationMs: number,
  operation: (worker: number, iteration: number) => Promise<unknown>,
): Promise<LoopResult> {
  let operations = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let iteration = 0; performance.now() < deadline; iteration++) {
        await operation(worker, iteration);
        operations++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { operations, seconds, perSecond: operations / seconds };
}
