import { ConfigError } from '@sluice/gateway';
import { allProjections, projectionNames, projectionStatuses, rebuildProjections } from '@sluice/projections';
import { rebuildProgressBar } from './rebuild-progress';
import { withReadSide } from './read-side-access';
import { table } from './table';

type Env = Readonly<Record<string, string | undefined>>;

const usage = `usage: sluice projections [status] | rebuild <${[...projectionNames, 'all'].join('|')}>`;
const codeVersions = new Map(allProjections.map((projection) => [projection.name, projection.version]));

/** `sluice projections [status] | rebuild <name|all>`. */
export async function projectionsCommand(
  args: readonly string[],
  env: Env,
  terminal: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  const [action = 'status', ...rest] = args;
  if (action === 'status' && rest.length === 0) return status(env);
  if (action === 'rebuild' && rest.length === 1) return rebuild(env, rest[0]!, terminal);
  throw new ConfigError(usage);
}

/**
 * Each projection's generations: the live one with its position, lag, state and waiting dead
 * letters, and one being rebuilt beside it with its own position and lag.
 */
function status(env: Env): Promise<string> {
  return withReadSide(env, async ({ infrastructure: { store, projections } }) => {
    const lines = [];
    for (const projection of await projectionStatuses(projections.db, projectionNames)) {
      const { name, position, waiting, generation, live, building } = projection;
      const stale = live !== undefined && live.codeVersion !== codeVersions.get(name);
      const state = waiting > 0 ? 'failing' : 'live';
      lines.push([
        name,
        String(generation),
        live ? String(live.codeVersion) : '-',
        String(position),
        String(await store.countAfter(position)),
        stale ? `${state}, stale (code ${codeVersions.get(name)} runs)` : state,
        String(waiting),
      ]);
      if (building)
        lines.push([
          name,
          String(building.generation),
          String(building.codeVersion),
          String(building.position),
          String(await store.countAfter(building.position)),
          'rebuilding',
          '',
        ]);
    }
    return table(['projection', 'generation', 'code', 'position', 'lag', 'state', 'dead letters'], lines);
  });
}

/** Builds a new generation of one projection, or of all, and switches to it; the live one serves meanwhile. */
function rebuild(env: Env, which: string, terminal: NodeJS.WriteStream): Promise<string> {
  const chosen = which === 'all' ? allProjections : allProjections.filter(({ name }) => name === which);
  if (chosen.length === 0) throw new ConfigError(`no projection is named ${which}; ${usage}`);
  return withReadSide(env, async ({ infrastructure: { store, projections } }) => {
    const progress = rebuildProgressBar(terminal, await store.countAfter(0n));
    try {
      const result = await rebuildProjections(projections, store, {
        projections: chosen,
        onProgress: (reported) => progress.update(reported),
      });
      progress.stop();
      const generations = [...result.generations]
        .map(([name, generation]) => `${name} ${generation}`)
        .join(', ');
      const rate = Math.round(result.events / Math.max(result.seconds, 0.001)).toLocaleString('en');
      return [
        `switched to generation ${generations} at position ${result.position}`,
        `${result.events.toLocaleString('en')} events in ${result.seconds.toFixed(1)} s (${rate} events/s)` +
          (result.deadLetters > 0
            ? `, ${result.deadLetters} dead letters: see sluice dead-letters list`
            : ''),
      ].join('\n');
    } finally {
      progress.stop();
    }
  });
}
