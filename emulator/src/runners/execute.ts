import { performance } from 'node:perf_hooks';
import { SuiteScriptError, nsError } from '../errors';
import { runInExecution, type Execution, type ExecutionRecord, type ScriptType } from '../execution';
import { GovernanceMeter, USAGE_LIMITS, type UsageBudget } from '../governance';
import type { RuntimeAccount } from './account-view';
import { attachExtras, type ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';
import { typedParameters } from './parameters';

const SCRIPT_TYPES = {
  restlet: 'RESTLET',
  usereventscript: 'USEREVENT',
  mapreducescript: 'MAPREDUCE',
  scheduledscript: 'SCHEDULED',
  suitelet: 'SUITELET',
} as const satisfies Record<string, ScriptType>;

export interface ExecutionRequest {
  readonly account: RuntimeAccount;
  readonly deployment: DeployedDeployment;
  /** Entry point or map/reduce stage, as the execution log shows it. */
  readonly entryPoint: string;
  readonly budget: UsageBudget;
  /** runtime.executionContext inside the script. */
  readonly executionContext: string;
  readonly user: ScriptUser;
  /** Values a submitted task passed in `params`, over the deployment's own. */
  readonly parameterOverrides?: Readonly<Record<string, unknown>>;
  readonly taskId?: string | null;
}

export type ExecutionOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly record: ExecutionRecord; readonly execution: Execution }
  | {
      readonly ok: false;
      readonly error: unknown;
      readonly record: ExecutionRecord;
      readonly execution: Execution;
    };

/**
 * Runs one script execution: loads the entry file in a fresh module registry, gives the script its own
 * governance meter and log, runs `body` with the module's exports, and records the outcome in the account's
 * execution log. An uncaught error ends the execution and is noted in its log as NetSuite notes it.
 */
export function execute<T>(
  request: ExecutionRequest,
  body: (scriptExports: Record<string, unknown>) => T,
): ExecutionOutcome<T> {
  const { account, deployment } = request;
  const script = deployment.script;
  const scriptType = SCRIPT_TYPES[script.def.type];
  const meter = new GovernanceMeter(USAGE_LIMITS[request.budget]);
  const record: ExecutionRecord = {
    scriptId: script.def.scriptId,
    deploymentId: deployment.def.scriptId,
    scriptType,
    entryPoint: request.entryPoint,
    budget: request.budget,
    units: 0,
    durationMs: 0,
    outcome: 'success',
    logs: [],
    startedAt: account.clock.now(),
  };
  const execution: Execution = {
    account,
    scriptId: script.def.scriptId,
    deploymentId: deployment.def.scriptId,
    scriptType,
    executionContext: request.executionContext,
    meter,
    record,
    parameters: typedParameters(account, script, deployment, request.parameterOverrides),
    logLevel: deployment.def.logLevel ?? account.settings.defaultLogLevel,
  };
  attachExtras(execution, {
    user: request.user,
    scriptInternalId: script.internalId,
    deploymentInternalId: deployment.internalId,
    taskId: request.taskId ?? null,
  });
  const started = performance.now();
  try {
    const scriptExports = loadScript(account, script.def.scriptFile);
    const value = runInExecution(execution, () => body(scriptExports));
    return { ok: true, value, record, execution };
  } catch (error) {
    record.outcome = 'error';
    record.error = errorSummary(error);
    record.logs.push({
      level: 'ERROR',
      title: record.error.name,
      details: record.error.message,
      at: account.clock.now(),
    });
    return { ok: false, error, record, execution };
  } finally {
    record.units = meter.used();
    record.charges = [...meter.charges];
    record.durationMs = performance.now() - started;
    account.recordExecution(record);
  }
}

export function errorSummary(error: unknown): { name: string; message: string } {
  if (error instanceof SuiteScriptError) return { name: error.name, message: error.message };
  if (error instanceof Error) return { name: error.name || 'Error', message: error.message };
  return { name: 'UNEXPECTED_ERROR', message: String(error) };
}

/**
 * While modules are being defined, N/ APIs are unavailable (SUITESCRIPT_API_UNAVAILABLE_IN_DEFINE, sdf-format.md
 * §6.2): a script that calls one at module top level fails in NetSuite, so it fails here too. The guard stands on
 * the execution stack in place of an execution and refuses every use.
 */
const DEFINE_GUARD = new Proxy(
  {},
  {
    get(_target, property) {
      throw nsError(
        'SUITESCRIPT_API_UNAVAILABLE_IN_DEFINE',
        `SuiteScript APIs cannot be used while a module is being defined (${String(property)}); call them from an entry point.`,
      );
    },
  },
) as Execution;

/** Loads a script's entry module (fresh registry) with N/ APIs refused during define. */
export function loadScript(account: RuntimeAccount, fileCabinetPath: string): Record<string, unknown> {
  return runInExecution(DEFINE_GUARD, () => account.loader.load(fileCabinetPath));
}

/**
 * Whether a script defines an entry point, to decide before running anything (RESTlet 405, user events without
 * this stage). A module that fails to load counts as defining it, so the execution runs and records the failure.
 */
export function definesEntryPoint(account: RuntimeAccount, fileCabinetPath: string, name: string): boolean {
  try {
    return typeof loadScript(account, fileCabinetPath)[name] === 'function';
  } catch {
    return true;
  }
}
