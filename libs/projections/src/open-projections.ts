import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import {
  LoopTurns,
  pgliteRawQuery,
  pgliteWithPreparedStatements,
  postgresRawQuery,
} from '@sluice/event-store';
import { allProjections } from './all-projections';
import { describeError } from './describe-error';
import { ensureInStepFunction } from './in-step-function';
import type { Db } from './projection';
import { ensureGenerations } from './rebuild/generations';
import { pgliteSession, postgresSession, sessionWithSearchPath, type SqlSession } from './sql-session';

/** Where the read models' migrations are, and the table drizzle records them in. */
export const migrations = {
  migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
  migrationsTable: '__drizzle_migrations_projections',
};

export interface OpenedProjections {
  /** Queries of the read models. */
  db: Db;
  /**
   * The read models as clients' queries read them. On PGlite its statements let the event loop
   * turn when PGlite has held it a while (LoopTurns), so that many queries queued do not keep the
   * server from its connections; `db`'s (the pushes') never wait. On PostgreSQL, `db`.
   */
  queryDb: Db;
  /** The projector's statements and transactions. */
  session: SqlSession;
  /** The driver for LISTEN, on PostgreSQL only. */
  client: postgres.Sql | undefined;
  /**
   * LISTEN on `channel`, on either backend (embedded, what this process announces); `onListen`
   * after each (re)connection, when announcements may have been missed. Resolves to an unlisten.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onListen?: () => void,
  ): Promise<() => Promise<void>>;
  /**
   * A session of its own whose unqualified names resolve in `schema` first, then where the live
   * read models are (a rebuild's shadow tables); closed by the caller.
   */
  sessionIn(schema: string): Promise<{ session: SqlSession; close(): Promise<void> }>;
  close(): Promise<void>;
}

const LIVE_SEARCH_PATH = `select current_setting('search_path') as path`;

async function searchPathWith(session: SqlSession, schema: string): Promise<string> {
  const [row] = await session.query(LIVE_SEARCH_PATH, []);
  return `"${schema}", ${String(row?.path)}`;
}

/** The read models on the embedded PGlite the event store uses (the caller owns it). */
export async function openPgliteProjections(pglite: PGlite): Promise<OpenedProjections> {
  try {
    await migratePglite(drizzlePglite(pglite), migrations);
  } catch (error) {
    if (/extension "\w+" is not available/.test(describeError(error)))
      throw new Error(
        'The read models need PGlite opened with the extensions they use: newPglite(dataDir), or ' +
          'new PGlite({ dataDir, extensions: pgliteExtensions }) (both from @sluice/event-store)',
        { cause: error },
      );
    throw error;
  }
  const db = drizzlePglite(pgliteWithPreparedStatements(pglite));
  const queryDb = drizzlePglite(pgliteWithPreparedStatements(pglite, { turns: new LoopTurns() }));
  await ensureGenerations(pgliteRawQuery(pglite), allProjections);
  await ensureInStepFunction(pgliteRawQuery(pglite));
  const session = pgliteSession(pglite);
  return {
    db,
    queryDb,
    session,
    client: undefined,
    async listen(channel, onNotify, onListen) {
      const unlisten = await pglite.listen(channel, onNotify);
      onListen?.();
      return () => unlisten();
    },
    // One connection for all: the path is set per transaction (SET LOCAL), never for the connection.
    sessionIn: async (schema) => ({
      session: sessionWithSearchPath(session, await searchPathWith(session, schema)),
      close: () => Promise.resolve(),
    }),
    close: () => Promise.resolve(),
  };
}

/** The read models on PostgreSQL; several processes may start at once (advisory lock). */
export async function openPostgresProjections(url: string, maxConnections = 10): Promise<OpenedProjections> {
  const migrator = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrator`select pg_advisory_lock(hashtext('sluice:projection-migrations'))`;
    await migratePostgres(drizzlePostgres(migrator), migrations);
    // Under the same lock: two processes starting at once record one first generation, and
    // create the in-step function once.
    await ensureGenerations(postgresRawQuery(migrator), allProjections);
    await ensureInStepFunction(postgresRawQuery(migrator));
  } finally {
    await migrator.end({ timeout: 5 });
  }
  const options = {
    onnotice: () => {},
    // Everything written here is derived from the log, with the position it was applied to in
    // the same transaction: a crash may lose the last fraction of a second of commits, models and
    // checkpoints together, and the projector applies those events again. Not waiting for the
    // WAL flush takes ~0.4 ms off every projector commit (the event store keeps waiting for it).
    connection: { synchronous_commit: 'off' },
  } as const;
  const client = postgres(url, { ...options, max: maxConnections });
  const session = postgresSession(client);
  const db = drizzlePostgres(client);
  return {
    db,
    queryDb: db,
    session,
    client,
    async listen(channel, onNotify, onListen) {
      const listening = await client.listen(channel, onNotify, onListen);
      return () => listening.unlisten();
    },
    async sessionIn(schema) {
      const searchPath = await searchPathWith(session, schema);
      const own = postgres(
        url,
        // `socket` is documented (README, "Custom socket") but missing from the driver's types.
        Object.assign(
          { ...options, max: 2, connection: { ...options.connection, search_path: searchPath } },
          { socket: connectWithoutDelay },
        ),
      );
      return { session: postgresSession(own), close: () => own.end({ timeout: 5 }) };
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * A connection with Nagle's algorithm off, for a rebuild's bulk writes: postgres-js leaves it on,
 * and the small last messages of each COPY then wait for the server's delayed ACK (40 ms each).
 */
function connectWithoutDelay(options: {
  host: string[];
  port: number[];
  path?: string | false;
}): Promise<Socket> {
  const socket = options.path
    ? connect({ path: options.path, noDelay: true })
    : connect({ host: options.host[0], port: options.port[0] ?? 5432, noDelay: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}
