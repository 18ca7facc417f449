import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NotEmulatedError } from '../../src/errors';
import { ScriptLoader } from '../../src/loader';

/** A File Cabinet folder with the given files (path under /SuiteScripts → source). */
function cabinet(files: Record<string, string>): ScriptLoader {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-loader-'));
  for (const [file, source] of Object.entries(files)) {
    const target = path.join(dir, 'SuiteScripts', ...file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, source);
  }
  return new ScriptLoader(dir);
}

describe('AMD loader (sdf-format.md §6.2: define(["require","exports",...], factory) as tsc emits it)', () => {
  it('resolves relative and absolute File Cabinet paths, with or without .js', () => {
    const loader = cabinet({
      'app/main.js':
        'define(["require","exports","./lib/a","/SuiteScripts/app/lib/b.js"], function (require, exports, a, b) { exports.value = a.name + b.name; });',
      'app/lib/a.js':
        'define(["require","exports","../lib/b"], function (require, exports, b) { exports.name = "a" + b.name; });',
      'app/lib/b.js': 'define([], function () { return { name: "b" }; });',
    });
    expect(loader.load('/SuiteScripts/app/main.js')['value']).toBe('abb');
  });

  it('a module is evaluated once per load, and every load starts a fresh registry', () => {
    const loader = cabinet({
      'app/main.js':
        'define(["require","exports","./count","./again"], function (require, exports, count, again) { exports.seen = [count.n, again.n]; });',
      'app/again.js': 'define(["./count"], function (count) { return { n: count.n }; });',
      'app/count.js': 'var n = 0; define([], function () { n += 1; return { n: n }; });',
    });
    expect(loader.load('/SuiteScripts/app/main.js')['seen']).toEqual([1, 1]);
    expect(loader.load('/SuiteScripts/app/main.js')['seen']).toEqual([1, 1]);
  });

  it('supports define(factory) with CommonJS-style require/exports/module', () => {
    const loader = cabinet({
      'app/main.js': 'define(function (require, exports, module) { module.exports = { ok: true }; });',
    });
    expect(loader.load('/SuiteScripts/app/main.js')).toEqual({ ok: true });
  });

  it('tolerates circular dependencies through exports, as AMD does', () => {
    const loader = cabinet({
      'app/a.js':
        'define(["require","exports","./b"], function (require, exports, b) { exports.fromA = function () { return "a+" + b.name; }; exports.name = "a"; });',
      'app/b.js':
        'define(["require","exports","./a"], function (require, exports, a) { exports.name = "b"; exports.peer = a; });',
    });
    const a = loader.load('/SuiteScripts/app/a.js') as { fromA: () => string };
    expect(a.fromA()).toBe('a+b');
  });

  it('an N/ module the emulator does not have is NotEmulatedError', () => {
    const loader = cabinet({ 'app/main.js': 'define(["N/sftp"], function (sftp) { return {}; });' });
    expect(() => loader.load('/SuiteScripts/app/main.js')).toThrow(NotEmulatedError);
  });

  it('bare module names (npm packages) cannot be loaded: bundle code may not import packages', () => {
    const loader = cabinet({ 'app/main.js': 'define(["lodash"], function (_) { return {}; });' });
    expect(() => loader.load('/SuiteScripts/app/main.js')).toThrow(/lodash/);
  });

  it('reads the JSDoc header before define(', () => {
    const loader = cabinet({
      'app/main.js':
        '/**\n * @NApiVersion 2.1\n * @NScriptType Restlet\n * @NModuleScope SameAccount\n */\n\ndefine([], function () { return {}; });',
    });
    expect(loader.header('/SuiteScripts/app/main.js')).toEqual({
      apiVersion: '2.1',
      scriptType: 'Restlet',
      moduleScope: 'SameAccount',
    });
  });

  it('recompiles a file whose modification time changed', () => {
    const loader = cabinet({ 'app/main.js': 'define([], function () { return { v: 1 }; });' });
    expect(loader.load('/SuiteScripts/app/main.js')['v']).toBe(1);
    const file = loader.diskPath('/SuiteScripts/app/main.js');
    fs.writeFileSync(file, 'define([], function () { return { v: 2 }; });');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loader.load('/SuiteScripts/app/main.js')['v']).toBe(2);
  });
});
