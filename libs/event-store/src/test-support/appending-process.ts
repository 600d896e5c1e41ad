// A process that appends as fast as it can from many writers, and prints each command once its
// append was answered: `answered <commandId> <lastPosition>`. Killed mid-batch by a test, which
// then looks for every answered command in the log. On PostgreSQL (DATABASE_URL) or on PGlite
// in a data folder (PGLITE_DIR).
import { randomUUID } from 'node:crypto';
import type { EventStore } from '../event-store';
import { openPgliteEventStore } from '../open-pglite-event-store';
import { openPostgresEventStore } from '../open-postgres-event-store';
import { newPglite } from '../pglite-extensions';

const WRITERS = 32;
const url = process.env.DATABASE_URL;
const store: EventStore = url
  ? await openPostgresEventStore({ url })
  : await openPgliteEventStore({ pglite: newPglite(process.env.PGLITE_DIR) });

async function writer(): Promise<never> {
  for (;;) {
    const commandId = randomUUID();
    const streamId = randomUUID();
    const events = ['First', 'Second'].map((type) => ({
      eventId: randomUUID(),
      type,
      data: { commandId },
      metadata: { correlationId: commandId, causationId: commandId, at: new Date().toISOString() },
    }));
    const outcome = await store.append([{ streamId, expectedVersion: 0, events }], {
      commandId,
      commandType: 'test',
      fingerprint: 'f',
      result: streamId,
    });
    if (outcome.kind !== 'appended') throw new Error(`a new stream was refused: ${outcome.kind}`);
    process.stdout.write(`answered ${commandId} ${outcome.lastPosition}\n`);
  }
}

console.log('appending');
await Promise.all(Array.from({ length: WRITERS }, writer));
