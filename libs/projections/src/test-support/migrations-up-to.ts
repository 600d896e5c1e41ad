import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/** The table drizzle records the read models' migrations in. */
export const migrationsTable = '__drizzle_migrations_projections';

/**
 * The read models' migrations as they stood up to `last` (a tag), in a folder of its own (the
 * caller removes it): a database migrated with it is one an older version left.
 */
export function migrationsUpTo(last: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'sluice-migrations-'));
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const end = journal.entries.findIndex(({ tag }) => tag === last);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }));
  return folder;
}
