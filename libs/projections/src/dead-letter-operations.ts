import type { EventStore, RawQuery, StoredEvent } from '@sluice/event-store';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { AnyProjection, Db } from './projection';
import { announceReadModelsChanged } from './read-models-changed';
import { firstDependentAfter, retryBasis, type RetryBasis } from './retry-order';
import { projectionDeadLetters } from './schema';
import type { SqlSession } from './sql-session';

export type DeadLetter = typeof projectionDeadLetters.$inferSelect;

/**
 * Why a dead letter could not be retried or skipped: none waits there (or no such event or
 * projection), a retry may not run now, beside projectors that apply events, or it may not run at
 * all, since the projection applied a later event that changed the same rows (a rebuild may).
 */
export type DeadLetterRefusal = 'not waiting' | 'projectors running' | 'later events depend';

/** Why a dead letter could not be retried or skipped: the operator's mistake, told as such. */
export class DeadLetterError extends Error {
  override readonly name = 'DeadLetterError';

  constructor(
    message: string,
    readonly refusal: DeadLetterRefusal = 'not waiting',
    /** For 'later events depend': the first later event that changed a row the retry would. */
    readonly laterPosition?: bigint,
  ) {
    super(message);
  }
}

/** Runs `work` while no projector applies events to the database, or refuses (a DeadLetterError). */
export type WhileNoProjectorRuns = <T>(work: () => Promise<T>) => Promise<T>;

const LOCK_ONE = `select 1 from projection_dead_letters
  where projection = $1::text and position = $2::text::bigint and resolution is null for update`;
const RESOLVE = `update projection_dead_letters set resolution = $3::text, resolved_at = now()
  where projection = $1::text and position = $2::text::bigint`;
// A retry and the projectors take turns on the checkpoints, as projectors do among themselves.
const LOCK_CHECKPOINTS = 'select name from projection_checkpoints order by name for update';

/** Dead letters that still wait for an operator: one projection's, or all. */
const waitingFor = (projection: string | undefined) =>
  and(
    isNull(projectionDeadLetters.resolution),
    projection === undefined ? undefined : eq(projectionDeadLetters.projection, projection),
  );

/** Waiting dead letters, newest first. */
export function waitingDeadLetters(
  db: Db,
  options: { projection?: string; limit?: number } = {},
): Promise<DeadLetter[]> {
  return db
    .select()
    .from(projectionDeadLetters)
    .where(waitingFor(options.projection))
    .orderBy(desc(projectionDeadLetters.position))
    .limit(options.limit ?? 100);
}

/** How many dead letters wait for each named projection, in one query. */
export async function waitingCounts(db: Db, names: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ projection: projectionDeadLetters.projection, waiting: count() })
    .from(projectionDeadLetters)
    .where(isNull(projectionDeadLetters.resolution))
    .groupBy(projectionDeadLetters.projection);
  const of = (projection: string) => rows.find((row) => row.projection === projection)?.waiting ?? 0;
  return new Map(names.map((name) => [name, of(name)]));
}

/** Lets a dead letter go: the projection keeps going without that event, as it has so far. */
export async function skipDeadLetter(
  session: SqlSession,
  projection: string,
  position: bigint,
): Promise<void> {
  await session.transaction(async (tx) => {
    await waiting(tx, projection, position);
    await tx(RESOLVE, [projection, position.toString(), 'skipped']);
  });
}

/**
 * Applies a dead letter's event to the projection that set it aside, with the code running now,
 * typically after a fix. It is applied on top of what the projection applied since, so it is
 * refused ('later events depend') once the projection applied a later event that changed one of
 * the same rows: that row would go back to the older event's position, with an old change mixed
 * into a newer state. A rebuild of the projection applies the event in its place instead. All of
 * it or nothing: a failure leaves the dead letter waiting, with the new error.
 *
 * It applies the event inside `whileNoProjectorRuns`, which keeps projectors from applying
 * anything meanwhile: a running one may hold the rows it wrote in memory and would write them
 * back over the retry's. Most of its check of the log runs before, beside them.
 */
export async function retryDeadLetter(
  session: SqlSession,
  store: EventStore,
  projections: readonly AnyProjection[],
  projection: string,
  position: bigint,
  whileNoProjectorRuns: WhileNoProjectorRuns = (work) => work(),
): Promise<void> {
  const [event] = await store.readAllAfter(position - 1n, 1);
  if (event?.position !== position)
    throw new DeadLetterError(`the log holds no event at position ${position}`);
  const target = projections.find((one) => one.name === projection);
  if (!target) throw new DeadLetterError(`no projection is called ${projection}`);
  await waiting(session.query, projection, position);
  // The log is read outside the transaction (on PGlite the store shares its one connection), and
  // most of it while projectors run: once they stand still, only what they applied meanwhile.
  const checked = await retryBasis(session.query, position);
  await refuseIfDependent(store, target, event, checked);
  await whileNoProjectorRuns(async () => {
    const basis = await retryBasis(session.query, position);
    // Letters resolved meanwhile may have applied events the first check took as not applied.
    await refuseIfDependent(
      store,
      target,
      event,
      basis,
      basis.lettersKey === checked.lettersKey ? checked : undefined,
    );
    await session.transaction(async (tx) => {
      await tx(LOCK_CHECKPOINTS, []);
      await waiting(tx, projection, position);
      if ((await retryBasis(tx, position)).fingerprint !== basis.fingerprint)
        throw new DeadLetterError(
          'events were applied, or dead letters resolved, while the retry was being checked: try again',
          'projectors running',
        );
      await target.run(tx, tx, [event]);
      await tx(RESOLVE, [projection, position.toString(), 'retried']);
      await announceReadModelsChanged(tx);
    });
  });
}

/** Refuses the retry when `target` applied a later event that changed the same rows (see firstDependentAfter). */
async function refuseIfDependent(
  store: EventStore,
  target: AnyProjection,
  event: StoredEvent,
  basis: RetryBasis,
  checked?: RetryBasis,
): Promise<void> {
  const later = await firstDependentAfter(store, target, event, basis, checked?.applied.get(target.name));
  if (later !== undefined) throw laterEventsDepend(target.name, event.position, later);
}

function laterEventsDepend(projection: string, position: bigint, later: bigint): DeadLetterError {
  return new DeadLetterError(
    `${projection} applied the event at ${later} after the one at ${position}, and it changed rows that one changes too: ` +
      `applied now, the older event would undo it. Rebuild the projection instead ('npx sluice projections rebuild ${projection}'): ` +
      'the new generation applies every event in its place, and takes the dead letters it sets aside in place of these.',
    'later events depend',
    later,
  );
}

async function waiting(tx: RawQuery, projection: string, position: bigint): Promise<void> {
  const rows = await tx(LOCK_ONE, [projection, position.toString()]);
  if (rows.length === 0)
    throw new DeadLetterError(`${projection} has no dead letter waiting at position ${position}`);
}
