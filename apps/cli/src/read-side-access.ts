import { createConsoleLogger, readString, readUrl } from '@sluice/gateway';
import { whileNoProjectorRuns, type WhileNoProjectorRuns } from '@sluice/projections';
import { openInfrastructure, type Infrastructure } from '@sluice/infrastructure';

type Env = Readonly<Record<string, string | undefined>>;

/** The log and the read models as the system opens them, for one command. */
export interface ReadSideAccess {
  infrastructure: Infrastructure;
  /** Runs `work` while no projector applies events here (a stopped system, or no read gateway). */
  whileNoProjectorRuns: WhileNoProjectorRuns;
}

/**
 * Opens `DATABASE_URL`, or the embedded data folder (`SLUICE_DATA_DIR`), runs `work` and closes.
 * The embedded folder is one process's at a time: with the system running there, this refuses.
 */
export async function withReadSide<T>(env: Env, work: (access: ReadSideAccess) => Promise<T>): Promise<T> {
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const infrastructure = await openInfrastructure(
    {
      databaseUrl,
      amqpUrl: undefined,
      amqpPrefix: 'sluice',
      amqpQueueType: 'classic',
      dataDir: readString(env, 'SLUICE_DATA_DIR', '.data'),
      databasePoolSize: 3,
    },
    createConsoleLogger('sluice-cli', { silent: true }),
  );
  try {
    const client = infrastructure.projections.client;
    return await work({
      infrastructure,
      // Embedded, holding the data folder is what keeps every projector out.
      whileNoProjectorRuns: (inner) => (client ? whileNoProjectorRuns(client, inner) : inner()),
    });
  } finally {
    await infrastructure.close();
  }
}
