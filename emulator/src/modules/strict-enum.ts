import { NotEmulatedError } from '../errors';

/**
 * A SuiteScript enum (a frozen plain object of string values) that refuses to answer for members the emulator
 * does not know. NetSuite has many members we do not emulate; reading one would give `undefined` here and a real
 * value there, so it throws instead, naming the member. Only upper-case identifiers are policed, so tooling that
 * probes objects (then, toJSON, Symbol.toStringTag, __esModule) still sees an ordinary object.
 */
export function strictEnum<V extends Record<string, string>>(owner: string, values: V): Readonly<V> {
  const frozen = Object.freeze({ ...values });
  return new Proxy(frozen, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^[A-Z][A-Z0-9_]*$/.test(key) && !(key in target))
        throw new NotEmulatedError(`${owner}.${key}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * Reinterprets an enum object as the type @hitc/netsuite-types declares. Those typings declare several SuiteScript
 * enums with numeric members, but NetSuite's values are strings (Oracle's stubs in @oracle/suitecloud-unit-testing
 * define them as strings), so the emulator keeps NetSuite's values and only the static type is borrowed.
 */
export function asDeclaredEnum<Declared>(values: object): Declared {
  return values as unknown as Declared;
}
