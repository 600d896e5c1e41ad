import { ConfigError } from '@sluice/gateway';
import { projectionNames, projectionStatuses } from '@sluice/projections';
import { withReadSide } from './read-side-access';
import { table } from './table';

type Env = Readonly<Record<string, string | undefined>>;

const usage = 'usage: sluice projections [status]';

/** `sluice projections [status]`: each projection's position, lag, state and waiting dead letters. */
export async function projectionsCommand(args: readonly string[], env: Env): Promise<string> {
  const [action = 'status', ...rest] = args;
  if (action !== 'status' || rest.length > 0) throw new ConfigError(usage);
  return withReadSide(env, async ({ infrastructure: { store, projections } }) => {
    const lines = [];
    for (const { name, position, waiting } of await projectionStatuses(projections.db, projectionNames))
      lines.push([
        name,
        String(position),
        String(await store.countAfter(position)),
        waiting > 0 ? 'failing' : 'live',
        String(waiting),
      ]);
    return table(['projection', 'position', 'lag', 'state', 'dead letters'], lines);
  });
}
