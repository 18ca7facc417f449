import * as fs from 'node:fs';
import * as path from 'node:path';
import { NotEmulatedError } from './errors';
import { PROVIDED_GLOBALS, scriptGlobalObject, shadowedGlobals } from './script-globals';
import { DeployError } from './sdf/project-model';

/** Where the emulated N/ modules live: emulator/N/<name>.ts (or .js once built). */
const N_MODULES_DIR = path.join(__dirname, '..', 'N');

/**
 * The table of emulated N/ modules: every file under emulator/N/ is one module, `N/<relative path>`. Built from
 * the directory so a module another engineer adds is picked up without touching the loader; jest maps the same
 * files, so a test and a loaded script share one instance of each module.
 */
function emulatedModuleFile(id: string): string | null {
  const name = id.slice('N/'.length);
  if (!/^[A-Za-z0-9_/]+$/.test(name)) return null;
  for (const ext of ['.ts', '.js']) {
    const file = path.join(N_MODULES_DIR, ...name.split('/')) + ext;
    if (fs.existsSync(file)) return file;
  }
  return null;
}

const nModuleCache = new Map<string, unknown>();

/** An emulated N/ module by its AMD id; one NetSuite provides but the emulator lacks is NotEmulatedError. */
export function nModule(id: string): unknown {
  const cached = nModuleCache.get(id);
  if (cached !== undefined) return cached;
  const file = emulatedModuleFile(id);
  if (file === null) throw new NotEmulatedError(`module ${id} (no emulator/N/${id.slice(2)}.ts)`);
  // The table is the directory, so the path is only known at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded: unknown = require(file.replace(/\.(ts|js)$/, ''));
  nModuleCache.set(id, loaded);
  return loaded;
}

/** What a built file's JSDoc header declares (read before `define(`). */
export interface ScriptHeader {
  readonly apiVersion: string | null;
  readonly scriptType: string | null;
  readonly moduleScope: string | null;
}

/** A compiled file: called with `this` = the script's global object and PROVIDED_GLOBALS, then the shadowed names. */
type Wrapper = (this: object, ...globals: unknown[]) => void;

interface CompiledFile {
  readonly mtimeMs: number;
  readonly source: string;
  readonly wrapper: Wrapper;
}

/** Compiled code per file, shared by every account: compiling once keeps repeated executions cheap. */
const compiled = new Map<string, CompiledFile>();

type Factory = (...deps: unknown[]) => unknown;
type DefineCall = { deps: string[]; factory: Factory | unknown };

/**
 * Loads built SuiteScript files from a project's FileCabinet/ folder through their AMD `define`, as NetSuite does.
 * Each call to `load` starts a fresh module registry: NetSuite keeps no module state between executions.
 */
export class ScriptLoader {
  private readonly scriptDate: DateConstructor;
  /** The script's `globalThis`, and the values after `define` in every wrapper call (see PROVIDED_GLOBALS). */
  private readonly scriptGlobal: object;
  private readonly globalValues: readonly unknown[];

  /**
   * `now` is the account clock: scripts' `new Date()` and `Date.now()` read it, so advancing the clock moves the
   * time scripts see (NetSuite scripts read the server's time). Without it scripts see real time.
   */
  constructor(
    readonly fileCabinetDir: string,
    now?: () => number,
  ) {
    this.scriptDate = now ? clockDate(now) : Date;
    const log = globalLog();
    this.scriptGlobal = scriptGlobalObject({ log, Date: this.scriptDate });
    this.globalValues = [log, this.scriptDate, this.scriptGlobal, ...shadowedGlobals().values];
  }

  /** Loads an entry file (File Cabinet path, e.g. /SuiteScripts/pwi/entrypoints/rl.js) and returns its module value. */
  load(fileCabinetPath: string): Record<string, unknown> {
    const registry = new Map<string, { value: unknown; loading: boolean }>();
    const value = this.loadModule(fileCabinetPath, registry, []);
    return (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  }

  /** Reads the JSDoc header above `define(`. */
  header(fileCabinetPath: string): ScriptHeader {
    const source = this.compile(fileCabinetPath).source;
    const defineAt = source.search(/\bdefine\s*\(/);
    const head = defineAt < 0 ? source : source.slice(0, defineAt);
    const tag = (name: string): string | null =>
      new RegExp(`@${name}\\s+([\\w.]+)`, 'i').exec(head)?.[1] ?? null;
    return {
      apiVersion: tag('NApiVersion'),
      scriptType: tag('NScriptType'),
      moduleScope: tag('NModuleScope'),
    };
  }

  /** The file on disk for a File Cabinet path. */
  diskPath(fileCabinetPath: string): string {
    return path.join(this.fileCabinetDir, ...fileCabinetPath.split('/').filter(Boolean));
  }

  private compile(fileCabinetPath: string): CompiledFile {
    const file = this.diskPath(fileCabinetPath);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      throw new DeployError(file, `module ${fileCabinetPath} does not exist in the File Cabinet`);
    }
    const hit = compiled.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs) return hit;
    const source = fs.readFileSync(file, 'utf8');
    // Compiled with the Function constructor of this realm rather than vm.Script: under jest, code run through
    // vm lives in another realm, where `instanceof Date` or `instanceof Error` against the emulator's classes
    // fails. The function is only the file's outer scope; every call builds fresh module state. Its parameters
    // shadow every global a SuiteScript 2.1 server script does not have (script-globals.ts), so a script reading
    // `process` or `setTimeout` sees what it would see in NetSuite at the cost of one call's arguments.
    const wrapper = new Function(
      ...PROVIDED_GLOBALS,
      ...shadowedGlobals().names,
      `${source}\n//# sourceURL=${fileCabinetPath}`,
    ) as Wrapper;
    const entry = { mtimeMs: stat.mtimeMs, source, wrapper };
    compiled.set(file, entry);
    return entry;
  }

