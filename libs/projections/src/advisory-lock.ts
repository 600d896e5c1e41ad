import type postgres from 'postgres';

/**
 * Runs `work` holding the exclusive advisory lock `key` (an SQL expression), taken on a connection
 * reserved for it, or throws what `refused` makes when another session holds it.
 */
export async function withAdvisoryLockIfFree<T>(
  client: postgres.Sql,
  key: string,
  refused: () => Error,
  work: () => Promise<T>,
): Promise<T> {
  const connection = await client.reserve();
  try {
    const [row] = await connection.unsafe<Array<{ free: boolean }>>(
      `select pg_try_advisory_lock(${key}) as free`,
    );
    if (!row?.free) throw refused();
    try {
      return await work();
    } finally {
      await connection.unsafe(`select pg_advisory_unlock(${key})`);
    }
  } finally {
    connection.release();
  }
}
