import type * as NRuntime from 'N/runtime';
import type { EmulatedAccount } from '../src/account-api';
import { NotEmulatedError, nsError } from '../src/errors';
import { currentExecution } from '../src/execution';
import { extrasOf } from '../src/runners/context';

/** runtime.ContextType: the values runtime.executionContext takes (strings, as in NetSuite). */
export enum ContextType {
  ACTION = 'ACTION',
  BUNDLE_INSTALLATION = 'BUNDLEINSTALLATION',
  CLIENT = 'CLIENT',
  CSV_IMPORT = 'CSVIMPORT',
  CUSTOM_MASSUPDATE = 'CUSTOMMASSUPDATE',
  DEBUGGER = 'DEBUGGER',
  MAP_REDUCE = 'MAPREDUCE',
  NONE = 'NONE',
  PORTLET = 'PORTLET',
  RESTLET = 'RESTLET',
  REST_WEBSERVICES = 'RESTWEBSERVICES',
  SCHEDULED = 'SCHEDULED',
  SUITELET = 'SUITELET',
  USEREVENT = 'USEREVENT',
  USER_INTERFACE = 'USERINTERFACE',
  WEBSERVICES = 'WEBSERVICES',
  WORKFLOW = 'WORKFLOW',
}

/** runtime.EnvType. The emulator reports SANDBOX: it is a test account, never production. */
export enum EnvType {
  SANDBOX = 'SANDBOX',
  PRODUCTION = 'PRODUCTION',
  BETA = 'BETA',
  INTERNAL = 'INTERNAL',
}

export enum Permission {
  FULL = 4,
  EDIT = 3,
  CREATE = 2,
  VIEW = 1,
  NONE = 0,
}

function account(): EmulatedAccount {
  return currentExecution().account as EmulatedAccount;
}

/**
 * Module-level properties read the innermost execution at the moment they are read, as NetSuite's do; they are
 * getters so a script that reads runtime.executionContext inside a user event sees the user event's context.
 */
export declare const accountId: string;
export declare const executionContext: string;
export declare const envType: EnvType;
export declare const version: string;
export declare const processorCount: number;
export declare const queueCount: number;
export declare const country: string;

Object.defineProperties(exports, {
  accountId: { enumerable: true, get: () => account().accountId },
  executionContext: { enumerable: true, get: () => currentExecution().executionContext },
  envType: { enumerable: true, get: () => EnvType.SANDBOX },
  version: { enumerable: true, get: () => '2026.2' },
  processorCount: { enumerable: true, get: () => account().settings.concurrencyLimit },
  queueCount: { enumerable: true, get: () => account().settings.concurrencyLimit },
  country: {
    enumerable: true,
    get: () => {
      throw new NotEmulatedError('runtime.country');
    },
  },
});

type Script = ReturnType<typeof NRuntime.getCurrentScript>;
type User = ReturnType<typeof NRuntime.getCurrentUser>;

/** The running script: ids, log level, remaining units and typed parameter values. */
export function getCurrentScript(): Script {
  const execution = currentExecution();
  return {
    id: execution.scriptId,
    deploymentId: execution.deploymentId,
    logLevel: execution.logLevel,
    percentComplete: 0,
    bundleIds: [],
    getRemainingUsage: () => execution.meter.remaining(),
    getParameter(options: { name: string }) {
      if (!options || options.name === undefined || options.name === null)
        throw nsError('SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: name');
      if (typeof options.name !== 'string')
        throw nsError('WRONG_PARAMETER_TYPE', 'Wrong parameter type: name is expected as string.');
      const value = execution.parameters[options.name];
      // An undeclared parameter reads as null (UNCONFIRMED: NS documents null | undefined as possible returns).
      if (value === undefined || value === null) return null as unknown as string;
      if (value instanceof Date) return new Date(value);
      return Array.isArray(value) ? [...(value as string[])] : (value as string | number | boolean);
    },
  };
}

export function getCurrentUser(): User {
  const execution = currentExecution();
  const user = extrasOf(execution)?.user;
  if (!user) throw new NotEmulatedError('runtime.getCurrentUser() outside a script run by an Account');
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    roleId: user.roleId,
    roleCenter: 'BASIC',
    subsidiary: user.subsidiary,
    department: user.department,
    location: user.location,
    contact: 0,
    getPermission: () => {
      throw new NotEmulatedError('User.getPermission');
    },
    getPreference: () => {
      throw new NotEmulatedError('User.getPreference');
    },
  };
}

export function getCurrentSession(): ReturnType<typeof NRuntime.getCurrentSession> {
  throw new NotEmulatedError('runtime.getCurrentSession');
}

export function isFeatureInEffect(_options: { feature: string }): boolean {
  throw new NotEmulatedError('runtime.isFeatureInEffect');
}
