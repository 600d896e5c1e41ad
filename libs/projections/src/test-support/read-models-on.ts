import type { OpenedStore } from '@sluice/testing';
import { openPgliteProjections, openPostgresProjections, type OpenedProjections } from '../open-projections';

/** The read models beside a test's store: on its PGlite, or on its PostgreSQL database. */
export function readModelsOn(opened: OpenedStore, maxConnections = 4): Promise<OpenedProjections> {
  return opened.pglite
    ? openPgliteProjections(opened.pglite)
    : openPostgresProjections(opened.databaseUrl!, maxConnections);
}
