import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  authHeader,
  createTemporaryDatabase,
  startNodeProcess,
  temporaryRabbitNames,
  testAmqpUrl,
  testAuthSecret,
  writeClient,
  type WriteClient,
} from '@sluice/testing';

/** A backend the whole system runs on in a bench: its environment, thrown away after. */
export interface Deployment {
  backend: string;
  env: Record<string, string>;
  /** Real mode as deployed: the write and read gateways as processes of their own. */
  separateProcesses?: boolean;
  cleanup(): Promise<void>;
}

/** The gateways' URLs, and the process whose subscribers a bench measures. */
export interface Running {
  urls: { write: string; read: string };
  readPid: number;
  stop(): Promise<void>;
}

const serverEnv = {
  // Tokens are verified as deployed (HS256); the bench signs them with the same secret.
  AUTH_SECRET: testAuthSecret,
  WRITE_PORT: '0',
  READ_PORT: '0',
  HOST: '127.0.0.1',
  MAX_CONNECTIONS: '20000',
  MAX_CONNECTIONS_PER_ADDRESS: '20000',
  WS_MAX_CONNECTIONS: '20000',
  WEB_PORT: 'off',
};

/** Starts the system on a deployment: one process (`npm start`), or a process per gateway. */
export async function start(deployment: Deployment, nodeArgs: readonly string[]): Promise<Running> {
  const env = { ...deployment.env, ...serverEnv };
  if (!deployment.separateProcesses) {
    const system = await startNodeProcess(
      'apps/system/src/main.ts',
      env,
      /"message":"sluice is up",.*?"write":"([^"]+)","read":"([^"]+)"/,
      { timeoutMs: 60_000, nodeArgs },
    );
    return {
      urls: { write: system.ready[1]!, read: system.ready[2]! },
      readPid: system.pid,
      stop: () => system.stop(),
    };
  }
  const read = await startNodeProcess(
    'apps/read-gateway/src/main.ts',
    env,
    // It listens before it has caught up and consumes the bus: ready once it says so.
    /"message":"read gateway listening","url":"([^"]+)"[\s\S]*"message":"read side caught up"/,
    { timeoutMs: 60_000, nodeArgs },
  );
  const write = await startNodeProcess(
    'apps/write-gateway/src/main.ts',
    env,
    /"message":"write gateway listening","url":"([^"]+)"/,
    { timeoutMs: 60_000, nodeArgs },
  ).catch(async (error: unknown) => {
    await read.stop();
    throw error;
  });
  return {
    urls: { write: write.ready[1]!, read: read.ready[1]! },
    readPid: read.pid,
    async stop() {
      await write.stop();
      await read.stop();
    },
  };
}

/** The embedded default: PGlite in a fresh data folder and the in-process bus. */
export function embedded(): Promise<Deployment> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sluice-bench-'));
  return Promise.resolve({
    backend: 'embedded (PGlite + in-process bus)',
    env: { SLUICE_DATA_DIR: dataDir },
    cleanup: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
  });
}

/** Real mode: a temporary PostgreSQL database and RabbitMQ names of its own. */
export async function onServices(separateProcesses: boolean): Promise<Deployment> {
  const database = await createTemporaryDatabase();
  const names = temporaryRabbitNames();
  return {
    backend: separateProcesses ? 'PostgreSQL + RabbitMQ, a process per gateway' : 'PostgreSQL + RabbitMQ',
    env: { DATABASE_URL: database.url, AMQP_URL: testAmqpUrl, AMQP_PREFIX: names.prefix },
    separateProcesses,
    async cleanup() {
      await names.cleanup();
      await database.drop();
    },
  };
}

/** Runs `measure` on a deployment started afresh, then stops it and throws it away. */
export async function onDeployment<T>(
  deploy: () => Promise<Deployment>,
  nodeArgs: readonly string[],
  measure: (deployment: Deployment, running: Running) => Promise<T>,
): Promise<T> {
  const deployment = await deploy();
  try {
    const running = await start(deployment, nodeArgs);
    try {
      return await measure(deployment, running);
    } finally {
      await running.stop();
    }
  } finally {
    await deployment.cleanup();
  }
}

/** What a bench over deployments is told: the services reachable, how long, the system's Node arguments. */
export interface DeploymentBenchOptions {
  postgres: boolean;
  rabbit: boolean;
  quick: boolean;
  /** Node arguments for the system's process (a CPU profile with --profile). */
  nodeArgs?: readonly string[];
  /** Environment for the system's processes beside each deployment's own. */
  env?: Record<string, string>;
}

/**
 * Runs `measure` on the embedded default, then on each of `withServices` when PostgreSQL and
 * RabbitMQ are both reachable: each deployment started afresh and thrown away after.
 */
export async function onEachDeployment(
  options: DeploymentBenchOptions,
  withServices: ReadonlyArray<() => Promise<Deployment>>,
  measure: (deployment: Deployment, running: Running) => Promise<void>,
): Promise<void> {
  const deployments = [embedded, ...(options.postgres && options.rabbit ? withServices : [])];
  const withEnv = (deploy: () => Promise<Deployment>) => async () => {
    const deployment = await deploy();
    return { ...deployment, env: { ...deployment.env, ...options.env } };
  };
  for (const deploy of deployments) await onDeployment(withEnv(deploy), options.nodeArgs ?? [], measure);
}

/**
 * The bench's writer: an operator, its token signed once (writeClient would sign one per request,
 * in the client process that shares the 2 cores with the system).
 */
export async function operatorWriter(url: string): Promise<WriteClient> {
  return writeClient(url, await authHeader('operator', 'bench-operator'));
}
