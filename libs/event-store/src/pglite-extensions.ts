import { PGlite, type Extensions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The extensions every PGlite of the system loads: one database holds the log and the read models,
 * and the catalog's search is served by trigram indexes. PGlite has an extension only when it is
 * opened with it: creating it later fails with `extension "pg_trgm" is not available`.
 */
export const pgliteExtensions = { pg_trgm } satisfies Extensions;

/** A PGlite in `dataDir` (in memory when left out) with the system's extensions. */
export function newPglite(dataDir?: string): PGlite {
  return new PGlite({ dataDir, extensions: pgliteExtensions });
}
