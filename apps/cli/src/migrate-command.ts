import { ConfigError } from '@sluice/gateway';
import { withReadSide } from './read-side-access';

type Env = Readonly<Record<string, string | undefined>>;

// drizzle's records of the migrations it applied, one table for the log's and one for the read models'.
const APPLIED = `select (select count(*) from drizzle.__drizzle_migrations)::int as log,
  (select count(*) from drizzle.__drizzle_migrations_projections)::int as read_models`;

/**
 * `sluice migrate`: brings the log's and the read models' tables to the newest schema, as every
 * start does (under an advisory lock on PostgreSQL, so beside running gateways too): for a
 * deployment that migrates before it starts the new version.
 */
export async function migrateCommand(args: readonly string[], env: Env): Promise<string> {
  if (args.length > 0) throw new ConfigError('usage: sluice migrate');
  return withReadSide(env, async ({ infrastructure: { projections } }) => {
    const [applied] = await projections.session.query(APPLIED, []);
    return `migrated: the log has ${String(applied?.log)} migrations applied, the read models ${String(applied?.read_models)}`;
  });
}
