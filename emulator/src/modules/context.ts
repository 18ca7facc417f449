import type { EmulatedAccount } from '../account-api';
import { currentExecution, type Execution } from '../execution';
import { API_COSTS, type ApiName } from '../governance';

/** The account the running script belongs to, as the N/ modules see it. */
export function currentAccount(): EmulatedAccount {
  return currentExecution().account as EmulatedAccount;
}

export function current(): Execution {
  return currentExecution();
}

/**
 * Charges one API call against the running script's budget before the call does anything, so a call that runs
 * out of units has no effect (NetSuite stops the script with SSS_USAGE_LIMIT_EXCEEDED at the call).
 * `what` names the call in the execution's charge list; `api` says which documented price applies.
 */
export function chargeApi(what: string, api: ApiName): void {
  currentExecution().meter.charge(what, API_COSTS[api]);
}
