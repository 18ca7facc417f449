/**
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */

import * as log from 'N/log';
import type { EntryPoints } from 'N/types';
import { invalidateAfterWrite } from '../../netsuite/config/invalidation';

/** The writes that can change a configuration; others (view, print, approve…) leave it as it was. */
const CHANGING_EVENTS: readonly string[] = ['create', 'edit', 'xedit', 'delete'];

/**
 * After a channel, tax map, SKU map, bundle map or route rule record is written: marks the affected channels'
 * cached configuration stale, so the next order reads the change (the cache itself never expires).
 */
export function afterSubmit(context: EntryPoints.UserEvent.afterSubmitContext): void {
  if (!CHANGING_EVENTS.includes(String(context.type))) return;
  const outcome = invalidateAfterWrite(context.newRecord.type, [context.oldRecord, context.newRecord]);
  log.audit({
    title: 'Channel configuration cache invalidated',
    details: JSON.stringify({
      recordType: context.newRecord.type,
      id: context.newRecord.id,
      event: context.type,
      ...outcome,
    }),
  });
}
