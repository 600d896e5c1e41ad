import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Absolute, so the staleness test can generate from any working directory.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The client preset, as an outside team on an ESM project (`moduleResolution: nodenext`) uses it.
const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    strictScalars: true,
    scalars: { Position: 'string', SafeInt: 'number', Cents: 'string', DateTime: 'string', JSON: 'unknown' },
  },
} as const;

// Which concrete types each interface and union stands for: Apollo's `possibleTypes`.
const possibleTypes = { plugins: ['fragment-matcher'], config: { useExplicitTyping: true } };

const config: CodegenConfig = {
  overwrite: true,
  // Node's ESM resolution needs the extension in every relative import the generated code makes.
  importExtension: '.js',
  generates: {
    [here('src/generated/write/')]: {
      ...clientPreset,
      schema: here('../../schema/write.graphql'),
      documents: here('src/documents/*.write.ts'),
    },
    [here('src/generated/read/')]: {
      ...clientPreset,
      schema: here('../../schema/read.graphql'),
      documents: here('src/documents/*.read.ts'),
    },
    [here('src/generated/write-possible-types.ts')]: {
      ...possibleTypes,
      schema: here('../../schema/write.graphql'),
    },
    [here('src/generated/read-possible-types.ts')]: {
      ...possibleTypes,
      schema: here('../../schema/read.graphql'),
    },
  },
  // The repository has one formatter; the staleness test formats the same way before comparing.
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
