import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRepositoryFile, root, workspaceFolders } from './repository-files';

interface Healthcheck {
  test?: string[] | string;
  disable?: boolean;
}

interface Service {
  image?: string;
  build?: string | { context: string };
  command?: string[];
  restart?: string;
  healthcheck?: Healthcheck;
  ports?: (string | { published?: string | number; host_ip?: string })[];
  expose?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readRepositoryFile('docker-compose.yml'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = Object.entries(compose.services);
const dockerfile = readRepositoryFile('Dockerfile');
const gateways = ['write-gateway', 'read-gateway', 'web'];
const proxy = 'proxy';

/** The address a published port listens on: compose's short syntax `[ip:]host:container`. */
function hostAddress(port: string | { host_ip?: string }): string {
  if (typeof port !== 'string') return port.host_ip ?? '0.0.0.0';
  const parts = port.split(':');
  return parts.length === 3 ? parts[0]! : '0.0.0.0';
}

/** The Dockerfile's instructions, continuation lines joined. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('docker-compose.yml', () => {
  it('publishes on every interface only the proxy, and the rest on this machine at most', () => {
    for (const [name, service] of services) {
      for (const port of service.ports ?? []) {
        if (name !== proxy)
          expect(hostAddress(port), `${name} publishes ${JSON.stringify(port)}`).toBe('127.0.0.1');
      }
    }
    expect(compose.services[proxy]?.ports).toHaveLength(1);
  });

  it('gives the gateways and the dashboard no host port, so that --scale can run many of each', () => {
    for (const name of gateways) {
      expect(compose.services[name]?.ports, name).toBeUndefined();
      expect(compose.services[name]?.expose, name).toHaveLength(1);
    }
  });

  it('has a healthcheck and a restart policy on every service that keeps running', () => {
    for (const [name, service] of services) {
      if (service.restart === 'no') continue;
      expect(service.restart, name).toMatch(/^(unless-stopped|always|on-failure)/);
      expect(service.healthcheck?.disable, name).toBeFalsy();
      expect(service.healthcheck?.test, name).toBeDefined();
    }
    const oneShots = services.filter(([, service]) => service.restart === 'no').map(([name]) => name);
    expect(oneShots).toEqual(['migrate']);
  });

  it('migrates once, before any gateway starts', () => {
    expect(compose.services.migrate?.command).toEqual(['sluice', 'migrate']);
    for (const name of ['write-gateway', 'read-gateway']) {
      expect(compose.services[name]?.depends_on?.migrate?.condition, name).toBe(
        'service_completed_successfully',
      );
    }
  });

  it('takes every credential from the env file, none written in it', () => {
    const text = readRepositoryFile('docker-compose.yml');
    expect(text).not.toMatch(/guest/);
    for (const [name, service] of services) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASS|SECRET/.test(key)) expect(String(value), `${name}.${key}`).toMatch(/^\$\{[A-Z_]+:\?/);
        if (/^(DATABASE|AMQP)_URL$/.test(key)) {
          expect(String(value), `${name}.${key}`).toMatch(
            /^[a-z]+:\/\/\$\{[A-Z_]+:\?[^}]*\}:\$\{[A-Z_]+_PASSWORD:\?/,
          );
        }
      }
    }
  });

  it('runs every Sluice service from the image the Dockerfile builds, by a command its entry point knows', () => {
    const entrypoint = readRepositoryFile('deploy/entrypoint.sh');
    for (const [name, service] of services) {
      if (service.build === undefined) continue;
      expect(service.build, name).toBe('.');
      const command = service.command?.[0];
      expect(entrypoint, `${name}: ${command}`).toContain(`\n  ${command}) shift; exec `);
    }
    expect(
      services
        .filter(([, service]) => service.build)
        .map(([name]) => name)
        .sort(),
    ).toEqual(['migrate', ...gateways].sort());
  });

  it('routes the proxy to each service at the port it exposes, and the dashboard to the same paths', () => {
    const caddyfile = readRepositoryFile('deploy/Caddyfile');
    expect(compose.services[proxy]?.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    for (const name of gateways) {
      expect(caddyfile).toContain(`dynamic a ${name} ${compose.services[name]?.expose?.[0]}`);
    }
    expect(caddyfile).toMatch(/handle_path \/write\/\* \{\s+reverse_proxy \{\s+dynamic a write-gateway /);
    expect(caddyfile).toMatch(/handle_path \/read\/\* \{\s+reverse_proxy \{\s+dynamic a read-gateway /);
    // Server-sent events and streamed answers are not held back in a buffer.
    expect(caddyfile.match(/flush_interval -1/g)).toHaveLength(2);
    expect(compose.services.web?.environment).toMatchObject({
      WEB_WRITE_URL: '/write/graphql',
      WEB_READ_URL: '/read/graphql',
    });
  });
});

describe('the Dockerfile', () => {
  const nodeVersion = /^ARG NODE_VERSION=(\d+)\.(\d+)\.(\d+)$/m.exec(dockerfile);

  it("builds on the Node release of .nvmrc, within package.json's engines", () => {
    expect(nodeVersion).not.toBeNull();
    const [, major, minor, patch] = nodeVersion!.map(Number);
    expect(`${major}.${minor}.${patch}`).toBe(readRepositoryFile('.nvmrc').trim());
    const { engines } = JSON.parse(readRepositoryFile('package.json')) as { engines: { node: string } };
    const floor = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(engines.node)!.slice(1).map(Number);
    expect(major).toBe(floor[0]);
    expect(minor! * 1000 + patch!).toBeGreaterThanOrEqual(floor[1]! * 1000 + floor[2]!);
    for (const from of instructions.filter((line) => line.startsWith('FROM node:'))) {
      expect(from).toMatch(/^FROM node:\$\{NODE_VERSION\}-/);
    }
  });

  it('copies only files that exist, and the manifest of every workspace before installing', () => {
    const copies = instructions.filter((line) => line.startsWith('COPY ') && !line.includes('--from='));
    for (const copy of copies) {
      const sources = copy.split(/\s+/).slice(1, -1);
      for (const source of sources) expect(existsSync(join(root, source)), source).toBe(true);
    }
    const copied = copies.flatMap((copy) => copy.split(/\s+/).slice(1, -1));
    for (const folder of workspaceFolders()) expect(copied, folder).toContain(`${folder}/package.json`);
  });

  it('installs for production the workspaces that exist', () => {
    const names = workspaceFolders().map(
      (folder) => (JSON.parse(readRepositoryFile(`${folder}/package.json`)) as { name: string }).name,
    );
    const install = instructions.find((line) => line.includes('npm ci --omit=dev'));
    const chosen = [...(install ?? '').matchAll(/-w (\S+)/g)].map(([, name]) => name);
    expect(chosen.length).toBeGreaterThan(0);
    for (const name of chosen) expect(names).toContain(name);
  });

  it('runs as a user other than root, with a healthcheck, through an entry point whose files exist', () => {
    const final = instructions.slice(instructions.findLastIndex((line) => line.startsWith('FROM ')));
    expect(final.find((line) => line.startsWith('USER '))).toBe('USER node');
    expect(
      final.some((line) => line.startsWith('HEALTHCHECK ') && line.includes('deploy/healthcheck.mjs')),
    ).toBe(true);
    expect(final).toContain('ENTRYPOINT ["deploy/entrypoint.sh"]');
    accessSync(join(root, 'deploy/entrypoint.sh'), constants.X_OK);
    const entrypoint = readRepositoryFile('deploy/entrypoint.sh');
    const targets = [...entrypoint.matchAll(/exec (?:node|\$serve) (\S+\.(?:ts|js))/g)].map(
      ([, path]) => path!,
    );
    expect(targets).toHaveLength(5);
    for (const path of targets) expect(existsSync(join(root, path)), path).toBe(true);
  });

  it('runs every server process with the flags that npm start gives it', () => {
    const flag = '--experimental-async-context-frame';
    const entrypoint = readRepositoryFile('deploy/entrypoint.sh');
    expect(entrypoint).toContain(`serve="node ${flag} --import tsx"`);
    expect([...entrypoint.matchAll(/exec \$serve /g)]).toHaveLength(4);
    const { scripts } = JSON.parse(readRepositoryFile('package.json')) as { scripts: Record<string, string> };
    for (const name of ['start', 'start:write', 'start:read', 'start:web'])
      expect(scripts[name], name).toMatch(new RegExp(`\\btsx ${flag} apps/`));
    for (const folder of workspaceFolders()) {
      const own = (
        JSON.parse(readRepositoryFile(`${folder}/package.json`)) as { scripts?: Record<string, string> }
      ).scripts?.start;
      if (own !== undefined) expect(own, folder).toMatch(new RegExp(`^tsx ${flag} `));
    }
  });

  it('leaves out of the build context installs, data, build output, history and secrets', () => {
    const ignored = readRepositoryFile('.dockerignore').split('\n');
    for (const pattern of ['**/node_modules', '.data', '**/dist', '.git', '.env', '!.env.example']) {
      expect(ignored).toContain(pattern);
    }
  });
});
