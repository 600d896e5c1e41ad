/** Longest delay Node's timers keep: a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * `fire` after `ms`, however long (a token may be valid for months): waited for in steps of the
 * longest delay Node keeps. Answers a cancel.
 */
export function afterLongDelay(ms: number, fire: () => void): () => void {
  let timer: NodeJS.Timeout;
  const wait = (left: number) => {
    timer =
      left > MAX_TIMER_MS
        ? setTimeout(() => wait(left - MAX_TIMER_MS), MAX_TIMER_MS)
        : setTimeout(fire, Math.max(0, left));
  };
  wait(ms);
  return () => clearTimeout(timer);
}
