// npm run bench [-- --quick] [--only=append,place-order,relay,projector,history,product-search,dead-letter-retry,subscriptions,command-paths,read-queries,cold-start]
//   [--profile]: every headline figure against a baseline measured in the same run.
// npm run bench -- --compare old.json new.json: the change of each figure between two runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { postgresAvailability, rabbitAvailability } from '@sluice/testing';
import { benchAppend } from './append';
import { machineInfo } from './lib/machine';
import { printFigures, type Figure } from './lib/figures';
import { parseBenchOptions, selected, serverNodeArgs } from './lib/options';
import { benchPlaceOrderHttp } from './place-order-http';
import { benchProjector } from './projector';
import { benchProjectorStatements } from './projector-statements';
import { benchRelay } from './relay';
import { benchSubscriptions } from './subscriptions';
import { benchCommandPaths } from './command-paths';
import { benchHistory } from './history';
import { benchDeadLetterRetry } from './dead-letter-retry';
import { benchColdStart } from './cold-start';
import { benchReadQueries } from './read-queries';
import { benchProductSearch } from './product-search';
import { compareRuns } from './compare';
import { benchTargets } from './lib/targets';

const compareAt = process.argv.indexOf('--compare');
if (compareAt >= 0) {
  const [oldFile, newFile] = process.argv.slice(compareAt + 1, compareAt + 3);
  if (!oldFile || !newFile) throw new Error('usage: npm run bench -- --compare old.json new.json');
  compareRuns(oldFile, newFile);
  process.exit(0);
}

const options = parseBenchOptions(process.argv.slice(2));
const { quick } = options;
const seconds = quick ? 3 : 10;

const pg = await postgresAvailability();
let postgresVersion: string | undefined;
if (pg.available) {
  const sql = postgres(pg.url, { max: 1 });
  postgresVersion = (await sql<{ server_version: string }[]>`show server_version`)[0]?.server_version;
  await sql.end();
}

const figures: Figure[] = [];
if (selected(options, 'append')) {
  console.log(`append (${seconds}s per measurement)…`);
  figures.push(...(await benchAppend({ seconds, postgres: pg.available })));
}

if (selected(options, 'place-order')) {
  console.log('placeOrder over HTTP (tokens verified, not verified, bare Yoga)…');
  const common = { seconds, connections: 50, products: 50, options };
  figures.push(
    ...(await benchPlaceOrderHttp({
      ...common,
      backend: 'PGlite',
      storage: () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'sluice-bench-'));
        return Promise.resolve({
          env: { DATABASE_URL: '', SLUICE_DATA_DIR: dataDir },
          cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
        });
      },
    })),
  );
  if (pg.available) {
    const { createTemporaryDatabase } = await import('@sluice/testing');
    figures.push(
      ...(await benchPlaceOrderHttp({
        ...common,
        backend: 'PostgreSQL',
        // A database per gateway: one that shared the other's would follow its appends meanwhile.
        storage: async () => {
          const database = await createTemporaryDatabase();
          return {
            env: { DATABASE_URL: database.url, SLUICE_DATA_DIR: '.data/unused' },
            cleanup: () => database.drop(),
          };
        },
      })),
    );
  }
}

const rabbit = await rabbitAvailability();
const targets = benchTargets({ postgres: pg.available, rabbit: rabbit.available });

if (selected(options, 'relay')) {
  console.log('relay…');
  figures.push(...(await benchRelay(targets, { events: quick ? 5_000 : 20_000 })));
}

if (selected(options, 'history')) {
  console.log('history (the audit trail) in logs of two sizes…');
  figures.push(...(await benchHistory(targets, quick ? [10_000, 100_000] : [100_000, 1_000_000])));
}

if (selected(options, 'product-search')) {
  console.log('product search in a large catalog…');
  figures.push(
    ...(await benchProductSearch(
      benchTargets({ postgres: pg.available, rabbit: false, pgliteOnDisk: true }),
      { catalog: quick ? 20_000 : 100_000, samples: quick ? 50 : 200 },
    )),
  );
}

if (selected(options, 'dead-letter-retry')) {
  console.log('dead letter retry on a long log…');
  figures.push(...(await benchDeadLetterRetry(targets, quick ? 100_000 : 1_000_000)));
}

if (selected(options, 'projector')) {
  console.log('projector (live and rebuild)…');
  figures.push(
    ...(await benchProjector(
      benchTargets({ postgres: pg.available, rabbit: rabbit.available, pgliteOnDisk: true }),
      {
        history: quick ? 100_000 : 1_000_000,
        live: quick ? 2_000 : 10_000,
      },
    )),
  );
}

if (selected(options, 'statements')) {
  console.log('projector statements through drizzle vs directly…');
  figures.push(...(await benchProjectorStatements({ samples: quick ? 500 : 2_000 })));
}

if (selected(options, 'subscriptions')) {
  console.log('subscriptions (latency and fan-out)…');
  figures.push(
    ...(await benchSubscriptions({
      postgres: pg.available,
      rabbit: rabbit.available,
      quick,
      nodeArgs: serverNodeArgs(options),
    })),
  );
}

if (selected(options, 'command-paths')) {
  console.log('command paths (every mutation → every subscription it changes, idle and at half load)…');
  figures.push(
    ...(await benchCommandPaths({
      postgres: pg.available,
      rabbit: rabbit.available,
      quick,
      nodeArgs: serverNodeArgs(options),
    })),
  );
}

if (selected(options, 'read-queries')) {
  console.log('read queries (catalog page, own order, sales figures vs bare Yoga)…');
  figures.push(
    ...(await benchReadQueries({
      postgres: pg.available,
      rabbit: rabbit.available,
      quick,
      seconds,
      nodeArgs: serverNodeArgs(options),
    })),
  );
}

if (selected(options, 'cold-start')) {
  console.log('cold start…');
  figures.push(...(await benchColdStart({ runs: quick ? 3 : 7 })));
}

const machine = machineInfo(postgresVersion);
console.log(
  `\nmachine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres ?? 'n/a'}`,
);
printFigures(figures);
for (const f of figures) if (f.notes && !f.detail) console.log(`  ${f.name} [${f.backend}]: ${f.notes}`);

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), quick, machine, figures }, null, 2));
console.log(`\nwritten ${file}`);
