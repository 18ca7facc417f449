// Every built entry point carries the JSDoc header NetSuite reads, above define() and nothing else (issue 2 item 1).
// `npm test` builds before jest; run `npm run build:scripts` first when running this file alone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { listFiles } from '../../emulator/src/sdf/validate-context';
import { checkEntryPointHeader } from '../../emulator/src/sdf/validate-header';
import { SAMPLE_RESTLET_BODY } from './sample-restlet';

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCES = path.join(ROOT, 'src', 'entrypoints');
const BUILT = path.join(ROOT, 'FileCabinet', 'SuiteScripts', 'pwi', 'entrypoints');

const sources = listFiles(SOURCES).filter((file) => file.endsWith('.ts'));
const built = listFiles(BUILT);

/** Compiles one source the way `npm run build:scripts` does (tsconfig.json: AMD, comments kept). */
function compile(source: string): string {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.transpileModule(source, { compilerOptions: options, fileName: 'entrypoints/sample_rl.ts' })
    .outputText;
}

const HEADER = [
  '/**',
  ' * @NApiVersion 2.1',
  ' * @NScriptType Restlet',
  ' * @NModuleScope SameAccount',
  ' */',
].join('\n');
const BODY = SAMPLE_RESTLET_BODY;

describe('the header check', () => {
  test('accepts what tsc emits when a blank line follows the header', () => {
    const output = compile(`${HEADER}\n\n${BODY}\n`);
    expect(checkEntryPointHeader(output)).toEqual({
      ok: true,
      header: { apiVersion: '2.1', scriptType: 'Restlet', moduleScope: 'SameAccount' },
    });
  });

  test('rejects what tsc emits when the header touches the first import (tsc drops the header)', () => {
    const output = compile(`${HEADER}\n${BODY}\n`);
    expect(output).not.toContain('@NScriptType');
    expect(checkEntryPointHeader(output).ok).toBe(false);
  });

  test('rejects anything between the header and define(, a wrong API version and a foreign module scope', () => {
    const good = compile(`${HEADER}\n\n${BODY}\n`);
    expect(checkEntryPointHeader(good.replace('define(', 'var x = 1;\ndefine(')).ok).toBe(false);
    expect(checkEntryPointHeader(`"use strict";\n${good}`).ok).toBe(false);
    expect(checkEntryPointHeader(good.replace('2.1', '2.0')).ok).toBe(false);
    expect(checkEntryPointHeader(good.replace('SameAccount', 'Public')).ok).toBe(false);
    expect(checkEntryPointHeader(good.replace(' * @NScriptType Restlet\n', '')).ok).toBe(false);
  });
});

describe('the built File Cabinet', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'FileCabinet', 'SuiteScripts', 'pwi'))) {
      throw new Error('FileCabinet/SuiteScripts/pwi is missing: run `npm run build:scripts` (npm test does)');
    }
  });

  test('holds exactly one built .js per entry point source', () => {
    expect(built).toEqual(sources.map((file) => file.replace(/\.ts$/, '.js')));
  });

  test('every built entry point starts with the header, then define(', () => {
    const problems = built.flatMap((file) => {
      const check = checkEntryPointHeader(fs.readFileSync(path.join(BUILT, file), 'utf8'));
      return check.ok ? [] : [`${file}: ${check.problem}`];
    });
    expect(problems).toEqual([]);
  });

  test('holds no TypeScript, source maps or dotfiles', () => {
    const stray = listFiles(path.join(ROOT, 'FileCabinet')).filter(
      (file) => /\.(ts|map)$/.test(file) || file.split('/').some((segment) => segment.startsWith('.')),
    );
    expect(stray).toEqual([]);
  });
});
