import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.config';

describe('the generated client code', () => {
  it('matches schema/ and the operations in src/api (run `npm run codegen` after changing either)', async () => {
    const files = (await generate({ ...config, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file.filename, 'utf8'), file.filename).toBe(file.content);
  });
});
