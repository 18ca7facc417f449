/**
 * Runs bundle modules (src/netsuite/...) directly inside an emulated RESTlet execution, for the interfaces other
 * parts of the bundle call: N/ calls reach the given account, and the units spent are reported.
 */
import type { Account } from '../../emulator/src/account';
import { runTestExecution } from '../../emulator/__tests__/support/execution';

/** Runs `body` as one execution of the customer RESTlet's deployment and reports the units it spent. */
export function inScript<T>(account: Account, body: () => T): { result: T; units: number } {
  const { result, meter } = runTestExecution(account, body, {
    scriptId: 'customscript_pwi_customer_rl',
    deploymentId: 'customdeploy_pwi_customer_rl',
  });
  return { result, units: meter.used() };
}
