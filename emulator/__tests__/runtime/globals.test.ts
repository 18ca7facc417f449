import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NotEmulatedError } from '../../src/errors';
import { ScriptLoader } from '../../src/loader';

/**
 * What a SuiteScript 2.1 server script sees of the global scope (sources in emulator/src/script-globals.ts):
 * ECMAScript 2023 (NetSuite chapter_156042690639: Graal "supports ECMAScript 2023"), define and log
 * (article_4140956840); no Node.js or Web API (GraalJS "JavaScript Compatibility" and "Differences Between Node.js
 * and Java Embeddings"; timers: dtao/lazy.js#130). Names NetSuite or Graal may provide without a source for their
 * behaviour in NetSuite throw NotEmulatedError.
 */

const ENTRY = '/SuiteScripts/probe/main.js';

/** A File Cabinet with one script; `body` is the factory's body (it returns the module). */
function loadProbe(body: string, topLevel = '', now?: () => number): Record<string, unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-globals-'));
  const file = path.join(dir, 'SuiteScripts', 'probe', 'main.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${topLevel}\ndefine(["require", "exports"], function (require, exports) {\n"use strict";\n${body}\n});`,
  );
  return new ScriptLoader(dir, now).load(ENTRY);
}

/** A probe script with one function per name, each reading the name as a free identifier. */
function readers(names: readonly string[]): Record<string, () => unknown> {
  const entries = names.map((name) => `${JSON.stringify(name)}: function () { return ${name}; }`);
  return loadProbe(`return { ${entries.join(',\n')} };`) as Record<string, () => unknown>;
}

/** Node and Web globals NetSuite's Graal embedding does not have (GraalJS JavaScriptCompatibility.md). */
const ABSENT = [
  'process', 'Buffer', 'global', 'setImmediate', 'clearImmediate',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask',
  'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'fetch', 'structuredClone',
  'crypto', 'performance', 'atob', 'btoa', 'AbortController', 'Blob', 'Headers', 'Request', 'Response',
  'EventTarget', 'MessageChannel', 'WebAssembly',
]; // prettier-ignore

