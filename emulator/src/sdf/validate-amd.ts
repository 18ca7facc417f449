import * as vm from 'node:vm';

/** What an AMD module declares: its dependency ids and the names of the functions it exports. */
export interface AmdModuleShape {
  readonly dependencies: readonly string[];
  readonly exportedFunctions: readonly string[];
}

/**
 * A value that is every value: any property, call or construction returns the stub again. Dependencies are
 * replaced by it, so a module's factory can run without NetSuite; N/ APIs are never really called.
 */
function inertStub(): unknown {
  const target = function stub(): void {};
  const proxy: unknown = new Proxy(target, {
    get: (_target, property) => {
      if (property === Symbol.toPrimitive) return () => '';
      if (property === 'then') return undefined;
      return proxy;
    },
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

/**
 * Loads a built AMD file with a one-call `define` shim and records what it exports: `exports.x = …` assignments
 * (tsc's output) and the keys of a returned object (hand-written AMD). Throws when the file does not call
 * define exactly once with a factory, or when the factory itself throws.
 */
export function readAmdModule(code: string, filename: string): AmdModuleShape {
  const calls: unknown[][] = [];
  const define = (...args: unknown[]): void => {
    calls.push(args);
  };
  vm.runInNewContext(code, { define }, { filename, timeout: 2000 });
  const [call] = calls;
  if (calls.length !== 1 || call === undefined) throw new Error(`define was called ${calls.length} times`);
  const factory = call[call.length - 1];
  const dependencies = call.find((arg): arg is string[] => Array.isArray(arg)) ?? [];
  if (typeof factory !== 'function') {
    const value = factory as Record<string, unknown> | undefined;
    return { dependencies, exportedFunctions: functionKeys(value) };
  }
  const exportsObject: Record<string, unknown> = {};
  const moduleObject = { exports: exportsObject };
  const args = dependencies.map((id) => {
    if (id === 'exports') return exportsObject;
    if (id === 'module') return moduleObject;
    return inertStub();
  });
  const returned = (factory as (...deps: unknown[]) => unknown)(...args);
  const fromReturn = typeof returned === 'object' && returned !== null ? functionKeys(returned) : [];
  const fromExports = functionKeys(moduleObject.exports);
  return { dependencies, exportedFunctions: [...new Set([...fromExports, ...fromReturn])] };
}

function functionKeys(value: object | undefined): string[] {
  if (!value) return [];
  return Object.keys(value).filter((key) => typeof (value as Record<string, unknown>)[key] === 'function');
}
