import { NotEmulatedError } from './errors';
import type { Charge, GovernanceMeter, UsageBudget } from './governance';

/** NetSuite's script types, as N/runtime names them in ScriptType. */
export type ScriptType = 'RESTLET' | 'USEREVENT' | 'MAPREDUCE' | 'SCHEDULED' | 'SUITELET';

export type LogLevel = 'DEBUG' | 'AUDIT' | 'ERROR' | 'EMERGENCY';

export interface LogLine {
  readonly level: LogLevel;
  readonly title: string;
  readonly details: string;
  readonly at: Date;
}

/** The outcome of one execution, as the execution log keeps it. */
export interface ExecutionRecord {
  readonly scriptId: string;
  readonly deploymentId: string;
  readonly scriptType: ScriptType;
  /** Entry point or map/reduce stage, e.g. 'post', 'afterSubmit', 'map'. */
  readonly entryPoint: string;
  readonly budget: UsageBudget;
  units: number;
  durationMs: number;
  outcome: 'success' | 'error';
  error?: { name: string; message: string };
  readonly logs: LogLine[];
  readonly startedAt: Date;
  /** What the units were spent on, call by call (set when the execution ends), so flows can be costed and cut. */
  charges?: readonly Charge[];
}

/**
 * What one running script can see: its account, its deployment, its governance meter and its log. N/ modules
 * read the innermost execution; user events fired by a script's writes push their own execution on top.
 */
export interface Execution<AccountT = unknown> {
  readonly account: AccountT;
  readonly scriptId: string;
  readonly deploymentId: string;
  readonly scriptType: ScriptType;
  /** runtime.executionContext: 'RESTLET', 'USERINTERFACE', 'MAPREDUCE', ... */
  readonly executionContext: string;
  readonly meter: GovernanceMeter;
  readonly record: ExecutionRecord;
  /** Script parameter values for this deployment, by custscript_ id. */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly logLevel: LogLevel;
}

const stack: Execution[] = [];

export function currentExecution(): Execution {
  const top = stack[stack.length - 1];
  if (!top)
    throw new NotEmulatedError('an N/ module call outside a script execution (start one through an Account)');
  return top;
}

export function hasExecution(): boolean {
  return stack.length > 0;
}

/** Runs `body` as the given execution; nested executions (user events) restore the outer one afterwards. */
export function runInExecution<T>(execution: Execution, body: () => T): T {
  stack.push(execution);
  try {
    return body();
  } finally {
    stack.pop();
  }
}
