/**
 * Calls a deployed RESTlet's built entry point on the emulator and hands back what it returned, before restlet.nl
 * serialises it: the only way to tell a returned string from an object the emulator turned into JSON.
 */
import type { Account } from '../../emulator/src/account';
import { execute } from '../../emulator/src/runners/execute';

export interface EntryPointCall {
  readonly script: string;
  readonly deploy: string;
  readonly entryPoint: 'get' | 'post' | 'put' | 'delete';
  /** The argument as the RESTlet runner would pass it: the string for text/plain, the parsed object for JSON. */
  readonly argument: unknown;
}

export function entryPointReturn(account: Account, call: EntryPointCall): unknown {
  const deployment = account.resolveDeployment(call.script, call.deploy);
  if (!deployment) throw new Error(`no deployment ${call.deploy} of ${call.script}`);
  const outcome = execute(
    {
      account,
      deployment,
      entryPoint: call.entryPoint,
      budget: 'restlet',
      executionContext: 'RESTLET',
      user: account.administrator,
    },
    (scriptExports) => (scriptExports[call.entryPoint] as (argument: unknown) => unknown)(call.argument),
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
