/**
 * Runs bundle modules (src/netsuite/...) directly inside an emulated RESTlet execution, for the interfaces other
 * parts of the bundle call: N/ calls reach the given account, and the units spent are reported.
 */
import type { Account } from '../../emulator/src/account';
import { GovernanceMeter } from '../../emulator/src/governance';
import { runInExecution, type Execution, type ExecutionRecord } from '../../emulator/src/execution';

/** Runs `body` as one RESTlet execution of the account and reports the units it spent. */
export function inScript<T>(account: Account, body: () => T): { result: T; units: number } {
  const meter = new GovernanceMeter(5000);
  const record: ExecutionRecord = {
    scriptId: 'customscript_pwi_customer_rl',
    deploymentId: 'customdeploy_pwi_customer_rl',
    scriptType: 'RESTLET',
    entryPoint: 'post',
    budget: 'restlet',
    units: 0,
    durationMs: 0,
    outcome: 'success',
    logs: [],
    startedAt: account.clock.now(),
  };
  const execution: Execution = {
    account,
    scriptId: record.scriptId,
    deploymentId: record.deploymentId,
    scriptType: 'RESTLET',
    executionContext: 'RESTLET',
    meter,
    record,
    parameters: {},
    logLevel: 'DEBUG',
  };
  return { result: runInExecution(execution, body), units: meter.used() };
}
