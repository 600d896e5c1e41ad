// The write gateway as the benchmark drives it: its own process, on the backend the bench chose.
// Tokens are verified with AUTH_SECRET (HS256) as deployed; BENCH_VERIFY=off swaps verification
// for an authenticator that names every caller an operator without looking at the token, the
// baseline of the verification-cost figure.
import type { Authenticator, Caller } from '@sluice/auth';
import { createConsoleLogger, readAuthConfig } from '@sluice/gateway';
import { openInfrastructure } from '@sluice/infrastructure';
import { createWriteGatewayApp } from '@sluice/write-gateway';

const dataDir = process.env.SLUICE_DATA_DIR ?? '.data/bench';
const verify = (process.env.BENCH_VERIFY ?? 'on') !== 'off';
if (!process.env.AUTH_SECRET) throw new Error('bench/servers/write-gateway.ts needs AUTH_SECRET');

const operator: Caller = Object.freeze({
  sub: 'bench-operator',
  roles: Object.freeze(['operator'] as const),
  expiresAt: undefined,
});
const unverified: Authenticator = { authenticate: () => Promise.resolve(operator) };

const logger = createConsoleLogger('bench', { silent: true });
// What every entry point opens (openInfrastructure), without the read models. No relay runs here.
const infrastructure = await openInfrastructure(
  {
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir,
    databasePoolSize: 10,
    amqpUrl: undefined,
    amqpPrefix: 'sluice-bench',
    amqpQueueType: 'classic',
  },
  logger,
  { readModels: false },
);
const app = createWriteGatewayApp({
  store: infrastructure.store,
  logger,
  port: 0,
  host: '127.0.0.1',
  auth: readAuthConfig(process.env, { embedded: !process.env.DATABASE_URL, dataDir }),
  ...(verify ? {} : { authenticator: unverified }),
});
console.log(`READY ${await app.start()}/graphql`);
// A normal exit on SIGTERM/SIGINT, so `node --cpu-prof` writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(
    signal,
    () =>
      void app
        .stop()
        .then(() => infrastructure.close())
        .then(() => process.exit(0)),
  );
}
