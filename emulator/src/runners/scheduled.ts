import { NotEmulatedError } from '../errors';
import { DeployError } from '../sdf/project-model';
import type { RuntimeAccount } from './account-view';
import type { ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';
import { execute } from './execute';

/** scheduledContext.InvocationType values (strings at run time). */
export const INVOCATION_TYPES = Object.freeze({
  SCHEDULED: 'SCHEDULED',
  ON_DEMAND: 'ON_DEMAND',
  USER_INTERFACE: 'USER_INTERFACE',
  ABORTED: 'ABORTED',
  SKIPPED: 'SKIPPED',
});

export interface ScheduledSummary {
  readonly kind: 'scheduled';
  readonly scriptId: string;
  readonly deploymentId: string;
  readonly taskId: string | null;
  readonly outcome: 'success' | 'error';
  readonly error: { name: string; message: string } | null;
  readonly usage: number;
  readonly durationMs: number;
}

/**
 * Runs a scheduled script's execute entry point once, with the scheduled budget (10,000 units) and context.type
 * telling how it was started: ON_DEMAND from N/task, USER_INTERFACE from "Save and Execute" (runDeployment).
 */
export function runScheduled(
  account: RuntimeAccount,
  deployment: DeployedDeployment,
  options: {
    user: ScriptUser;
    params?: Readonly<Record<string, unknown>>;
    taskId: string | null;
    type: 'ON_DEMAND' | 'USER_INTERFACE' | 'SCHEDULED';
  },
): ScheduledSummary {
  const outcome = execute(
    {
      account,
      deployment,
      entryPoint: 'execute',
      budget: 'scheduled',
      executionContext: 'SCHEDULED',
      user: options.user,
      parameterOverrides: options.params,
      taskId: options.taskId,
    },
    (scriptExports) => {
      const entry = scriptExports['execute'];
      if (typeof entry !== 'function')
        throw new DeployError(
          deployment.script.def.scriptFile,
          'a scheduled script needs an execute entry point',
        );
      const value = (entry as (ctx: unknown) => unknown)({
        type: options.type,
        InvocationType: INVOCATION_TYPES,
      });
      if (typeof (value as { then?: unknown } | null)?.then === 'function')
        throw new NotEmulatedError('an async scheduled execute');
    },
  );
  if (!outcome.ok && (outcome.error instanceof NotEmulatedError || outcome.error instanceof DeployError))
    throw outcome.error;
  return {
    kind: 'scheduled',
    scriptId: deployment.script.def.scriptId,
    deploymentId: deployment.def.scriptId,
    taskId: options.taskId,
    outcome: outcome.record.outcome,
    error: outcome.record.error ?? null,
    usage: outcome.record.units,
    durationMs: outcome.record.durationMs,
  };
}
