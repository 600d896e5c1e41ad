import { withAdvisoryLockIfFree } from '../advisory-lock';
import type { OpenedProjections } from '../open-projections';

/** Refused work on a projection's generations: another rebuild holds them. */
export class RebuildError extends Error {
  override name = 'RebuildError';
}

const KEY = "hashtext('sluice:rebuild')";
const busy = () => new RebuildError('a rebuild is already under way on this database');

/** Embedded, the database is this process's alone: a rebuild under way is known here. */
const rebuilding = new WeakSet<OpenedProjections['session']>();

/** Runs `work` as the one rebuild on the database, or refuses with a RebuildError. */
export async function withRebuildLock<T>(opened: OpenedProjections, work: () => Promise<T>): Promise<T> {
  if (!opened.client) {
    if (rebuilding.has(opened.session)) throw busy();
    rebuilding.add(opened.session);
    try {
      return await work();
    } finally {
      rebuilding.delete(opened.session);
    }
  }
  return withAdvisoryLockIfFree(opened.client, KEY, busy, work);
}
