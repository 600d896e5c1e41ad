import type postgres from 'postgres';
import { withAdvisoryLockIfFree } from './advisory-lock';
import { DeadLetterError } from './dead-letter-operations';

// One advisory lock for all projectors of a database: shared by each running one, exclusive for
// work that must not run beside any (a dead letter's retry).
const KEY = "hashtext('sluice:projectors')";

const othersRunning = () =>
  new DeadLetterError(
    'read gateways are applying events to this database: stop them first, as their projectors would write over this change',
    'projectors running',
  );

/** A running projector's share of the lock, held on a connection of its own. */
export interface HeldProjectorLock {
  /**
   * Runs `work` while no other projector runs on the database, or refuses to if one does. The
   * holder takes the lock exclusively on its own connection (its share does not stand in its
   * way), so it must keep its own projector from applying anything meanwhile.
   */
  whileNoOtherRuns<T>(work: () => Promise<T>): Promise<T>;
  release(): Promise<void>;
}

/** Held by a running projector on PostgreSQL for as long as it runs. */
export async function holdProjectorLock(client: postgres.Sql): Promise<HeldProjectorLock> {
  const connection = await client.reserve();
  await connection.unsafe(`select pg_advisory_lock_shared(${KEY})`);
  return {
    async whileNoOtherRuns(work) {
      const [row] = await connection.unsafe<Array<{ free: boolean }>>(
        `select pg_try_advisory_lock(${KEY}) as free`,
      );
      if (!row?.free) throw othersRunning();
      try {
        return await work();
      } finally {
        // Its exclusive hold only: the share stays, as a lock's modes are counted apart.
        await connection.unsafe(`select pg_advisory_unlock(${KEY})`);
      }
    },
    async release() {
      await connection.unsafe(`select pg_advisory_unlock_shared(${KEY})`);
      connection.release();
    },
  };
}

/** Runs `work` while no projector runs on the database, or refuses to if one does. */
export function whileNoProjectorRuns<T>(client: postgres.Sql, work: () => Promise<T>): Promise<T> {
  return withAdvisoryLockIfFree(client, KEY, othersRunning, work);
}