describe('SuiteScript 2.1 globals: Node and Web APIs are absent', () => {
  const probe = readers(ABSENT.filter((name) => name in globalThis));

  it.each(ABSENT.filter((name) => name in globalThis))('%s reads as undefined inside a script', (name) => {
    expect(name in globalThis).toBe(true); // present where the emulator runs, so hiding it is the point
    expect(probe[name]!()).toBeUndefined();
  });

  it('feature detection takes the absent branch, as in NetSuite (typeof is "undefined")', () => {
    const module = loadProbe(
      'return { kinds: [typeof process, typeof setTimeout, typeof TextEncoder, typeof Buffer, typeof fetch] };',
    );
    expect(module['kinds']).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it("jest's own globals are not visible to scripts", () => {
    const module = loadProbe('return { kinds: [typeof expect, typeof jest, typeof describe, typeof it] };');
    expect(module['kinds']).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('every global of the realm outside ECMAScript 2023 is undefined or NotEmulatedError inside a script', () => {
    const ecmascript = new Set(['globalThis', 'Infinity', 'NaN', 'undefined', 'eval', 'isFinite', 'isNaN',
      'parseFloat', 'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape',
      'unescape', 'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean',
      'DataView', 'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function',
      'Int8Array', 'Int16Array', 'Int32Array', 'Map', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError',
      'ReferenceError', 'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError',
      'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap', 'WeakRef', 'WeakSet',
      'Atomics', 'JSON', 'Math', 'Reflect']); // prettier-ignore
    const others = Object.getOwnPropertyNames(globalThis).filter(
      (name) => !ecmascript.has(name) && /^[A-Za-z_$][\w$]*$/.test(name),
    );
    expect(others.length).toBeGreaterThan(20);
    const all = readers(others);
    // Each is undefined, or a stand-in whose every use (here: reading a property) throws NotEmulatedError.
    const visible = others.filter((name) => {
      const value = all[name]!();
      if (value === undefined) return false;
      try {
        void (value as Record<string, unknown>)['anything'];
        return true;
      } catch (error) {
        return !(error instanceof NotEmulatedError);
      }
    });
    expect(visible).toEqual([]);
  });
});

describe('SuiteScript 2.1 globals: names NetSuite or Graal may have, unsourced, throw NotEmulatedError', () => {
  const uses: Record<string, string> = {
    console: 'console.log("x")',
    util: 'util.isArray([])',
    require: 'require("N/record")',
    toString: 'toString()',
    Intl: 'new Intl.NumberFormat("en-US").format(1)',
    print: 'print("x")',
    printErr: 'printErr("x")',
    load: 'load("x.js")',
    Graal: 'Graal.versionECMAScript',
    Polyglot: 'Polyglot.import("x")',
    Java: 'Java.type("java.lang.String")',
  };

  it.each(Object.keys(uses))('using %s throws NotEmulatedError naming it', (name) => {
    // The factory's `require` parameter is the AMD one; the global is read at the file's top level.
    const module =
      name === 'require'
        ? loadProbe(
            'return { use: function () { return globalRequire("N/record"); } };',
            'var globalRequire = require;',
          )
        : loadProbe(`return { use: function () { return ${uses[name]}; } };`);
    const use = module['use'] as () => unknown;
    expect(use).toThrow(NotEmulatedError);
    expect(use).toThrow(new RegExp(`global ${name}\\b`));
  });

  it('the AMD require passed as a dependency still works (only the global is not emulated)', () => {
    const module = loadProbe('return { log: require("N/log") };');
    expect(typeof (module['log'] as { debug: unknown }).debug).toBe('function');
  });
});

describe('SuiteScript 2.1 globals: what scripts do have', () => {
  it('ECMAScript 2023 built-ins work, and instances are the realm’s (instanceof holds outside the script)', () => {
    const module = loadProbe(`return {
      values: [JSON.stringify({ a: [1, 2] }), Math.max(1, 3), new Map([[1, 2]]).get(1), String(BigInt(10) ** 20n),
        typeof Symbol.iterator, Reflect.has({ a: 1 }, 'a'), Array.from(new Set([1, 1, 2])).length,
        [3, 1, 2].toSorted().join(), [1, 2, 3].findLast((n) => n < 3), Object.hasOwn({ a: 1 }, 'a'),
        typeof WeakRef, typeof Promise.resolve, parseInt('42', 10), encodeURIComponent('a b')],
      error: new TypeError('x'),
      date: new Date(0),
    };`);
    expect(module['values']).toEqual([
      '{"a":[1,2]}', 3, 2, '100000000000000000000', 'symbol', true, 2, '1,2,3', 2, true, 'function', 'function',
      42, 'a%20b',
    ]); // prettier-ignore
    expect(module['error']).toBeInstanceOf(TypeError);
    expect(module['date']).toBeInstanceOf(Date);
  });

  it('the global log is N/log, and new Date() still reads the account clock', () => {
    const module = loadProbe(
      'return { log: log, now: new Date().getTime(), nowStatic: Date.now(), parsed: new Date("2024-01-01T00:00:00Z").getTime() };',
      '',
      () => 1_700_000_000_000,
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(module['log']).toBe(require('N/log'));
    expect(module['now']).toBe(1_700_000_000_000);
    expect(module['nowStatic']).toBe(1_700_000_000_000);
    expect(module['parsed']).toBe(Date.UTC(2024, 0, 1));
  });

  it('globalThis (and top-level this) is the script global: ECMAScript and log read through, the rest does not', () => {
    const module = loadProbe(
      `return { same: globalThis === topThis, json: globalThis.JSON === JSON, log: globalThis.log === log,
        process: globalThis.process, timer: globalThis.setTimeout, hasProcess: 'process' in globalThis,
        hasJson: 'JSON' in globalThis,
        console: function () { return globalThis.console.log('x'); },
        write: function () { globalThis.shared = 1; } };`,
      'var topThis = this;',
    );
    expect(module['same']).toBe(true);
    expect(module['json']).toBe(true);
    expect(module['log']).toBe(true);
    expect(module['process']).toBeUndefined();
    expect(module['timer']).toBeUndefined();
    expect(module['hasProcess']).toBe(false);
    expect(module['hasJson']).toBe(true);
    expect(module['console'] as () => unknown).toThrow(NotEmulatedError);
    expect(module['write'] as () => unknown).toThrow(/writing the global shared/);
  });

  // Why shadowing costs little: the file is read and compiled once, and each load pays only one call's
  // arguments. Asserted on the mechanism rather than wall-clock time, which belongs in a benchmark.
  it('shadowing costs little: a thousand loads of a small module read the file once, each with fresh state', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwi-globals-'));
    const file = path.join(dir, 'SuiteScripts', 'probe', 'main.js');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'define([], function () { return { n: 1 }; });');
    const loader = new ScriptLoader(dir);
    const reads = jest.spyOn(fs, 'readFileSync');
    try {
      const modules = Array.from({ length: 1000 }, () => loader.load(ENTRY));
      expect(reads.mock.calls.filter(([read]) => read === file)).toHaveLength(1);
      expect(new Set(modules).size).toBe(1000);
      expect(modules.every((module) => module['n'] === 1)).toBe(true);
    } finally {
      reads.mockRestore();
    }
  });
});
