import { spawn, type ChildProcess } from 'node:child_process';

export interface ChildServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a server script in its own process (so load and server do not share a core's event loop). */
export function startChildServer(
  script: string,
  env: Record<string, string | undefined> = {},
  nodeArgs: readonly string[] = [],
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code} before it was ready: ${output}`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (!ready?.[1]) return;
      child.removeAllListeners('exit');
      resolve({
        url: ready[1],
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
