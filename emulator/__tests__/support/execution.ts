// One script execution for the layer tests (records, search, the small N/ modules): the execution record and
// the governance meter a deployed script would get, without deploying a script. The runtime's own executions
// are built by src/runners/execute.ts; these tests only need N/ calls to find an account and a meter.
import { runInExecution, type Execution, type ExecutionRecord, type ScriptType } from '../../src/execution';
import { GovernanceMeter, USAGE_LIMITS, type UsageBudget } from '../../src/governance';
import { attachExtras, type ExecutionExtras } from '../../src/runners/context';

export interface TestExecutionOptions {
  readonly scriptId?: string;
  readonly deploymentId?: string;
  readonly scriptType?: ScriptType;
  readonly entryPoint?: string;
  readonly budget?: UsageBudget;
  /** Units the meter allows, when not the budget's own (Infinity to set up data without counting). */
  readonly limit?: number;
  /** What N/runtime reports beyond the execution (the user and role), for code that reads them. */
  readonly extras?: ExecutionExtras;
}

/** Runs `body` as one execution in `account` (a RESTlet's POST unless told otherwise); returns its meter too. */
export function runTestExecution<T>(
  account: { readonly clock: { now(): Date } },
  body: () => T,
  options: TestExecutionOptions = {},
): { result: T; meter: GovernanceMeter } {
  const budget = options.budget ?? 'restlet';
  const meter = new GovernanceMeter(options.limit ?? USAGE_LIMITS[budget]);
  const scriptType = options.scriptType ?? 'RESTLET';
  const record: ExecutionRecord = {
    scriptId: options.scriptId ?? 'customscript_test',
    deploymentId: options.deploymentId ?? 'customdeploy_test',
    scriptType,
    entryPoint: options.entryPoint ?? 'post',
    budget,
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
    scriptType,
    executionContext: scriptType,
    meter,
    record,
    parameters: {},
    logLevel: 'DEBUG',
  };
  if (options.extras) attachExtras(execution, options.extras);
  return { result: runInExecution(execution, body), meter };
}
