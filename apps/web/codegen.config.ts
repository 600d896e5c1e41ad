import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Absolute, so the staleness test can generate from any working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One client per gateway: each set of operations is typed against the schema it is sent to.
const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    documentMode: 'string',
    useTypeImports: true,
    enumsAsTypes: true,
    strictScalars: true,
    scalars: { Position: 'string', SafeInt: 'number', Cents: 'string', DateTime: 'string', JSON: 'unknown' },
  },
} as const;

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    [here('src/generated/write/')]: {
      ...clientPreset,
      schema: here('../../schema/write.graphql'),
      documents: here('src/api/write-operations.ts'),
    },
    [here('src/generated/read/')]: {
      ...clientPreset,
      schema: here('../../schema/read.graphql'),
      documents: here('src/api/read-operations.ts'),
    },
  },
};

export default config;
