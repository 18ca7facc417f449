import type { Account } from '../emulator/src/account';
import type { ExecutionRecord } from '../emulator/src/execution';
import { EXCEPTION_RECORD, FLOW, type OrderReply } from './flows';
import { exceptionRecords } from './read-back';
import type { ExceptionFix } from './report';
import { replyObject, type RestletClient, type RestletReply } from './restlet-client';
import type { DayEvent, SkuFixEvent } from './scenario';

export const SKU_MAP_RECORD = 'customrecord_pwi_sku_map';
export const CONFIG_UE = 'customscript_pwi_config_ue';

/** What the MISSING_SKU exception's details name as the closest items to one SKU (src/domain/orders/plan.ts). */
interface Suggestion {
  readonly itemId: string;
  readonly sku: string;
  readonly name: string;
}

export interface WorkedException {
  readonly fix: ExceptionFix;
  readonly retry: { readonly reply: RestletReply; readonly body: OrderReply };
}

/**
 * Works one MISSING_SKU exception as the operations team would: reads the exception NetSuite holds for the order,
 * adds the SKU map record it suggests (in the UI, so the configuration user event fires on it), then has
 * Patchworks retry the order with the payload it delivered before. Throws when the exception or its suggestion is
 * not there, which the demo reports as a gap.
 */
export async function workMissingSku(
  account: Account,
  client: RestletClient,
  orderDeploy: string,
  fix: SkuFixEvent,
  delivered: DayEvent,
): Promise<WorkedException> {
  const reference = `${fix.channel} ${fix.orderName}`;
  const open = exceptionRecords(account).find((e) => e.reference === reference && e.status !== 'Resolved');
  if (!open) throw new Error(`no open exception for ${reference} to work`);
  const exception = account.ui.loadRecord(EXCEPTION_RECORD, open.recordId);
  const suggestion = closestItem(String(exception.fields['custrecord_pwi_ex_details'] ?? '{}'), fix.sku);
  if (!suggestion) throw new Error(`exception ${open.recordId} suggests no item for ${fix.sku}`);

  const userEventRunsBefore = configUserEventRuns(account).length;
  const skuMapId = account.ui.createRecord(SKU_MAP_RECORD, {
    fields: {
      name: `${fix.channel} ${fix.sku}`,
      custrecord_pwi_sm_channel: exception.fields['custrecord_pwi_ex_channel'],
      custrecord_pwi_sm_sku: fix.sku,
      custrecord_pwi_sm_item: suggestion.itemId,
    },
  });
  const userEventRuns = configUserEventRuns(account).slice(userEventRunsBefore);

  const reply = await client.call('POST', FLOW.order, orderDeploy, {
    body: { channel: delivered.order.channel, order: delivered.order.payload },
  });
  const body = replyObject(reply) as OrderReply;
  const after = exceptionRecords(account).find((e) => e.recordId === open.recordId);
  return {
    fix: {
      at: fix.at,
      who: fix.who,
      reference,
      exceptionId: open.recordId,
      sku: fix.sku,
      itemSku: suggestion.sku,
      itemName: suggestion.name,
      skuMapId: String(skuMapId),
      userEventRuns: userEventRuns.length,
      staleChannels: staleChannels(userEventRuns),
      retryAt: fix.retryAt,
      retryHttpStatus: reply.status,
      retryStatus: body.status ?? `error ${reply.status}`,
      exceptionStatus: after?.status ?? 'gone',
    },
    retry: { reply, body },
  };
}

/** The first (closest) item the exception's details suggest for `sku`, or null. */
function closestItem(detailsJson: string, sku: string): Suggestion | null {
  let details: unknown;
  try {
    details = JSON.parse(detailsJson);
  } catch {
    return null;
  }
  const missing = (details as { missing?: unknown }).missing;
  if (!Array.isArray(missing)) return null;
  const entry = (missing as { sku?: unknown; suggestions?: unknown }[]).find((m) => m.sku === sku);
  const first: unknown = Array.isArray(entry?.suggestions) ? entry.suggestions[0] : undefined;
  if (typeof first !== 'object' || first === null) return null;
  const { itemId, sku: itemSku, name } = first as Record<string, unknown>;
  if (itemId === undefined || typeof itemSku !== 'string') return null;
  return { itemId: String(itemId), sku: itemSku, name: typeof name === 'string' ? name : itemSku };
}

function configUserEventRuns(account: Account): readonly ExecutionRecord[] {
  return account.executions().filter((e) => e.scriptId === CONFIG_UE);
}

/** The channel codes the user event's audit lines say it marked stale (src/entrypoints/userevents/config_ue.ts). */
function staleChannels(runs: readonly ExecutionRecord[]): string[] {
  const codes = new Set<string>();
  for (const line of runs.flatMap((run) => run.logs)) {
    if (line.title !== 'Channel configuration cache invalidated') continue;
    try {
      const logged = (JSON.parse(line.details) as { codes?: unknown }).codes;
      if (Array.isArray(logged)) for (const code of logged) codes.add(String(code));
    } catch {
      // Not the JSON the user event writes: names no channel.
    }
  }
  return [...codes].sort();
}
