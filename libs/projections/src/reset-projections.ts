import { getTableConfig } from 'drizzle-orm/pg-core';
import type { AnyProjection } from './projection';
import { announceReadModelsChanged } from './read-models-changed';
import type { SqlSession } from './sql-session';

const OURS = 'in (select jsonb_array_elements_text($1::text::jsonb))';

/**
 * Starts projections over in place: their tables emptied, their dead letters forgotten, their
 * checkpoints back at the start, in one transaction; the next projector to run applies the whole
 * log to them with the code it runs, which their live generation records. Only while no projector
 * runs (it would write back what it holds in memory); `npx sluice projections rebuild` is the way
 * that keeps serving.
 */
export async function resetProjections(
  session: SqlSession,
  projections: readonly AnyProjection[],
): Promise<void> {
  const names = JSON.stringify(projections.map(({ name }) => name));
  const tables = projections
    .flatMap((projection) => projection.tables.map((table) => `"${getTableConfig(table).name}"`))
    .join(', ');
  await session.transaction(async (tx) => {
    await tx(`select name from projection_checkpoints where name ${OURS} for update`, [names]);
    await tx(`truncate ${tables}`, []);
    await tx(`delete from projection_dead_letters where projection ${OURS}`, [names]);
    await tx(`update projection_checkpoints set position = 0, updated_at = now() where name ${OURS}`, [
      names,
    ]);
    for (const { name, version } of projections)
      await tx(
        `update projection_generations set code_version = $2::integer where projection = $1::text and state = 'live'`,
        [name, version],
      );
    await announceReadModelsChanged(tx);
  });
}
