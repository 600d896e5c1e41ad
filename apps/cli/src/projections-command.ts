import { ConfigError } from '@sluice/gateway';
import { allProjections, projectionNames, rebuildProjections, resetProjections } from '@sluice/projections';
import { projectionStatusTable } from './projection-status-table';
import { rebuildProgressBar } from './rebuild-progress';
import { withReadSide } from './read-side-access';

type Env = Readonly<Record<string, string | undefined>>;

const which = `<${[...projectionNames, 'all'].join('|')}>`;
const usage = `usage: sluice projections [status] | rebuild ${which} | reset ${which}`;

/** `sluice projections [status] | rebuild <name|all> | reset <name|all>`. */
export async function projectionsCommand(
  args: readonly string[],
  env: Env,
  terminal: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  const [action = 'status', ...rest] = args;
  if (action === 'status' && rest.length === 0) return status(env);
  if (action === 'rebuild' && rest.length === 1) return rebuild(env, rest[0]!, terminal);
  if (action === 'reset' && rest.length === 1) return reset(env, rest[0]!);
  throw new ConfigError(usage);
}

function chosen(name: string) {
  const projections =
    name === 'all' ? allProjections : allProjections.filter((projection) => projection.name === name);
  if (projections.length === 0) throw new ConfigError(`no projection is named ${name}; ${usage}`);
  return projections;
}

/** Starts projections over in place, while no read gateway runs: they apply the whole log again at its next start. */
function reset(env: Env, name: string): Promise<string> {
  const projections = chosen(name);
  return withReadSide(env, async ({ infrastructure, whileNoProjectorRuns }) => {
    await whileNoProjectorRuns(() => resetProjections(infrastructure.projections.session, projections));
    const names = projections.map((projection) => projection.name).join(', ');
    return `reset: ${names} will apply the log again from the start when a read gateway next runs`;
  });
}

/** Each projection's generations, as `sluice projections status` and `sluice status` show them. */
function status(env: Env): Promise<string> {
  return withReadSide(env, ({ infrastructure: { store, projections } }) =>
    projectionStatusTable(store, projections.db),
  );
}

/** Builds a new generation of one projection, or of all, and switches to it; the live one serves meanwhile. */
function rebuild(env: Env, name: string, terminal: NodeJS.WriteStream): Promise<string> {
  const rebuilt = chosen(name);
  return withReadSide(env, async ({ infrastructure: { store, projections } }) => {
    const progress = rebuildProgressBar(terminal, await store.countAfter(0n));
    try {
      const result = await rebuildProjections(projections, store, {
        projections: rebuilt,
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
