import { ConfigError } from '@sluice/gateway';
import { eventLines } from './event-lines';
import { withReadSide } from './read-side-access';

type Env = Readonly<Record<string, string | undefined>>;

const usage = 'usage: sluice stream <stream id>   (a product id, an order id, or sku:<SKU>)';

/** `sluice stream <id>`: every event of one stream, in order. */
export async function streamCommand(args: readonly string[], env: Env): Promise<string> {
  const [streamId, ...rest] = args;
  if (streamId === undefined || streamId === '' || rest.length > 0) throw new ConfigError(usage);
  return withReadSide(env, async ({ infrastructure: { store } }) => {
    const events = (await store.readStreams([{ streamId, afterVersion: 0 }])).get(streamId) ?? [];
    if (events.length === 0) return `no stream ${streamId} in the log`;
    return eventLines(events);
  });
}
