// A minimal account for the small N/ modules' tests: the slots those modules use, and nothing else.
import type { Clock, EmulatedAccount, HttpRequestRecord, SentEmail } from '../../src/account-api';
import { NotEmulatedError } from '../../src/errors';
import type { ScriptType } from '../../src/execution';
import type { GovernanceMeter } from '../../src/governance';
import { runTestExecution, type TestExecutionOptions } from '../support/execution';

export class TestClock implements Clock {
  private ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export interface FixtureOptions {
  accountId?: string;
  secrets?: Record<string, string>;
  settings?: Partial<EmulatedAccount['settings']>;
  scripts?: Record<string, ScriptType>;
  now?: string;
}

function absent(slot: string): never {
  throw new NotEmulatedError(`the test fixture's ${slot} (the small N/ modules never use it)`);
}

export function fixtureAccount(options: FixtureOptions = {}): EmulatedAccount {
  const scripts = options.scripts ?? {};
  return {
    accountId: options.accountId ?? 'TSTDRV1234567',
    clock: new TestClock(options.now ?? '2026-03-10T12:00:00Z'),
    get store(): never {
      return absent('store');
    },
    get schemas(): never {
      return absent('schemas');
    },
    get recordEvents(): never {
      return absent('recordEvents');
    },
    customLists: new Map(),
    secrets: new Map(Object.entries(options.secrets ?? {})),
    savedSearches: new Map(),
    caches: new Map(),
    sentEmails: [] as SentEmail[],
    httpRequests: [] as HttpRequestRecord[],
    settings: {
      timeZone: 'Europe/London',
      concurrencyLimit: 5,
      defaultLogLevel: 'DEBUG',
      ...options.settings,
    },
    scriptTypeOf: (scriptId: string) => scripts[scriptId],
  };
}

export type RunOptions = Omit<TestExecutionOptions, 'limit'>;

/** Runs `body` as one script execution in `account`; returns its result and the meter it charged. */
export function runAs<T>(
  account: EmulatedAccount,
  body: () => T,
  options: RunOptions = {},
): { result: T; meter: GovernanceMeter } {
  return runTestExecution(account, body, options);
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
