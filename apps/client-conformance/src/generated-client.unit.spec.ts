import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../codegen.config';

describe('the generated client code', () => {
  it('matches schema/ and src/documents (run `npm run codegen -w @sluice/client-conformance` after changing either)', async () => {
    // Generated in memory, without the hook that formats written files: formatted here the same way.
    const files = (await generate({ ...config, hooks: {}, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const options = await resolveConfig(file.filename);
      const expected = await format(file.content, { ...options, filepath: file.filename });
      expect(readFileSync(file.filename, 'utf8'), file.filename).toBe(expected);
    }
  });
});
