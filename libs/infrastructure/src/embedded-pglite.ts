import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '@sluice/event-store';

/** How the data folder was opened: as it was, from the cached new cluster, or by initdb. */
export type PgliteStart = 'existing' | 'template' | 'initdb';

export interface EmbeddedPglite {
  pglite: PGlite;
  start: PgliteStart;
}

/** The installed PGlite's version: its package does not export its package.json. */
function installedPgliteVersion(): string {
  let folder = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

const pgliteVersion = installedPgliteVersion();

/** Where new-cluster templates are kept: the user's cache, one per PGlite version. */
export function defaultTemplateFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'sluice');
}

/**
 * PGlite in a data folder. A new folder starts from a template: a freshly initialised cluster,
 * nothing of ours in it, dumped by the first start that had to run initdb. In WASM, initdb takes
 * 2–3 s of a cold start; loading the template takes ~0.6 s (bench/README, cold start). The
 * template is a cache: one that cannot be read or written is passed over, and initdb runs.
 */
export async function openEmbeddedPglite(
  folder: string,
  templates: string = defaultTemplateFolder(),
): Promise<EmbeddedPglite> {
  const open = (loadDataDir?: Blob) => PGlite.create(folder, { loadDataDir, extensions: pgliteExtensions });
  if (existsSync(join(folder, 'PG_VERSION'))) return { pglite: await open(), start: 'existing' };
  const template = join(templates, `pglite-${pgliteVersion}-new-cluster.tar.gz`);
  const dump = readTemplate(template);
  if (dump) {
    try {
      return { pglite: await open(dump), start: 'template' };
    } catch {
      // A damaged template: forget it, and begin the folder again from initdb.
      rmSync(template, { force: true });
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
    }
  }
  const pglite = await open();
  await saveTemplate(pglite, template);
  return { pglite, start: 'initdb' };
}

function readTemplate(path: string): Blob | undefined {
  try {
    return new Blob([readFileSync(path)]);
  } catch {
    return undefined;
  }
}

/** Dumped before anything is written to the new cluster, and put in place whole (a rename). */
async function saveTemplate(pglite: PGlite, path: string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  try {
    const dump = await pglite.dumpDataDir('gzip');
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, path);
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing was written there either.
    }
  }
}
