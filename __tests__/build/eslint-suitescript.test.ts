// eslint-plugin-suitescript's header rules must really fire on TypeScript entry points (issue 2 item 5): lint
// samples with the project's own config, as if they sat in src/entrypoints. ESLint runs in a child process: its
// flat config is an ES module, which jest's module sandbox cannot import.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { SAMPLE_RESTLET_BODY } from './sample-restlet';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'src', 'entrypoints', 'restlets', '__lint_sample_rl.ts');

function source(header: readonly string[]): string {
  return ['/**', ...header.map((line) => ` * ${line}`), ' */', '', SAMPLE_RESTLET_BODY, ''].join('\n');
}

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

function ruleIds(code: string): string[] {
  const eslint = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const run = spawnSync(
    process.execPath,
    [eslint, '--stdin', '--stdin-filename', SAMPLE, '--format', 'json'],
    {
      cwd: ROOT,
      input: code,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const GOOD = ['@NApiVersion 2.1', '@NScriptType Restlet', '@NModuleScope SameAccount'];

test('a correct entry point passes', () => {
  expect(ruleIds(source(GOOD))).toEqual([]);
});

test('suitescript/api-version fires on an unknown API version', () => {
  expect(ruleIds(source(['@NApiVersion 3.0', ...GOOD.slice(1)]))).toContain('suitescript/api-version');
});

test('suitescript/script-type fires on an unknown script type', () => {
  expect(ruleIds(source([GOOD[0]!, '@NScriptType Restlets', GOOD[2]!]))).toContain('suitescript/script-type');
});

test('suitescript/script-type fires on an empty script type', () => {
  expect(ruleIds(source([GOOD[0]!, '@NScriptType', GOOD[2]!]))).toContain('suitescript/script-type');
});

test('pwi/entry-point-header fires when there is no header (the suitescript rules stay silent then)', () => {
  const withoutHeader = source(GOOD).replace(/^\/\*\*[\s\S]*?\*\/\n\n/, '');
  const ids = ruleIds(withoutHeader);
  expect(ids).toContain('pwi/entry-point-header');
  expect(ids).not.toContain('suitescript/api-version');
});

test('pwi/entry-point-header fires when no blank line follows the header (tsc would drop it)', () => {
  expect(ruleIds(source(GOOD).replace('*/\n\n', '*/\n'))).toContain('pwi/entry-point-header');
});

test('pwi/entry-point-header fires on a header without @NModuleScope SameAccount', () => {
  expect(ruleIds(source([GOOD[0]!, GOOD[1]!, '@NModuleScope Public']))).toContain('pwi/entry-point-header');
});

test('suitescript/log-args fires on a log call without a title', () => {
  expect(ruleIds(source(GOOD).replace("{ title: 'get', details: '' }", "{ details: '' }"))).toContain(
    'suitescript/log-args',
  );
});
