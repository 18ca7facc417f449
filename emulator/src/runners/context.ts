import type { Execution } from '../execution';

/** Who a script runs as: runtime.getCurrentUser() answers from this. */
export interface ScriptUser {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  /** Internal id of the role. */
  readonly role: number;
  /** Script id of the role, e.g. 'administrator' or 'customrole_pwi_integration'. */
  readonly roleId: string;
  readonly subsidiary: number;
  readonly department: number;
  readonly location: number;
}

/** What N/runtime needs beyond the shared Execution: kept beside it so the core interface stays small. */
export interface ExecutionExtras {
  readonly user: ScriptUser;
  /** Script internal id, deployment internal id (N/runtime reports script ids; these are for the log). */
  readonly scriptInternalId: number;
  readonly deploymentInternalId: number;
  /** Map/reduce and scheduled: task id when the run came from N/task. */
  readonly taskId: string | null;
}

const extras = new WeakMap<Execution, ExecutionExtras>();

export function attachExtras(execution: Execution, value: ExecutionExtras): void {
  extras.set(execution, value);
}

export function extrasOf(execution: Execution): ExecutionExtras | undefined {
  return extras.get(execution);
}
