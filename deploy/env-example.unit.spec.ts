import { describe, expect, it } from 'vitest';
import { filesUnder, readRepositoryFile } from './repository-files';

/** Environment variables read by code, wherever the name appears as a literal. */
const readers = [
  /\benv(?:\?\.|\.)([A-Z][A-Z0-9_]+)\b/g, // env.NAME, process.env.NAME, env?.NAME
  /\benv\[\s*['"]([A-Z][A-Z0-9_]+)['"]\s*\]/g, // env['NAME']
  /\(\s*(?:process\.)?env\s*,\s*['"]([A-Z][A-Z0-9_]+)['"]/g, // readInteger(env, 'NAME', …)
];

/** The code that runs in production: the apps and libraries, not their tests nor test helpers. */
function productionSources(): string[] {
  const isProductionSource = (path: string) =>
    /\.(ts|tsx|js|mjs)$/.test(path) &&
    !/\.spec\.tsx?$/.test(path) &&
    !path.includes('/test-support/') &&
    !path.startsWith('libs/testing/') &&
    !path.startsWith('apps/client-conformance/') &&
    !path.startsWith('apps/web/e2e/');
  return [
    ...filesUnder('apps', isProductionSource),
    ...filesUnder('libs', isProductionSource),
    'bin/sluice.js',
  ];
}

function variablesReadByCode(): Map<string, string> {
  const where = new Map<string, string>();
  for (const path of productionSources()) {
    const source = readRepositoryFile(path);
    for (const pattern of readers) {
      for (const [, name] of source.matchAll(pattern)) if (name && !where.has(name)) where.set(name, path);
    }
  }
  return where;
}

interface Entry {
  name: string;
  line: number;
  comment: string | undefined;
}

/** `NAME=value` and `# NAME=value` (a default shown) lines, each with the comment line above it. */
function entriesOf(text: string): Entry[] {
  const lines = text.split('\n');
  const entry = /^#?\s*([A-Z][A-Z0-9_]*)=/;
  return lines.flatMap((line, index) => {
    const name = entry.exec(line)?.[1];
    if (!name) return [];
    const above = lines[index - 1];
    const comment = above?.startsWith('# ') && !entry.test(above) ? above : undefined;
    return [{ name, line: index + 1, comment }];
  });
}

describe('.env.example', () => {
  const entries = entriesOf(readRepositoryFile('.env.example'));
  const listed = new Set(entries.map((entry) => entry.name));
  const read = variablesReadByCode();

  it('finds what the code reads, through each way it reads a variable', () => {
    // env.NAME, readInteger(env, 'NAME', …), readPort(process.env, 'NAME', …), env?.NAME
    for (const name of [
      'DATABASE_URL',
      'WS_MAX_FRAME_BYTES',
      'SHUTDOWN_TIMEOUT_MS',
      'WEB_PORT',
      'AUTH_SECRET',
    ]) {
      expect(read.has(name), name).toBe(true);
    }
  });

  it('lists every variable the system reads', () => {
    const missing = [...read]
      .filter(([name]) => !listed.has(name))
      .map(([name, path]) => `${name} (${path})`);
    expect(missing, 'read by the code but not in .env.example').toEqual([]);
  });

  it('lists nothing that neither the code nor docker-compose.yml reads', () => {
    const compose = readRepositoryFile('docker-compose.yml');
    const stale = [...listed].filter((name) => !read.has(name) && !compose.includes(`\${${name}`));
    expect(stale).toEqual([]);
  });

  it('says in a comment line above each variable what it is, and lists each once', () => {
    expect(
      entries.filter((entry) => !entry.comment).map(({ name, line }) => `${name} (line ${line})`),
    ).toEqual([]);
    expect(entries.length).toBe(listed.size);
  });

  it('holds no secret: passwords and keys are left for the operator to make', () => {
    const text = readRepositoryFile('.env.example');
    for (const name of ['POSTGRES_PASSWORD', 'RABBITMQ_PASSWORD', 'AUTH_SECRET']) {
      expect(text).toMatch(new RegExp(`^${name}=$`, 'm'));
    }
  });
});
