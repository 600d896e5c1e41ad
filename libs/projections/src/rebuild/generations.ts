import type { RawQuery } from '@sluice/event-store';
import type { AnyProjection } from '../projection';

/** A generation of a projection's tables, as `projection_generations` records it. */
export interface Generation {
  projection: string;
  generation: number;
  codeVersion: number;
  state: 'live' | 'building' | 'retired';
  startedAt: Date;
  switchedAt: Date | null;
}

const ENSURE = `insert into projection_generations (projection, generation, code_version, state, switched_at)
  select p.name, 1, p.version, 'live', now()
  from jsonb_to_recordset($1::text::jsonb) as p(name text, version integer)
  where not exists (select 1 from projection_generations g where g.projection = p.name)`;
const FORGET_BUILDING = `delete from projection_generations
  where state = 'building' and projection in (select jsonb_array_elements_text($1::text::jsonb))`;
const BEGIN = `insert into projection_generations (projection, generation, code_version, state)
  select p.name, coalesce((select max(generation) from projection_generations g where g.projection = p.name), 0) + 1,
    p.version, 'building'
  from jsonb_to_recordset($1::text::jsonb) as p(name text, version integer)
  returning projection, generation`;
const RETIRE = `update projection_generations set state = 'retired'
  where projection = $1::text and state = 'live'`;
const GO_LIVE = `update projection_generations set state = 'live', switched_at = now()
  where projection = $1::text and generation = $2::integer`;
const CURRENT = `select projection, generation, code_version, state,
    (extract(epoch from started_at) * 1000)::float8 as started_ms,
    (extract(epoch from switched_at) * 1000)::float8 as switched_ms
  from projection_generations
  where state <> 'retired' and projection in (select jsonb_array_elements_text($1::text::jsonb))
  order by projection, generation`;

const asJson = (projections: readonly AnyProjection[]) =>
  JSON.stringify(projections.map(({ name, version }) => ({ name, version })));

/**
 * Records a first live generation, built by the code as it is, for each projection that has none:
 * a new projection's tables are built from the log by the live projector itself.
 */
export async function ensureGenerations(
  query: RawQuery,
  projections: readonly AnyProjection[],
): Promise<void> {
  await query(ENSURE, [asJson(projections)]);
}

/** Records a new generation being built for each projection; answers their numbers by name. */
export async function beginGenerations(
  query: RawQuery,
  projections: readonly AnyProjection[],
): Promise<Map<string, number>> {
  await forgetBuilding(
    query,
    projections.map(({ name }) => name),
  );
  const rows = await query(BEGIN, [asJson(projections)]);
  return new Map(rows.map((row) => [String(row.projection), Number(row.generation)]));
}

/** Forgets the generations being built for `names` (a rebuild that failed or was interrupted): answers how many. */
export async function forgetBuilding(query: RawQuery, names: readonly string[]): Promise<number> {
  return (await query(`${FORGET_BUILDING} returning projection`, [JSON.stringify(names)])).length;
}

/** Makes `generation` the live one of `projection`, retiring the one it replaces (in the switch). */
export async function goLive(query: RawQuery, projection: string, generation: number): Promise<void> {
  await query(RETIRE, [projection]);
  await query(GO_LIVE, [projection, generation]);
}

/** The live and building generations of each of `names`, in order of projection and generation. */
export async function currentGenerations(query: RawQuery, names: readonly string[]): Promise<Generation[]> {
  const rows = await query(CURRENT, [JSON.stringify(names)]);
  return rows.map((row) => ({
    projection: String(row.projection),
    generation: Number(row.generation),
    codeVersion: Number(row.code_version),
    state: row.state as Generation['state'],
    startedAt: new Date(Number(row.started_ms)),
    switchedAt: row.switched_ms === null ? null : new Date(Number(row.switched_ms)),
  }));
}

/** The projections whose live generation was built by another version of their code. */
export async function staleProjections(
  query: RawQuery,
  projections: readonly AnyProjection[],
): Promise<AnyProjection[]> {
  const live = (
    await currentGenerations(
      query,
      projections.map(({ name }) => name),
    )
  ).filter((generation) => generation.state === 'live');
  return projections.filter((projection) =>
    live.some(
      (generation) =>
        generation.projection === projection.name && generation.codeVersion !== projection.version,
    ),
  );
}
