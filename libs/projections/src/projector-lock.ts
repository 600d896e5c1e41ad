import type postgres from 'postgres';
import { withAdvisoryLockIfFree } from './advisory-lock';
import { DeadLetterError } from './dead-letter-operations';

// One advisory lock for all projectors of a database: shared by each running one, exclusive for
// work that must not run beside any (a dead letter's retry).
const KEY = "hashtext('sluice:projectors')";

/** Held by a running projector on PostgreSQL for as long as it runs; answers its release. */
export async function holdProjectorLock(client: postgres.Sql): Promise<() => Promise<void>> {
  const connection = await client.reserve();
  await connection.unsafe(`select pg_advisory_lock_shared(${KEY})`);
  return async () => {
    await connection.unsafe(`select pg_advisory_unlock_shared(${KEY})`);
    connection.release();
  };
}

/** Runs `work` while no projector runs on the database, or refuses to if one does. */
export function whileNoProjectorRuns<T>(client: postgres.Sql, work: () => Promise<T>): Promise<T> {
  return withAdvisoryLockIfFree(
    client,
    KEY,
    () =>
      new DeadLetterError(
        'read gateways are applying events to this database: stop them first, as their projectors would write back over the retry',
      ),
    work,
  );
}
