import type { EventStore } from '@sluice/event-store';
import { allProjections, projectionNames, projectionStatuses, type Db } from '@sluice/projections';
import { table } from './table';

const codeVersions = new Map(allProjections.map((projection) => [projection.name, projection.version]));

/**
 * Each projection's generations: the live one with its position, lag, state and waiting dead
 * letters, and one being rebuilt beside it with its own position and lag.
 */
export async function projectionStatusTable(store: EventStore, db: Db): Promise<string> {
  const lines = [];
  for (const projection of await projectionStatuses(db, projectionNames)) {
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
}
