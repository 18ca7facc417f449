import { nsError } from '../errors';
import type { ScriptUser } from './context';
import type { DeployedDeployment, DeployedScript } from './deployed';
import type { MapReduceSummary } from './mapreduce';
import type { ScheduledSummary } from './scheduled';

export type TaskKind = 'MAP_REDUCE' | 'SCHEDULED_SCRIPT';
export type TaskState = 'PENDING' | 'PROCESSING' | 'COMPLETE' | 'FAILED';

export interface QueuedTask {
  readonly taskId: string;
  readonly kind: TaskKind;
  readonly deployment: DeployedDeployment;
  readonly params: Readonly<Record<string, unknown>>;
  readonly user: ScriptUser;
  status: TaskState;
  stage: string | null;
  summary: MapReduceSummary | ScheduledSummary | null;
}

export interface TaskRun {
  readonly taskId: string;
  readonly scriptId: string;
  readonly deploymentId: string;
  readonly status: TaskState;
  readonly summary: MapReduceSummary | ScheduledSummary;
}

/** What the queue needs of the account. */
export interface TaskHost {
  script(scriptId: string): DeployedScript;
  runScriptDeployment(
    deployment: DeployedDeployment,
    run: {
      params?: Readonly<Record<string, unknown>>;
      taskId: string | null;
      invocation: 'ON_DEMAND' | 'USER_INTERFACE' | 'SCHEDULED';
      user?: ScriptUser;
    },
  ): MapReduceSummary | ScheduledSummary;
}

const SCRIPT_TYPE_OF_TASK: Readonly<Record<TaskKind, string>> = {
  MAP_REDUCE: 'mapreducescript',
  SCHEDULED_SCRIPT: 'scheduledscript',
};

/**
 * Map/reduce and scheduled script tasks submitted through N/task (NS section_453639770507): a task goes to a
 * deployment in status NOTSCHEDULED (the named one, or the first idle one of the script); a deployment holds one
 * unfinished instance at a time, so submitting to one already queued or running fails with
 * FAILED_TO_SUBMIT_JOB_REQUEST_1. Tasks run when the test calls runQueuedTasks().
 */
export class TaskQueue {
  private readonly tasks: QueuedTask[] = [];
  private sequence = 0;

  constructor(private readonly host: TaskHost) {}

  submit(
    kind: TaskKind,
    scriptId: string,
    deploymentId: string | null,
    params: object,
    user: ScriptUser,
  ): string {
    const script = this.host.script(scriptId);
    if (script.def.type !== SCRIPT_TYPE_OF_TASK[kind])
      throw nsError('INVALID_TASK_TYPE', `${scriptId} is a ${script.def.type}, not a ${kind} script.`);
    let deployment: DeployedDeployment | undefined;
    if (deploymentId) {
      deployment = script.deployments.find((d) => d.def.scriptId === deploymentId);
      if (!deployment)
        throw nsError('INVALID_DEPLOYMENT_ID', `No deployment ${deploymentId} on ${scriptId}.`);
      if (deployment.def.status !== 'NOTSCHEDULED')
        throw nsError(
          'FAILED_TO_SUBMIT_JOB_REQUEST_1',
          `Deployment ${deploymentId} is not in status Not Scheduled (${deployment.def.status}).`,
        );
      if (deployment.state !== 'idle')
        throw nsError(
          'FAILED_TO_SUBMIT_JOB_REQUEST_1',
          `Deployment ${deploymentId} is already ${deployment.state}.`,
        );
    } else {
      deployment = script.deployments.find(
        (d) => d.def.status === 'NOTSCHEDULED' && d.def.isDeployed && d.state === 'idle',
      );
      if (!deployment)
        throw nsError(
          'NO_DEPLOYMENTS_AVAILABLE',
          `No idle Not Scheduled deployment of ${scriptId} is available.`,
        );
    }
    this.sequence += 1;
    const prefix = kind === 'MAP_REDUCE' ? 'MAPREDUCETASK' : 'SCHEDSCRIPT';
    const taskId = `${prefix}_${String(this.sequence).padStart(6, '0')}`;
    deployment.state = 'queued';
    this.tasks.push({
      taskId,
      kind,
      deployment,
      params: { ...(params as Record<string, unknown>) },
      user,
      status: 'PENDING',
      stage: null,
      summary: null,
    });
    return taskId;
  }

  find(taskId: string): QueuedTask | undefined {
    return this.tasks.find((t) => t.taskId === taskId);
  }

  pending(): readonly QueuedTask[] {
    return this.tasks.filter((t) => t.status === 'PENDING');
  }

  /** Runs pending tasks in submission order, including tasks those runs submit, until none is left. */
  runAll(): TaskRun[] {
    const runs: TaskRun[] = [];
    for (let next = this.pending()[0]; next !== undefined; next = this.pending()[0]) {
      const task = next;
      task.status = 'PROCESSING';
      task.deployment.state = 'idle';
      const summary = this.host.runScriptDeployment(task.deployment, {
        params: task.params,
        taskId: task.taskId,
        invocation: 'ON_DEMAND',
        user: task.user,
      });
      task.summary = summary;
      task.stage = task.kind === 'MAP_REDUCE' ? 'SUMMARIZE' : null;
      task.status = failed(summary) ? 'FAILED' : 'COMPLETE';
      runs.push({
        taskId: task.taskId,
        scriptId: task.deployment.script.def.scriptId,
        deploymentId: task.deployment.def.scriptId,
        status: task.status,
        summary,
      });
    }
    return runs;
  }
}

/** A scheduled run fails when execute threw; a map/reduce run completes even with failed keys (as NetSuite reports). */
function failed(summary: MapReduceSummary | ScheduledSummary): boolean {
  return summary.kind === 'scheduled' ? summary.outcome === 'error' : false;
}
