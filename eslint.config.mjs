import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import suitescript from 'eslint-plugin-suitescript';

// suitescript/api-version and suitescript/script-type judge a header's values but stay silent when there is no
// header at all, and tsc drops a header that no blank line separates from the first import. This rule covers both.
const entryPointHeader = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      missing: 'An entry point starts with its /** @NApiVersion 2.1 … */ header, before anything else.',
      tags: 'The header needs @NApiVersion 2.1, an @NScriptType and @NModuleScope SameAccount.',
      blankLine: 'Leave a blank line after the header, or tsc drops it from the built file.',
    },
  },
  create(context) {
    return {
      Program(node) {
        const source = context.sourceCode;
        const text = source.getText();
        const [first] = source.getAllComments();
        if (
          !first ||
          first.type !== 'Block' ||
          !first.value.startsWith('*') ||
          text.slice(0, first.range[0]).trim()
        ) {
          context.report({ node, messageId: 'missing' });
          return;
        }
        const tags = [
          /@NApiVersion[ \t]+2\.1\b/,
          /@NScriptType[ \t]+\w+/,
          /@NModuleScope[ \t]+SameAccount\b/,
        ];
        if (!tags.every((tag) => tag.test(first.value)))
          context.report({ loc: first.loc, messageId: 'tags' });
        if (!/^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(first.range[1]))) {
          context.report({ loc: first.loc, messageId: 'blankLine' });
        }
      },
    };
  },
};

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
    plugins: { suitescript, pwi: { rules: { 'entry-point-header': entryPointHeader } } },
    rules: {
      'suitescript/api-version': 'error',
      'suitescript/script-type': 'error',
      'pwi/entry-point-header': 'error',
    },
  },
  {
    // N/log needs a title on every entry; the plugin's check reads calls on TypeScript sources as well.
    files: ['src/**/*.ts'],
    plugins: { suitescript },
    rules: {
      'suitescript/log-args': ['error', { requireTitle: true, requireDetails: false }],
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
