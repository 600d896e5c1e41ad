/**
 * Tells other processes that the log grew, at most one notification in flight: appends that
 * commit while one is being sent are covered by the next, which carries the highest position.
 * Under load many appends share one notification; idle, each append gets its own.
 */
export function coalescingNotifier(
  send: (position: bigint) => Promise<unknown>,
  onError: (error: unknown) => void,
) {
  let pending: bigint | undefined;
  let sending = false;
  const flush = async () => {
    sending = true;
    while (pending !== undefined) {
      const position = pending;
      pending = undefined;
      try {
        await send(position);
      } catch (error) {
        onError(error);
      }
    }
    sending = false;
  };
  return (position: bigint): void => {
    if (pending === undefined || position > pending) pending = position;
    if (!sending) void flush();
  };
}
