import { NotEmulatedError } from './errors';

/**
 * The global scope of a SuiteScript 2.1 server script, and how the loader hides the rest of Node's.
 *
 * Sources:
 * - NetSuite, "SuiteScript 2.1" (chapter_156042690639): server scripts run on the Graal engine, which "supports
 *   ECMAScript 2023".
 * - NetSuite, "SuiteScript 2.x API Reference" (article_4140956840) and "SuiteScript 2.x Global Objects"
 *   (chapter_4387171685): the globals are define, require, log, util, toString(), JSON, Promise and Iterator; the
 *   latter page advises importing require, N/log and N/util as dependencies "especially in your SuiteScript 2.1
 *   scripts" to use them safely.
 * - GraalJS, "JavaScript Compatibility" (oracle/graaljs docs/user/JavaScriptCompatibility.md): the global scope of
 *   an embedded Graal context is the ECMAScript library plus Intl (ECMA-402, on by default) and the engine's own
 *   load, print, printErr, console, Graal and Polyglot (each on by default, each can be switched off by the
 *   embedder), and Java only when host class lookup is allowed. GraalJS, "Differences Between Node.js and Java
 *   Embeddings": code embedded in a Java application has no Node.js APIs. Neither page lists any Web API (timers,
 *   fetch, URL, TextEncoder, atob, structuredClone, crypto, performance, ...).
 * - dtao/lazy.js#130 (2015): in NetSuite's server runtime the *Timeout functions "are not there".
 *
 * So a script sees: the ECMAScript 2023 globals (Date reads the account clock); define; log (N/log). Names NetSuite
 * documents or Graal may provide but whose presence or behaviour in NetSuite is not sourced (util, require,
 * toString, Intl, console, print, printErr, load, Graal, Polyglot, Java) throw NotEmulatedError on any use. Every
 * other global of the Node realm the emulator runs in (process, Buffer, timers, fetch, URL, TextEncoder, jest's
 * globals, ...) is undefined, as it is in NetSuite.
 */

/** The value properties, functions, constructors and namespaces of the ECMAScript 2023 global object (ECMA-262 §19, Annex B). */
const ECMASCRIPT_2023_GLOBALS: ReadonlySet<string> = new Set([
  'globalThis', 'Infinity', 'NaN', 'undefined',
  'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape',
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView',
  'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int8Array',
  'Int16Array', 'Int32Array', 'Map', 'Number', 'Object', 'Promise', 'Proxy', 'RangeError', 'ReferenceError',
  'RegExp', 'Set', 'SharedArrayBuffer', 'String', 'Symbol', 'SyntaxError', 'TypeError', 'Uint8Array',
  'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap', 'WeakRef', 'WeakSet',
  'Atomics', 'JSON', 'Math', 'Reflect',
]); // prettier-ignore

/** Why each name that may exist in NetSuite, but is not emulated, throws. */
const UNCONFIRMED_GLOBALS: Readonly<Record<string, string>> = {
  util: 'NetSuite documents a global util, but the emulator has no N/util module',
  require:
    "NetSuite documents a global AMD require, but advises importing 'require' as a dependency in 2.1 scripts; the global is not emulated",
  toString: "NetSuite's global toString() names SuiteScript object types; its answers are not sourced",
  Intl: 'GraalJS enables ECMA-402 by default; whether NetSuite keeps it is not sourced',
  console:
    'GraalJS provides console by default; whether NetSuite keeps it, and where it writes, is not sourced',
  print: 'GraalJS provides print by default; whether NetSuite keeps it is not sourced',
  printErr: 'GraalJS provides printErr by default; whether NetSuite keeps it is not sourced',
  load: 'GraalJS provides load by default; whether NetSuite keeps it is not sourced',
  Graal: 'GraalJS provides Graal by default; whether NetSuite keeps it is not sourced',
  Polyglot: 'GraalJS provides Polyglot by default; whether NetSuite keeps it is not sourced',
  Java: 'GraalJS provides Java only with host class lookup; whether NetSuite allows it is not sourced',
};

