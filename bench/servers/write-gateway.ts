// The write gateway as the benchmark drives it: its own process, on the backend the bench chose.
import { createConsoleLogger } from '@sluice/gateway';
import { createWriteGatewayApp, openEventStore } from '@sluice/write-gateway';

const store = await openEventStore({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.SLUICE_DATA_DIR ?? '.data/bench',
  poolSize: 10,
});
const app = createWriteGatewayApp({
  store,
  logger: createConsoleLogger('bench', { silent: true }),
  port: 0,
  host: '127.0.0.1',
});
console.log(`READY ${await app.start()}/graphql`);
// A normal exit on SIGTERM/SIGINT, so `node --cpu-prof` writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(
    signal,
    () =>
      void app
        .stop()
        .then(() => store.close())
        .then(() => process.exit(0)),
  );
}
