import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { newPglite, pgliteRawQuery, type RawQuery } from '@sluice/event-store';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrations } from '../open-projections';

/** The read models' migrations as they stood up to `last` (a tag), in a folder of its own. */
function migrationsUpTo(last: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'sluice-migrations-'));
  cpSync(migrations.migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const end = journal.entries.findIndex(({ tag }) => tag === last);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  return folder;
}

/** A PGlite in memory migrated up to `last` (a tag): the read models as an older version left them. */
export async function pgliteMigratedUpTo(last: string): Promise<{ pglite: PGlite; query: RawQuery }> {
  const folder = migrationsUpTo(last);
  const pglite = newPglite();
  try {
    await migrate(drizzle(pglite), { ...migrations, migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { pglite, query: pgliteRawQuery(pglite) };
}
