import { projectionDeadLetters, type Db } from '@sluice/projections';
import { and, count, desc, inArray, isNull } from 'drizzle-orm';
import type { DeadLetterRow } from './rows';

/** Dead letters set aside by every projection at once, before each had its own. */
const everyProjection = '*';

/** A projection's dead letters that still wait for an operator (those of every projection included). */
const waitingFor = (projection: string) =>
  and(
    inArray(projectionDeadLetters.projection, [projection, everyProjection]),
    isNull(projectionDeadLetters.resolution),
  );

/** A projection's waiting dead letters, newest first. */
export function waitingDeadLetters(db: Db, projection: string, limit: number): Promise<DeadLetterRow[]> {
  return db
    .select()
    .from(projectionDeadLetters)
    .where(waitingFor(projection))
    .orderBy(desc(projectionDeadLetters.position))
    .limit(limit);
}

export async function waitingCount(db: Db, projection: string): Promise<number> {
  const [row] = await db
    .select({ waiting: count() })
    .from(projectionDeadLetters)
    .where(waitingFor(projection));
  return row?.waiting ?? 0;
}
