import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTemporaryDatabase, postgresAvailability, startNodeProcess } from '@sluice/testing';
import { describe, expect, it } from 'vitest';
import type { EventStore } from './event-store';
import { openPgliteEventStore } from './open-pglite-event-store';
import { openPostgresEventStore } from './open-postgres-event-store';
import { newPglite } from './pglite-extensions';

const appender = fileURLToPath(new URL('./test-support/appending-process.ts', import.meta.url));
const ANSWERED = /^answered (\S+) (\d+)$/gm;

/** Kills the appending process once it has answered `answers` commands: what it answered. */
async function answeredBeforeACrash(
  env: Record<string, string>,
  answers: number,
): Promise<Map<string, bigint>> {
  const process = await startNodeProcess(appender, env, /appending/, { timeoutMs: 60_000 });
  await expect
    .poll(() => [...process.output().matchAll(ANSWERED)].length, { timeout: 60_000 })
    .toBeGreaterThan(answers);
  await process.kill();
  // A line cut off by the kill has no newline yet and does not match.
  return new Map(
    [...process.output().matchAll(ANSWERED)].map(([, id, position]) => [id!, BigInt(position!)]),
  );
}

async function expectAllKept(store: EventStore, answered: Map<string, bigint>): Promise<void> {
  const log = await store.readAllAfter(0n, 1_000_000);
  const atPosition = new Map(log.map((event) => [event.position, event]));
  for (const [commandId, lastPosition] of answered) {
    expect((await store.findCommand(commandId))?.lastPosition).toBe(lastPosition);
    expect(atPosition.get(lastPosition)?.data).toEqual({ commandId });
    expect(atPosition.get(lastPosition - 1n)?.data).toEqual({ commandId });
  }
  // Nothing half written: every stream holds both events of its command, or none.
  const byStream = new Map<string, string[]>();
  for (const { streamId, type } of log) byStream.set(streamId, [...(byStream.get(streamId) ?? []), type]);
  for (const types of byStream.values()) expect(types).toEqual(['First', 'Second']);
}

describe.skipIf(!(await postgresAvailability()).available)('a crash mid-batch on PostgreSQL', () => {
  it('loses no command that was answered', async () => {
    const database = await createTemporaryDatabase();
    try {
      const answered = await answeredBeforeACrash({ DATABASE_URL: database.url }, 300);
      const store = await openPostgresEventStore({ url: database.url });
      try {
        await expectAllKept(store, answered);
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('a crash mid-batch on PGlite in a data folder', () => {
  it('loses no command that was answered', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sluice-crash-'));
    try {
      const answered = await answeredBeforeACrash({ PGLITE_DIR: folder }, 150);
      const pglite = newPglite(folder);
      const store = await openPgliteEventStore({ pglite });
      try {
        await expectAllKept(store, answered);
      } finally {
        await store.close();
        await pglite.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
