import { startNodeProcess } from '@sluice/testing';

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a bench server script in its own process (load and server must not share an event loop);
 * the script prints `READY <url>` once it listens.
 */
export async function startChildServer(
  script: string,
  env: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): Promise<ChildServer> {
  const child = await startNodeProcess(script, env, /READY (\S+)/, { nodeArgs });
  return { url: child.ready[1]!, pid: child.pid, stop: () => child.stop() };
}
