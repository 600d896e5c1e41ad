import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedPglite } from './embedded-pglite';

const root = mkdtempSync(join(tmpdir(), 'sluice-embedded-'));
const templates = join(root, 'cache');
const folder = (name: string) => join(root, name);
const templateFile = () => join(templates, readdirSync(templates)[0]!);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the embedded database in a data folder', () => {
  it('runs initdb once, then starts each new folder from that new cluster, each its own', async () => {
    const first = await openEmbeddedPglite(folder('first'), templates);
    expect(first.start).toBe('initdb');
    await first.pglite.exec(`create table kept (note text); insert into kept values ('first')`);

    const second = await openEmbeddedPglite(folder('second'), templates);
    expect(second.start).toBe('template');
    // The template was taken before the first folder wrote anything.
    expect((await second.pglite.query(`select to_regclass('kept') as kept`)).rows).toEqual([{ kept: null }]);
    await second.pglite.exec(`create table kept (note text); insert into kept values ('second')`);
    await Promise.all([first.pglite.close(), second.pglite.close()]);

    for (const [name, note] of [
      ['first', 'first'],
      ['second', 'second'],
    ] as const) {
      const again = await openEmbeddedPglite(folder(name), templates);
      expect(again.start).toBe('existing');
      expect((await again.pglite.query('select note from kept')).rows).toEqual([{ note }]);
      await again.pglite.close();
    }
  });

  it('passes over a damaged template: initdb runs, and a good template takes its place', async () => {
    writeFileSync(templateFile(), 'not a tarball');
    const opened = await openEmbeddedPglite(folder('after-damage'), templates);
    expect(opened.start).toBe('initdb');
    expect((await opened.pglite.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await opened.pglite.close();
    expect(readFileSync(templateFile()).length).toBeGreaterThan(1000);

    const next = await openEmbeddedPglite(folder('next'), templates);
    expect(next.start).toBe('template');
    await next.pglite.close();
  });

  it('runs initdb when no template can be kept', async () => {
    const unwritable = join(root, 'a-file-not-a-folder');
    writeFileSync(unwritable, '');
    const opened = await openEmbeddedPglite(folder('no-cache'), unwritable);
    expect(opened.start).toBe('initdb');
    expect((await opened.pglite.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    await opened.pglite.close();
  });
});
