import { ConfigError } from '@sluice/gateway';
import { eventLines } from './event-lines';
import { withReadSide } from './read-side-access';

type Env = Readonly<Record<string, string | undefined>>;

const usage = 'usage: sluice events tail [-n <count, 20 when left out, at most 1000>]';

/** `sluice events tail [-n N]`: the newest events of the log, oldest first. */
export async function eventsCommand(args: readonly string[], env: Env): Promise<string> {
  const [action, flag, value, ...rest] = args;
  if (action !== 'tail' || rest.length > 0 || (flag !== undefined && flag !== '-n'))
    throw new ConfigError(usage);
  const count = value === undefined ? 20 : Number(value);
  if (flag !== undefined && (value === undefined || !Number.isInteger(count) || count < 1 || count > 1000))
    throw new ConfigError(usage);
  return withReadSide(env, async ({ infrastructure: { store } }) => {
    const events = await store.readLast(count);
    return events.length === 0 ? 'the log is empty' : eventLines(events);
  });
}
