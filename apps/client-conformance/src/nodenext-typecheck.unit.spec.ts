import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const project = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

describe('the generated client as an ESM project with moduleResolution nodenext', () => {
  it('is configured as one', async () => {
    const { stdout } = await run(process.execPath, [tsc, '-p', project, '--showConfig']);
    const { compilerOptions } = JSON.parse(stdout) as { compilerOptions: Record<string, unknown> };
    expect(compilerOptions).toMatchObject({ module: 'nodenext', moduleResolution: 'nodenext' });
  });

  it('type-checks: generated code, documents and client set-ups', async () => {
    const checked = await run(process.execPath, [tsc, '--noEmit', '-p', project]).then(
      () => 'no errors',
      (error: Error & { stdout?: string }) => error.stdout || error.message,
    );
    expect(checked).toBe('no errors');
  });
});
