import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const stuck = fileURLToPath(new URL('./test-support/stuck-main.ts', import.meta.url));

/**
 * Runs the stuck process, sends `signals` once it has started, and answers how it ended. The second
 * goes once the stop was heard: at once, or with `againEveryMs`, again and again until the process
 * ends (the process counts a second signal only after a second of its event loop's turns, which a
 * loaded machine may take longer to give it).
 */
function runStuck(env: Record<string, string>, signals: NodeJS.Signals[], againEveryMs?: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', stuck], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"message":"started"') && signals.length > 0) {
        const sent = signals.splice(0);
        // The second only once the first was heard: a stop under way.
        child.kill(sent[0]);
        if (sent[1]) {
          const second = sent[1];
          const waitForStop = setInterval(() => {
            if (!output.includes('shutting down')) return;
            clearInterval(waitForStop);
            child.kill(second);
            if (againEveryMs !== undefined) {
              const again = setInterval(() => child.kill(second), againEveryMs);
              child.once('exit', () => clearInterval(again));
            }
          }, 10);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('a process started with a bad LOG_LEVEL', () => {
  it('ends at once with one line naming the variable', async () => {
    const { code, output } = await runStuck({ LOG_LEVEL: 'loud' }, []);
    expect(code).toBe(1);
    expect(output).toBe(
      'sluice: configuration error: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"\n',
    );
  });
});

describe('a process stopped by a signal', () => {
  it('exits 1 when its stop passes SHUTDOWN_TIMEOUT_MS', async () => {
    const { code, output } = await runStuck({ SHUTDOWN_TIMEOUT_MS: '300' }, ['SIGTERM']);
    expect(code).toBe(1);
    expect(output).toContain('"message":"shutting down"');
    expect(output).toContain('shutdown passed its deadline');
  });

  it('exits at once on a second signal', async () => {
    const { code, output } = await runStuck({ SHUTDOWN_TIMEOUT_MS: '600000' }, ['SIGTERM', 'SIGINT'], 300);
    expect(code).toBe(1);
    expect(output).toContain('stopping at once');
    expect(output).not.toContain('passed its deadline');
  });

  it('drains on when the same signal comes again at once, as one sent to its process group does', async () => {
    const { code, output } = await runStuck({ SHUTDOWN_TIMEOUT_MS: '1500' }, ['SIGTERM', 'SIGTERM']);
    expect(code).toBe(1);
    expect(output).toContain('shutdown passed its deadline');
    expect(output).not.toContain('stopping at once');
  });
});