/** The globals the loader passes in itself (per loader or per module), ahead of the shadowed names. */
export const PROVIDED_GLOBALS = ['define', 'log', 'Date', 'globalThis'] as const;

/** A stand-in whose every use (read a property, call, construct, test `in`, ...) throws NotEmulatedError. */
function unconfirmed(name: string, why: string): unknown {
  const fail = (): never => {
    throw new NotEmulatedError(`the global ${name} in SuiteScript 2.1 server scripts (${why})`);
  };
  return new Proxy(function unconfirmedGlobal() {}, {
    get: fail,
    set: fail,
    has: fail,
    deleteProperty: fail,
    apply: fail,
    construct: fail,
    defineProperty: fail,
    getOwnPropertyDescriptor: fail,
    ownKeys: fail,
    getPrototypeOf: fail,
    setPrototypeOf: fail,
    isExtensible: fail,
    preventExtensions: fail,
  });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Names a script may not see, in parameter order, with the value each is shadowed by. */
export interface ShadowedGlobals {
  readonly names: readonly string[];
  readonly values: readonly unknown[];
  /** The value a script's `globalThis.<name>` reads for a name that is neither ECMAScript nor provided. */
  valueOf(name: string): unknown;
}

let shadowed: ShadowedGlobals | null = null;

/**
 * Every global of this realm a script must not see, and every unconfirmed SuiteScript/Graal name, with its stand-in
 * (undefined or a NotEmulatedError thrower). Read once from the realm: jest's environment and Node's own globals are
 * the same for every script of the process, and one list keeps compiled wrappers shareable between accounts.
 */
export function shadowedGlobals(): ShadowedGlobals {
  if (shadowed) return shadowed;
  const provided = new Set<string>(PROVIDED_GLOBALS);
  const names: string[] = [];
  const values: unknown[] = [];
  const byName = new Map<string, unknown>();
  const add = (name: string, value: unknown): void => {
    if (byName.has(name) || provided.has(name) || ECMASCRIPT_2023_GLOBALS.has(name) || !IDENTIFIER.test(name))
      return;
    names.push(name);
    values.push(value);
    byName.set(name, value);
  };
  for (const [name, why] of Object.entries(UNCONFIRMED_GLOBALS)) add(name, unconfirmed(name, why));
  for (const name of Object.getOwnPropertyNames(globalThis)) add(name, undefined);
  shadowed = { names, values, valueOf: (name) => byName.get(name) };
  return shadowed;
}

/**
 * The object a script reaches as `globalThis` (and as `this` at a file's top level): ECMAScript globals and the
 * provided ones read through, every other name reads as its stand-in, and writes throw (a script that creates
 * globals relies on NetSuite sharing them between modules, which is not sourced).
 */
export function scriptGlobalObject(provided: Readonly<Record<string, unknown>>): object {
  const globals = shadowedGlobals();
  const realm = globalThis as unknown as Record<string, unknown>;
  const refuseWrite = (_target: object, name: string | symbol): never => {
    throw new NotEmulatedError(
      `writing the global ${String(name)} (sharing globals between modules is not sourced)`,
    );
  };
  const target: object = {};
  const handler: ProxyHandler<object> = {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      if (Object.prototype.hasOwnProperty.call(provided, name)) return provided[name];
      if (name === 'globalThis') return proxy;
      if (name === 'define')
        throw new NotEmulatedError('globalThis.define (define is emulated as a free name only)');
      if (ECMASCRIPT_2023_GLOBALS.has(name)) return realm[name];
      return globals.valueOf(name);
    },
    has(_target, name) {
      if (typeof name !== 'string') return false;
      return (
        Object.prototype.hasOwnProperty.call(provided, name) ||
        ECMASCRIPT_2023_GLOBALS.has(name) ||
        globals.valueOf(name) !== undefined
      );
    },
    set: refuseWrite,
    defineProperty: refuseWrite,
    deleteProperty: refuseWrite,
  };
  const proxy: object = new Proxy(target, handler);
  return proxy;
}
