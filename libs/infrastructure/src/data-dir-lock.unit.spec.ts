import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
  const folders: string[] = [];
  const folder = () => {
    const created = mkdtempSync(join(tmpdir(), 'sluice-lock-'));
    folders.push(created);
    return created;
  };
  afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

  it('refuses a folder another running process holds, naming the variable', () => {
    const dir = folder();
    writeFileSync(join(dir, 'sluice.pid'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(
      /^SLUICE_DATA_DIR .* is in use by another Sluice process \(pid \d+\)$/,
    );
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(join(dir, 'sluice.pid'), gone);
    const release = lockDataDir(dir);
    release();
    const again = lockDataDir(dir);
    again();
  });
});
