import { ConfigError } from '@sluice/gateway';
import { projectionStatusTable } from './projection-status-table';
import { withReadSide } from './read-side-access';

type Env = Readonly<Record<string, string | undefined>>;

/** `sluice status`: the log's head, how far the relay has published it, and each projection. */
export async function statusCommand(args: readonly string[], env: Env): Promise<string> {
  if (args.length > 0) throw new ConfigError('usage: sluice status');
  return withReadSide(env, async ({ infrastructure: { store, projections } }) => {
    const head = await store.head();
    const relay = await store.loadCheckpoint('relay');
    const behind = await store.countAfter(relay);
    return [
      `log     head at ${head}, ${(await store.countAfter(0n)).toLocaleString('en')} events`,
      relay === 0n && behind > 0
        ? `relay   has published nothing yet (${behind.toLocaleString('en')} events to publish)`
        : `relay   at ${relay}, ${behind.toLocaleString('en')} events behind the head`,
      '',
      await projectionStatusTable(store, projections.db),
    ].join('\n');
  });
}
