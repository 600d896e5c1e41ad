import { existsSync, readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printReadSchema } from '.';

const committed = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
// The public contract lives beside the repository (../shared), as it does in CI.
const contractPath = '../../../../../shared/contract/read.graphql';
const contractMissing = !existsSync(new URL(contractPath, import.meta.url)) && process.env.CI !== 'true';
if (contractMissing)
  console.warn('skipping the contract check: ../shared/contract/read.graphql is not beside this checkout');

describe('read schema', () => {
  it('matches the committed schema/read.graphql (run `npm run schema:print` after changing it)', () => {
    expect(printReadSchema()).toBe(committed('../../../../schema/read.graphql'));
  });

  it.skipIf(contractMissing)('keeps every type, field and argument of the public contract', () => {
    const contract = buildSchema(committed(contractPath));
    expect(findBreakingChanges(contract, buildSchema(printReadSchema()))).toEqual([]);
  });
});
