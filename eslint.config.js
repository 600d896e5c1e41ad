import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '.turbo/**',
      'bench/results/**',
      '**/migrations/**',
      'apps/web/src/generated/**',
      'apps/client-conformance/src/generated/**',
      'apps/web/test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The domain core is pure: no I/O, no framework.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'http', 'net', 'os'],
              message: 'The domain core does no I/O.',
            },
            {
              group: [
                'drizzle-orm*',
                'postgres',
                '@electric-sql/*',
                'graphql*',
                '@pothos/*',
                'rabbitmq-client',
              ],
              message: 'The domain core uses no framework.',
            },
            { group: ['@sluice/*'], message: 'The domain core depends on nothing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['*.js', 'bin/*.js', 'deploy/*.mjs', '**/*.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
);
