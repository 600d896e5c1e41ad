import postgres from 'postgres';

export interface LeadershipOptions {
  /** PostgreSQL URL; the lock lives on a connection of its own. */
  url: string;
  /** What the lock is for; processes using the same name exclude each other. */
  lockName: string;
  /** Starts the work when this process becomes the leader; resolves to a function that stops it. */
  lead: () => Promise<() => Promise<void>>;
  /** How often the lock is (re)checked: the longest a dead leader goes unreplaced. @default 1000 */
  checkEveryMs?: number;
  onError?: (error: unknown) => void;
  onChange?: (leading: boolean) => void;
}

export interface Leadership {
  isLeader(): boolean;
  stop(): Promise<void>;
}

/**
 * Runs work in one process at a time: whoever holds a session advisory lock leads. The lock goes
 * with its connection, so a leader that dies or loses its connection frees it, and another
 * process takes over at its next check. A leader that finds it no longer holds the lock stops.
 */
export function runAsLeader(options: LeadershipOptions): Leadership {
  const sql = postgres(options.url, { max: 1, idle_timeout: 0, onnotice: () => {} });
  const checkEveryMs = options.checkEveryMs ?? 1000;
  let stopWork: (() => Promise<void>) | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function check(): Promise<void> {
    let holds = false;
    try {
      const [row] = await sql<
        { held: boolean }[]
      >`select pg_try_advisory_lock(hashtext(${options.lockName})) as held`;
      holds = row?.held === true;
    } catch (error) {
      options.onError?.(error);
    }
    if (stopped) return;
    if (holds && !stopWork) {
      stopWork = await options.lead();
      options.onChange?.(true);
    } else if (!holds && stopWork) {
      const stop = stopWork;
      stopWork = undefined;
      await stop();
      options.onChange?.(false);
    }
  }

  const loop = async () => {
    await check().catch((error: unknown) => options.onError?.(error));
    if (!stopped) timer = setTimeout(() => void loop(), checkEveryMs);
  };
  const first = loop();

  return {
    isLeader: () => stopWork !== undefined,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await first;
      await stopWork?.();
      stopWork = undefined;
      await sql.end({ timeout: 2 });
    },
  };
}
