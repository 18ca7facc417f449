import type * as NTask from 'N/task';
import type { EmulatedAccount } from '../src/account-api';
import { NotEmulatedError, nsError } from '../src/errors';
import { currentExecution } from '../src/execution';
import { API_COSTS } from '../src/governance';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';
import { extrasOf } from '../src/runners/context';
import type { TaskKind, TaskQueue } from '../src/runners/tasks';

export const TaskType = asDeclaredEnum<typeof NTask.TaskType>(
  strictEnum('task.TaskType', {
    SCHEDULED_SCRIPT: 'SCHEDULED_SCRIPT',
    MAP_REDUCE: 'MAP_REDUCE',
    CSV_IMPORT: 'CSV_IMPORT',
    ENTITY_DEDUPLICATION: 'ENTITY_DEDUPLICATION',
    WORKFLOW_TRIGGER: 'WORKFLOW_TRIGGER',
    SEARCH: 'SEARCH',
    RECORD_ACTION: 'RECORD_ACTION',
    SUITE_QL: 'SUITE_QL',
    QUERY: 'QUERY',
    DOCUMENT_CAPTURE: 'DOCUMENT_CAPTURE',
  }),
);

export const TaskStatus = asDeclaredEnum<typeof NTask.TaskStatus>(
  strictEnum('task.TaskStatus', {
    PENDING: 'PENDING',
    PROCESSING: 'PROCESSING',
    COMPLETE: 'COMPLETE',
    FAILED: 'FAILED',
  }),
);

export const MapReduceStage = asDeclaredEnum<typeof NTask.MapReduceStage>(
  strictEnum('task.MapReduceStage', {
    GET_INPUT: 'GET_INPUT',
    MAP: 'MAP',
    SHUFFLE: 'SHUFFLE',
    REDUCE: 'REDUCE',
    SUMMARIZE: 'SUMMARIZE',
  }),
);

/** Enums of task types the emulator does not run: any member read throws NotEmulatedError. */
export const DedupeEntityType = asDeclaredEnum<typeof NTask.DedupeEntityType>(
  strictEnum('task.DedupeEntityType', {}),
);
export const DedupeMode = asDeclaredEnum<typeof NTask.DedupeMode>(strictEnum('task.DedupeMode', {}));
export const ActionCondition = asDeclaredEnum<typeof NTask.ActionCondition>(
  strictEnum('task.ActionCondition', {}),
);
export const MasterSelectionMode = asDeclaredEnum<typeof NTask.MasterSelectionMode>(
  strictEnum('task.MasterSelectionMode', {}),
);

/** task.submit costs 20 units for map/reduce and scheduled script tasks (netsuite-runtime.md §1.1). */
export const SUBMIT_UNITS = API_COSTS['task.submit'];

function queue(): TaskQueue {
  const account = currentExecution().account as EmulatedAccount & { tasks?: TaskQueue };
  if (!account.tasks) throw new NotEmulatedError('N/task in an account without a task queue');
  return account.tasks;
}

interface ScriptTaskOptions {
  taskType: string;
  scriptId?: string;
  deploymentId?: string;
  params?: Record<string, unknown>;
}

/** A map/reduce or scheduled script task; the fields may be changed until submit(). */
class ScriptTask {
  scriptId: string;
  deploymentId: string;
  params: Record<string, unknown>;

  constructor(
    readonly taskType: TaskKind,
    options: ScriptTaskOptions,
  ) {
    this.scriptId = options.scriptId ?? '';
    this.deploymentId = options.deploymentId ?? '';
    this.params = { ...(options.params ?? {}) };
  }

  submit(): string {
    if (!this.scriptId) throw nsError('SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: scriptId');
    const execution = currentExecution();
    execution.meter.charge('task.submit', SUBMIT_UNITS);
    const user = extrasOf(execution)?.user;
    if (!user) throw new NotEmulatedError('task submission outside a script run by an Account');
    return queue().submit(this.taskType, this.scriptId, this.deploymentId || null, this.params, user);
  }

  toString(): string {
    return `${this.taskType === 'MAP_REDUCE' ? 'MapReduceScriptTask' : 'ScheduledScriptTask'}`;
  }
}

/** task.create for MAP_REDUCE and SCHEDULED_SCRIPT tasks; other task types are not emulated. */
export const create = ((options: ScriptTaskOptions): ScriptTask => {
  if (!options || !options.taskType)
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: taskType');
  if (options.taskType !== 'MAP_REDUCE' && options.taskType !== 'SCHEDULED_SCRIPT')
    throw new NotEmulatedError(`task type ${options.taskType}`);
  return new ScriptTask(options.taskType, options);
}) as unknown as typeof NTask.create;

/** The status of a submitted task: PENDING until runQueuedTasks runs it, then COMPLETE or FAILED. */
export const checkStatus = ((options: { taskId: string }) =>
  statusOf(options)) as unknown as typeof NTask.checkStatus;

function statusOf(options: { taskId: string }): Record<string, unknown> {
  if (!options || !options.taskId)
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: taskId');
  const task = queue().find(options.taskId);
  if (!task) throw nsError('INVALID_TASK_ID', `No task ${options.taskId}.`);
  const base = {
    taskId: task.taskId,
    scriptId: task.deployment.script.def.scriptId,
    deploymentId: task.deployment.def.scriptId,
    status: task.status,
    toString: () => `${task.kind} ${task.taskId} ${task.status}`,
  };
  if (task.kind !== 'MAP_REDUCE') return base;
  const summary = task.summary?.kind === 'mapreduce' ? task.summary : null;
  // The emulator runs a task whole, so its counts exist only once it has run (then nothing is pending); before
  // that NetSuite's figures depend on a getInput stage that has not happened, and inventing 0 would hide it.
  const counted = (name: string, count: (ran: NonNullable<typeof summary>) => number) => (): number => {
    if (!summary) throw new NotEmulatedError(`MapReduceScriptTaskStatus.${name} before the task ran`);
    return count(summary);
  };
  const keysOf = (ran: NonNullable<typeof summary>, stage: string) =>
    ran.stages.find((one) => one.stage === stage)?.keys.length ?? 0;
  return {
    ...base,
    stage: task.stage,
    getPercentageCompleted: () => (task.status === 'COMPLETE' ? 100 : 0),
    getTotalMapCount: counted('getTotalMapCount', (ran) => keysOf(ran, 'map')),
    getTotalReduceCount: counted('getTotalReduceCount', (ran) => keysOf(ran, 'reduce')),
    getTotalOutputCount: counted('getTotalOutputCount', (ran) => ran.output.length),
    getPendingMapCount: counted('getPendingMapCount', () => 0),
    getPendingReduceCount: counted('getPendingReduceCount', () => 0),
    getPendingOutputCount: counted('getPendingOutputCount', () => 0),
    getCurrentTotalSize: () => {
      throw new NotEmulatedError('MapReduceScriptTaskStatus size figures');
    },
    getPendingMapSize: () => {
      throw new NotEmulatedError('MapReduceScriptTaskStatus size figures');
    },
    getPendingReduceSize: () => {
      throw new NotEmulatedError('MapReduceScriptTaskStatus size figures');
    },
    getPendingOutputSize: () => {
      throw new NotEmulatedError('MapReduceScriptTaskStatus size figures');
    },
  };
}
