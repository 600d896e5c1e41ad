import { spawn } from 'node:child_process';

export interface NodeProcess {
  /** The groups of the line that said the process is ready. */
  ready: RegExpExecArray;
  pid: number;
  output(): string;
  /** SIGTERM, and resolves when the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies without cleaning up, as in a crash. */
  kill(): Promise<void>;
}

/** The flags Sluice's processes run with wherever they are started (package.json, the image). */
const serverNodeFlags = ['--experimental-async-context-frame'];

/**
 * Runs a TypeScript entry point as a process of its own (as `npm run start:*` would), resolving
 * once its output matches `readyWhen`; fails if it exits first or takes longer than `timeoutMs`.
 */
export function startNodeProcess(
  script: string,
  env: Record<string, string>,
  readyWhen: RegExp,
  { timeoutMs = 30_000, nodeArgs = [] }: { timeoutMs?: number; nodeArgs?: readonly string[] } = {},
): Promise<NodeProcess> {
  const child = spawn(process.execPath, [...serverNodeFlags, ...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  const stop = () => signal('SIGTERM');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} was not ready within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = readyWhen.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      resolve({ ready, pid: child.pid ?? 0, output: () => output, stop, kill: () => signal('SIGKILL') });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready: ${output}`));
    });
  });
}
