import type { EventStore, RawQuery, StoredEvent } from '@sluice/event-store';
import type { AnyProjection } from './projection';

const PAGE = 5_000;

/**
 * What a retry's check of the log rests on: how far each projection applied it, and the events
 * after the retried one that a projection did not apply (set aside and waiting, or let go; one
 * retried was applied, out of order, and counts as applied). Read again under the retry's lock:
 * the check holds only if neither moved meanwhile.
 */
export interface RetryBasis {
  /** Both parts as one text, to compare. */
  fingerprint: string;
  /** The second part alone. */
  lettersKey: string;
  applied: ReadonlyMap<string, bigint>;
  notApplied: ReadonlyArray<{ projection: string; position: bigint }>;
}

const BASIS = `select
  coalesce((select jsonb_object_agg(name, position::text) from projection_checkpoints), '{}'::jsonb)::text
    as applied,
  coalesce((select jsonb_agg(jsonb_build_array(projection, position::text) order by projection, position)
    from projection_dead_letters
    where position > $1::text::bigint and (resolution is null or resolution = 'skipped')), '[]'::jsonb)::text
    as not_applied`;

export async function retryBasis(query: RawQuery, position: bigint): Promise<RetryBasis> {
  const [row] = await query(BASIS, [String(position)]);
  const applied = JSON.parse(String(row!.applied)) as Record<string, string>;
  const notApplied = JSON.parse(String(row!.not_applied)) as Array<[string, string]>;
  return {
    fingerprint: `${String(row!.applied)} ${String(row!.not_applied)}`,
    lettersKey: String(row!.not_applied),
    applied: new Map(Object.entries(applied).map(([name, at]) => [name, BigInt(at)])),
    notApplied: notApplied.map(([projection, at]) => ({ projection, position: BigInt(at) })),
  };
}

/**
 * The first event after `event` that `projection` applied and that changed a row `event` changes
 * too; undefined when there is none. Only the events after `checked` (how far an earlier check of
 * the same letters went, if one did) are read. Applying `event` now is then the same as having
 * applied it in its place in the log: nothing it changes moved since. When one did, applying it
 * would take that row back to an older position and mix an old change into a newer state (a
 * total's history recorded at the old position with today's figures, say).
 */
export async function firstDependentAfter(
  store: EventStore,
  projection: AnyProjection,
  event: StoredEvent,
  basis: RetryBasis,
  checked?: bigint,
): Promise<bigint | undefined> {
  const upTo = basis.applied.get(projection.name) ?? 0n;
  const keys = rowKeysOf(projection, event);
  const notApplied = new Set(
    basis.notApplied
      .filter((letter) => letter.projection === projection.name)
      .map((letter) => letter.position),
  );
  const from = checked !== undefined && checked > event.position ? checked : event.position;
  for (let after = from; after < upTo;) {
    const page = await store.readTypesAfter(after, projection.handles, PAGE);
    for (const later of page) {
      if (later.position > upTo) return undefined;
      if (notApplied.has(later.position)) continue;
      if (keys === undefined || sharesRow(projection, later, keys)) return later.position;
    }
    if (page.length < PAGE) return undefined;
    after = page[page.length - 1]!.position;
  }
  return undefined;
}

/** The rows `event` changes, or undefined for "every row": a projection over the whole log. */
function rowKeysOf(projection: AnyProjection, event: StoredEvent): ReadonlySet<string> | undefined {
  if (!projection.rowKeys) return undefined;
  try {
    return new Set(projection.rowKeys(event));
  } catch {
    // Not of its type's shape: the retry fails on it as it did, whatever this answers.
    return new Set();
  }
}

function sharesRow(projection: AnyProjection, later: StoredEvent, keys: ReadonlySet<string>): boolean {
  try {
    return projection.rowKeys!(later).some((key) => keys.has(key));
  } catch {
    // An event it applied that this code cannot read: nothing says it changed other rows.
    return true;
  }
}
