import { ConfigError } from '@sluice/gateway';
import {
  allProjections,
  projectionNames,
  retryDeadLetter,
  skipDeadLetter,
  waitingDeadLetters,
} from '@sluice/projections';
import { withReadSide } from './read-side-access';
import { table } from './table';

type Env = Readonly<Record<string, string | undefined>>;

const usage = `usage: sluice dead-letters [list] [--projection <${projectionNames.join('|')}>]
       sluice dead-letters retry <projection> <position>
       sluice dead-letters skip <projection> <position>`;

/**
 * `sluice dead-letters`: the events projections set aside, and what to do with each. `retry`
 * applies one with the code running now (after a fix), on top of what its projection applied
 * since, while no read gateway applies events and when no later event it applied changed the
 * same rows (else it says to rebuild); `skip` lets it go.
 */
export async function deadLettersCommand(args: readonly string[], env: Env): Promise<string> {
  const [action = 'list', ...rest] = args;
  if (action === 'list') return list(rest, env);
  if (action !== 'retry' && action !== 'skip') throw new ConfigError(usage);
  const [projection, position, ...extra] = rest;
  if (
    projection === undefined ||
    position === undefined ||
    extra.length > 0 ||
    !/^[1-9][0-9]*$/.test(position)
  )
    throw new ConfigError(usage);
  knownProjection(projection);
  const at = BigInt(position);
  return withReadSide(env, async ({ infrastructure: { store, projections }, whileNoProjectorRuns }) => {
    if (action === 'skip') {
      await skipDeadLetter(projections.session, projection, at);
      return `skipped: ${projection} goes on without the event at ${position}`;
    }
    await retryDeadLetter(projections.session, store, allProjections, projection, at, whileNoProjectorRuns);
    return `retried: ${projection} applied the event at ${position}`;
  });
}

async function list(args: readonly string[], env: Env): Promise<string> {
  const [flag, projection, ...rest] = args;
  if (rest.length > 0 || (flag !== undefined && (flag !== '--projection' || projection === undefined)))
    throw new ConfigError(usage);
  if (projection !== undefined) knownProjection(projection);
  return withReadSide(env, async ({ infrastructure: { projections } }) => {
    const letters = await waitingDeadLetters(projections.db, projection ? { projection } : {});
    if (letters.length === 0) return 'no dead letters waiting';
    return table(
      ['projection', 'position', 'type', 'attempts', 'set aside at', 'error'],
      letters.map((letter) => [
        letter.projection,
        String(letter.position),
        letter.type,
        String(letter.attempts),
        letter.deadLetteredAt.toISOString(),
        letter.error,
      ]),
    );
  });
}

/** A name that is no projection's is a typing error, told as one (not "no dead letters"). */
function knownProjection(name: string): void {
  if (!projectionNames.includes(name))
    throw new ConfigError(
      `there is no projection "${name}": the projections are ${projectionNames.join(', ')}`,
    );
}