  private loadModule(
    fileCabinetPath: string,
    registry: Map<string, { value: unknown; loading: boolean }>,
    chain: readonly string[],
  ): unknown {
    const existing = registry.get(fileCabinetPath);
    if (existing) return existing.value;
    const { wrapper } = this.compile(fileCabinetPath);
    let call: DefineCall | null = null;
    const define = (...args: unknown[]): void => {
      if (call) throw new NotEmulatedError(`more than one define() in ${fileCabinetPath}`);
      call = parseDefineArgs(args, fileCabinetPath);
    };
    wrapper.call(this.scriptGlobal, define, ...this.globalValues);
    const defined = call as DefineCall | null;
    if (!defined) throw new DeployError(fileCabinetPath, 'the file does not call define()');
    const exportsObject: Record<string, unknown> = {};
    const moduleObject = { id: fileCabinetPath, exports: exportsObject };
    const entry = { value: exportsObject as unknown, loading: true };
    registry.set(fileCabinetPath, entry);
    const localRequire = (id: unknown, callback?: unknown): unknown => {
      if (Array.isArray(id)) {
        const values = id.map((dep: string) => this.resolveDep(dep, fileCabinetPath, registry, chain));
        if (typeof callback === 'function') (callback as Factory)(...values);
        return undefined;
      }
      return this.resolveDep(String(id), fileCabinetPath, registry, chain);
    };
    const depValues = defined.deps.map((dep) => {
      if (dep === 'require') return localRequire;
      if (dep === 'exports') return exportsObject;
      if (dep === 'module') return moduleObject;
      return this.resolveDep(dep, fileCabinetPath, registry, [...chain, fileCabinetPath]);
    });
    const returned =
      typeof defined.factory === 'function' ? (defined.factory as Factory)(...depValues) : defined.factory;
    entry.value = returned !== undefined ? returned : moduleObject.exports;
    entry.loading = false;
    return entry.value;
  }

  private resolveDep(
    dep: string,
    from: string,
    registry: Map<string, { value: unknown; loading: boolean }>,
    chain: readonly string[],
  ): unknown {
    if (dep === 'N' || dep.startsWith('N/')) return nModule(dep);
    let target: string;
    if (dep.startsWith('./') || dep.startsWith('../'))
      target = path.posix.join(path.posix.dirname(from), dep);
    else if (dep.startsWith('/')) target = path.posix.normalize(dep);
    else
      throw new NotEmulatedError(
        `AMD dependency "${dep}" in ${from} (only N/ modules and File Cabinet paths)`,
      );
    if (!target.endsWith('.js')) target += '.js';
    return this.loadModule(target, registry, chain);
  }
}

function parseDefineArgs(args: unknown[], file: string): DefineCall {
  // define(factory) | define(deps, factory) | define(id, deps, factory) | define(object)
  const rest = typeof args[0] === 'string' ? args.slice(1) : args;
  if (rest.length === 1) {
    const only = rest[0];
    if (typeof only === 'function') return { deps: ['require', 'exports', 'module'], factory: only };
    return { deps: [], factory: only };
  }
  const [deps, factory] = rest;
  if (!Array.isArray(deps) || !deps.every((d) => typeof d === 'string'))
    throw new DeployError(file, 'define() needs an array of dependency ids');
  return { deps: deps as string[], factory };
}

/**
 * A Date whose current time is the account clock: `new Date()` and `Date.now()` read `now`; every other use
 * (parsing, components, UTC) is the ordinary Date, and instances are ordinary Dates (instanceof Date holds).
 */
function clockDate(now: () => number): DateConstructor {
  class AccountDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return now();
    }
  }
  return AccountDate as unknown as DateConstructor;
}

/** SuiteScript 2.x also exposes N/log as the global `log`. */
function globalLog(): unknown {
  return nModule('N/log');
}
