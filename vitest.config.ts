import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) without an exports map. Node, and so every
    // library vitest leaves external (Yoga, Pothos), loads the CJS build; our own files must get
    // the same instance, or `instanceof GraphQLError` fails across the two.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: [
      'apps/*/src/**/*.spec.ts',
      'apps/web/e2e/**/*.spec.ts',
      'libs/*/src/**/*.spec.ts',
      'bench/**/*.spec.ts',
      'deploy/**/*.spec.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
