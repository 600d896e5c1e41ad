import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data folder that holds the embedded default's signing secret. */
export function devSecretPath(dataDir: string): string {
  return join(dataDir, 'dev-auth-secret');
}

/**
 * The embedded default's signing secret: created once in the data folder (readable by its owner
 * only), then read from there, so tokens outlive a restart.
 */
export function loadOrCreateDevSecret(dataDir: string): Uint8Array {
  const path = devSecretPath(dataDir);
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(path, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return new TextEncoder().encode(readFileSync(path, 'utf8').trim());
}
