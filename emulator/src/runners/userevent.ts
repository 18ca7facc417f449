import type { EventRecord, UserEventType } from '../account-api';
import { NotEmulatedError } from '../errors';
import { currentExecution, hasExecution } from '../execution';
import type { RuntimeAccount } from './account-view';
import { runsFor } from './audience';
import { extrasOf, type ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';
import { definesEntryPoint, execute } from './execute';

/** context.UserEventType: upper-case keys, lower-case values (netsuite-runtime.md §4). */
export const USER_EVENT_TYPES = Object.freeze({
  APPROVE: 'approve',
  CANCEL: 'cancel',
  CHANGEPASSWORD: 'changepassword',
  COPY: 'copy',
  CREATE: 'create',
  DELETE: 'delete',
  DROPSHIP: 'dropship',
  EDIT: 'edit',
  EDITFORECAST: 'editforecast',
  EMAIL: 'email',
  MARKCOMPLETE: 'markcomplete',
  ORDERITEMS: 'orderitems',
  PACK: 'pack',
  PAYBILLS: 'paybills',
  PRINT: 'print',
  QUICKVIEW: 'quickview',
  REASSIGN: 'reassign',
  REJECT: 'reject',
  SHIP: 'ship',
  SPECIALORDER: 'specialorder',
  TRANSFORM: 'transform',
  VIEW: 'view',
  XEDIT: 'xedit',
});

export type SubmitStage = 'beforeSubmit' | 'afterSubmit';

export interface SubmitEvent {
  readonly type: UserEventType;
  readonly newRecord: EventRecord;
  readonly oldRecord: EventRecord | null;
}

/**
 * Runs the user events deployed on a record write, as NetSuite does (NS section_4407992596, section_1512409310):
 * - none when the writer is itself a user event (scripts do not chain user events), or while the account is
 *   being seeded;
 * - only deployed deployments of active scripts whose record type matches, whose execution-context list includes
 *   the writer's context, whose event type (if set) is this one and whose audience holds the writing user
 *   (runsFor: TESTING only for the owner), in deployment order;
 * - each in its own execution with the user event budget (1,000 units) and the writer's execution context;
 * - an error thrown in beforeSubmit aborts the write and reaches the writer; one thrown in afterSubmit reaches
 *   the writer after the record is saved.
 */
export function fireUserEvents(
  account: RuntimeAccount,
  deployments: readonly DeployedDeployment[],
  stage: SubmitStage,
  event: SubmitEvent,
  owner: ScriptUser,
): void {
  const writer = hasExecution() ? currentExecution() : null;
  if (writer === null)
    throw new NotEmulatedError('a record write outside any execution (use the Account ui helpers)');
  if (writer.scriptType === 'USEREVENT') return;
  const context = writer.executionContext;
  const user = extrasOf(writer)?.user ?? owner;
  for (const deployment of deployments) {
    if (!matches(deployment, event, context) || !runsFor(deployment, user, owner)) continue;
    // beforeLoad is an entry point (issue 3), but which reads and writes NetSuite runs it for is not sourced here:
    // refuse the write rather than let it pass as if the entry point did not exist.
    if (
      stage === 'beforeSubmit' &&
      definesEntryPoint(account, deployment.script.def.scriptFile, 'beforeLoad')
    )
      throw new NotEmulatedError(`user event beforeLoad (deployment ${deployment.def.scriptId})`);
    const entryName = stage;
    if (!definesEntryPoint(account, deployment.script.def.scriptFile, entryName)) continue;
    const outcome = execute(
      {
        account,
        deployment,
        entryPoint: stage,
        budget: 'userevent',
        executionContext: context,
        user,
      },
      (scriptExports) => {
        const entry = scriptExports[entryName] as (ctx: unknown) => unknown;
        const value = entry({
          newRecord: event.newRecord,
          oldRecord: event.oldRecord,
          type: event.type,
          UserEventType: USER_EVENT_TYPES,
        });
        if (typeof (value as { then?: unknown } | null)?.then === 'function')
          throw new NotEmulatedError('an async (Promise-returning) user event entry point');
      },
    );
    if (!outcome.ok) throw outcome.error;
  }
}

function matches(deployment: DeployedDeployment, event: SubmitEvent, context: string): boolean {
  const def = deployment.def;
  if (deployment.script.def.type !== 'usereventscript' || deployment.script.def.isInactive) return false;
  if ((def.status !== 'RELEASED' && def.status !== 'TESTING') || !def.isDeployed) return false;
  if (def.recordType !== event.newRecord.type) return false;
  if (def.executionContexts !== null && !def.executionContexts.includes(context)) return false;
  if (def.eventType !== null && def.eventType !== event.type) return false;
  return true;
}
