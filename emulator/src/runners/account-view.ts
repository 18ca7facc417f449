import type { EmulatedAccount } from '../account-api';
import type { ExecutionRecord } from '../execution';
import type { ScriptLoader } from '../loader';

/** What the runners need of the account beyond what N/ modules see. The Account class implements it. */
export interface RuntimeAccount extends EmulatedAccount {
  readonly loader: ScriptLoader;
  /** Appends a finished execution to the account's execution log. */
  recordExecution(record: ExecutionRecord): void;
}
