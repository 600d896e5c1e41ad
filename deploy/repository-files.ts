import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, where the Dockerfile, the compose file and .env.example live. */
export const root = fileURLToPath(new URL('..', import.meta.url));

export const readRepositoryFile = (path: string): string => readFileSync(join(root, path), 'utf8');

/** Every file under `dir` (relative to the root) whose path `keep` accepts, node_modules left out. */
export function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (absolute: string) => {
    for (const entry of readdirSync(absolute)) {
      if (entry === 'node_modules' || entry === 'dist') continue;
      const path = join(absolute, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (keep(relative(root, path))) found.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return found;
}

/** The workspaces' folders (apps/x, libs/y), from the root package.json's globs of one level. */
export function workspaceFolders(): string[] {
  const { workspaces } = JSON.parse(readRepositoryFile('package.json')) as { workspaces: string[] };
  return workspaces.flatMap((glob) => {
    const parent = glob.replace(/\/\*$/, '');
    return readdirSync(join(root, parent))
      .map((name) => `${parent}/${name}`)
      .filter((folder) => {
        try {
          return statSync(join(root, folder, 'package.json')).isFile();
        } catch {
          return false;
        }
      });
  });
}
