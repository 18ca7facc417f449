// An EmulatedAccount for the layer tests (the small N/ modules, N/search), holding only what a test fills in.
// A record slot left empty (store, schemas, recordEvents) throws NotEmulatedError as soon as it is read, so a
// test cannot lean on a part of the account it did not set up.
import type { EmulatedAccount } from '../../src/account-api';
import { ManualClock } from '../../src/clock';
import { NotEmulatedError } from '../../src/errors';
import type { ScriptType } from '../../src/execution';

export interface TestAccountOptions {
  readonly accountId?: string;
  /** The clock's start, as an ISO instant. */
  readonly now?: string;
  readonly secrets?: Record<string, string>;
  readonly settings?: Partial<EmulatedAccount['settings']>;
  /** Script types by script id, as scriptTypeOf answers them. */
  readonly scripts?: Record<string, ScriptType>;
  readonly store?: EmulatedAccount['store'];
  readonly schemas?: EmulatedAccount['schemas'];
  readonly customLists?: EmulatedAccount['customLists'];
}

type RecordSlot = 'store' | 'schemas' | 'recordEvents';

export function testAccount(options: TestAccountOptions = {}): EmulatedAccount {
  const scripts = options.scripts ?? {};
  const account: Omit<EmulatedAccount, RecordSlot> = {
    accountId: options.accountId ?? 'TSTDRV1234567',
    clock: new ManualClock(new Date(options.now ?? '2026-03-10T12:00:00Z')),
    customLists: options.customLists ?? new Map(),
    secrets: new Map(Object.entries(options.secrets ?? {})),
    savedSearches: new Map(),
    caches: new Map(),
    sentEmails: [],
    httpRequests: [],
    settings: {
      timeZone: 'Europe/London',
      concurrencyLimit: 5,
      defaultLogLevel: 'DEBUG',
      ...options.settings,
    },
    scriptTypeOf: (scriptId: string) => scripts[scriptId],
  };
  const slots: Record<RecordSlot, unknown> = {
    store: options.store,
    schemas: options.schemas,
    recordEvents: undefined,
  };
  for (const [slot, value] of Object.entries(slots)) {
    Object.defineProperty(account, slot, {
      enumerable: true,
      get: () => {
        if (value === undefined)
          throw new NotEmulatedError(`the test account's ${slot} (this test set none up)`);
        return value;
      },
    });
  }
  return account as EmulatedAccount;
}

/** The error a call throws, for asserting its name and message. */
export function thrown(body: () => unknown): Error {
  try {
    body();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw, and it returned');
}
