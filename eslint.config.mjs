import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import suitescript from 'eslint-plugin-suitescript';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'coverage/', 'FileCabinet/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // SuiteScript's own checks that read the JSDoc header work on TypeScript sources.
    files: ['src/entrypoints/**/*.ts'],
    plugins: { suitescript },
    rules: {
      'suitescript/api-version': 'error',
      'suitescript/script-type': 'error',
    },
  },
  {
    // Domain code decides; it never touches NetSuite.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['N', 'N/*'], message: 'src/domain is pure: no N/ modules.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/netsuite/**', 'src/entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['N', 'N/*'], message: 'Only src/netsuite and entry points import N/ modules.' },
          ],
        },
      ],
    },
  },
);
