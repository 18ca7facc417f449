import type * as NRuntime from 'N/runtime';
import type { EmulatedAccount } from '../src/account-api';
import { NotEmulatedError, nsError } from '../src/errors';
import { currentExecution } from '../src/execution';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';
import { extrasOf } from '../src/runners/context';

/** runtime.ContextType: the values runtime.executionContext takes (strings, as in NetSuite). */
export const ContextType = asDeclaredEnum<typeof NRuntime.ContextType>(
  strictEnum('runtime.ContextType', {
    ACTION: 'ACTION',
    ADVANCEDREVREC: 'ADVANCEDREVREC',
    BANKCONNECTIVITY: 'BANKCONNECTIVITY',
    BANKSTATEMENTPARSER: 'BANKSTATEMENTPARSER',
    BUNDLE_INSTALLATION: 'BUNDLEINSTALLATION',
    CLIENT: 'CLIENT',
    CONSOLRATEADJUSTOR: 'CONSOLRATEADJUSTOR',
    CSV_IMPORT: 'CSVIMPORT',
    CUSTOMGLLINES: 'CUSTOMGLLINES',
    CUSTOM_MASSUPDATE: 'CUSTOMMASSUPDATE',
    DATASETBUILDER: 'DATASETBUILDER',
    DEBUGGER: 'DEBUGGER',
    EMAIL_CAPTURE: 'EMAILCAPTURE',
    FICONNECTIVITY: 'FICONNECTIVITY',
    FIPARSER: 'FIPARSER',
    MAP_REDUCE: 'MAPREDUCE',
    NONE: 'NONE',
    PAYMENTGATEWAY: 'PAYMENTGATEWAY',
    PAYMENTPOSTBACK: 'PAYMENTPOSTBACK',
    PLATFORMEXTENSION: 'PLATFORMEXTENSION',
    PORTLET: 'PORTLET',
    PROMOTIONS: 'PROMOTIONS',
    RESTLET: 'RESTLET',
    REST_WEBSERVICES: 'RESTWEBSERVICES',
    SCHEDULED: 'SCHEDULED',
    SDF_INSTALLATION: 'SDFINSTALLATION',
    SHIPPING_PARTNERS: 'SHIPPINGPARTNERS',
    SUITELET: 'SUITELET',
    TAX_CALCULATION: 'TAXCALCULATION',
    USEREVENT: 'USEREVENT',
    USER_INTERFACE: 'USERINTERFACE',
    WEBAPPLICATION: 'WEBAPPLICATION',
    WEBSERVICES: 'WEBSERVICES',
    WEBSTORE: 'WEBSTORE',
    WORKBOOKBUILDER: 'WORKBOOKBUILDER',
    WORKFLOW: 'WORKFLOW',
  }),
);

/**
 * runtime.EnvType. NetSuite's values are strings ('SANDBOX', 'PRODUCTION', ...); the emulator always reports
 * SANDBOX: it is a test account, never production.
 */
export const EnvType = asDeclaredEnum<typeof NRuntime.EnvType>(
  strictEnum('runtime.EnvType', {
    SANDBOX: 'SANDBOX',
    PRODUCTION: 'PRODUCTION',
    BETA: 'BETA',
    INTERNAL: 'INTERNAL',
  }),
);

/** runtime.Permission levels, as User.getPermission would return them. */
export const Permission = asDeclaredEnum<typeof NRuntime.Permission>(
  Object.freeze({ FULL: 4, EDIT: 3, CREATE: 2, VIEW: 1, NONE: 0 }),
);

function account(): EmulatedAccount {
  return currentExecution().account as EmulatedAccount;
}

/** A property the emulator has no sourced value for: reading it throws, naming it, rather than answer a guess. */
function unsourced(name: string): PropertyDescriptor {
  return {
    enumerable: true,
    get: () => {
      throw new NotEmulatedError(name);
    },
  };
}

/**
 * Module-level properties read the innermost execution at the moment they are read, as NetSuite's do; they are
 * getters so a script that reads runtime.executionContext inside a user event sees the user event's context.
 */
export declare const accountId: typeof NRuntime.accountId;
export declare const executionContext: typeof NRuntime.executionContext;
export declare const envType: typeof NRuntime.envType;
export declare const version: typeof NRuntime.version;
export declare const processorCount: typeof NRuntime.processorCount;
export declare const queueCount: typeof NRuntime.queueCount;
export declare const country: typeof NRuntime.country;

Object.defineProperties(exports, {
  accountId: { enumerable: true, get: () => account().accountId },
  executionContext: { enumerable: true, get: () => currentExecution().executionContext },
  envType: { enumerable: true, get: () => 'SANDBOX' },
  // The release, and the account's SuiteCloud processors (not its RESTlet concurrency limit), are the live
  // account's; the emulator knows neither.
  version: unsourced('runtime.version'),
  processorCount: unsourced('runtime.processorCount'),
  queueCount: unsourced('runtime.queueCount'),
  country: unsourced('runtime.country'),
});

type Script = ReturnType<typeof NRuntime.getCurrentScript>;
type User = ReturnType<typeof NRuntime.getCurrentUser>;

/** The running script: ids, log level, remaining units and typed parameter values. */
export function getCurrentScript(): Script {
  const execution = currentExecution();
  const script: Omit<Script, 'percentComplete'> = {
    id: execution.scriptId,
    deploymentId: execution.deploymentId,
    logLevel: execution.logLevel,
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
  return Object.defineProperties(script, {
    percentComplete: unsourced('Script.percentComplete'),
  }) as Script;
}

export function getCurrentUser(): User {
  const execution = currentExecution();
  const user = extrasOf(execution)?.user;
  if (!user) throw new NotEmulatedError('runtime.getCurrentUser() outside a script run by an Account');
  const answer: Omit<User, 'roleCenter' | 'contact'> = {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    roleId: user.roleId,
    subsidiary: user.subsidiary,
    department: user.department,
    location: user.location,
    getPermission: () => {
      throw new NotEmulatedError('User.getPermission');
    },
    getPreference: () => {
      throw new NotEmulatedError('User.getPreference');
    },
  };
  return Object.defineProperties(answer, {
    roleCenter: unsourced('User.roleCenter'),
    contact: unsourced('User.contact'),
  }) as User;
}

export function getCurrentSession(): ReturnType<typeof NRuntime.getCurrentSession> {
  throw new NotEmulatedError('runtime.getCurrentSession');
}

export function isFeatureInEffect(_options: { feature: NRuntime.NetSuiteFeature }): boolean {
  throw new NotEmulatedError('runtime.isFeatureInEffect');
}
