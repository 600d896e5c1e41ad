import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@sluice/gateway';

/**
 * One process at a time on an embedded data folder: two PGlite instances on the same files would
 * corrupt them. A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(folder: string): () => void {
  const file = join(folder, 'sluice.pid');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new ConfigError(`SLUICE_DATA_DIR ${folder} is in use by another Sluice process (pid ${owner})`);
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
