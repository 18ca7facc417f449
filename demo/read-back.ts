import type { Account } from '../emulator/src/account';
import { EXCEPTION_RECORD, type OrderReply } from './flows';
import type {
  ChannelTotals,
  ExceptionOutcome,
  FlowGovernance,
  Money,
  OrderOutcome,
  StockMove,
} from './report';
import type { DayEvent } from './scenario';

/** Reading back what NetSuite holds after the day: records, exceptions, totals and governance. */

/** A NetSuite currency value (a number, or its text) in minor units; null when there is none. */
export function minorOf(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** What NetSuite holds for one delivered order, read back from the record, with the tie to Shopify. */
export function readBack(
  account: Account,
  event: DayEvent,
  httpStatus: number,
  reply: OrderReply,
): OrderOutcome {
  const { order } = event;
  const money = (minor: number): Money => ({ minor, currency: order.currency });
  const base = {
    channel: order.channel,
    name: order.name,
    shopifyOrderId: order.shopifyOrderId,
    status: reply.status ?? (httpStatus === 200 ? 'unknown' : `error ${httpStatus}`),
    httpStatus,
    shopifyTotal: money(order.figures.totalMinor),
    shopifyTax: money(order.figures.taxMinor),
    fulfilmentId: null,
    note: event.intent.join(', '),
  };
  if (
    reply.id === undefined ||
    reply.id === null ||
    reply.recordType === undefined ||
    reply.recordType === null ||
    reply.status === 'exception'
  )
    return {
      ...base,
      recordType: null,
      recordId: null,
      tranid: null,
      netsuiteTotal: null,
      netsuiteTax: null,
      tied: null,
    };
  const record = account.ui.loadRecord(reply.recordType, String(reply.id));
  const total = minorOf(record.fields['total']);
  const tax = minorOf(record.fields['taxtotal']) ?? 0;
  return {
    ...base,
    recordType: reply.recordType,
    recordId: String(reply.id),
    tranid: reply.tranid ?? (typeof record.fields['tranid'] === 'string' ? record.fields['tranid'] : null),
    netsuiteTotal: total === null ? null : money(total),
    netsuiteTax: money(tax),
    tied: total === order.figures.totalMinor && tax === order.figures.taxMinor,
  };
}

/** The exception records NetSuite now holds (customrecord_pwi_exception), as an operations user would list them. */
export function exceptionRecords(account: Account): ExceptionOutcome[] {
  const listText = (listId: string, id: unknown): string =>
    account.customLists.get(listId)?.find((value) => value.id === String(id))?.value ?? String(id ?? '');
  return account.ui.findRecords(EXCEPTION_RECORD).map((record) => {
    const f = record.fields;
    let reference = String(f['custrecord_pwi_ex_source'] ?? '');
    try {
      const details = JSON.parse(String(f['custrecord_pwi_ex_details'] ?? '{}')) as Record<string, unknown>;
      if (typeof details['channel'] === 'string' && typeof details['orderName'] === 'string')
        reference = `${details['channel']} ${details['orderName']}`;
    } catch {
      // Details are free text for some categories; the source id is reference enough.
    }
    return {
      category: listText('customlist_pwi_exception_category', f['custrecord_pwi_ex_category']),
      status: listText('customlist_pwi_exception_status', f['custrecord_pwi_ex_status']),
      message: String(f['custrecord_pwi_ex_message'] ?? ''),
      suggestedFix: String(f['custrecord_pwi_ex_fix'] ?? ''),
      reference,
      recordId: String(record.id),
    };
  });
}

/** Per-channel sums of the posted orders: tied when every order ties and the sums agree. */
export function channelTotals(orders: readonly OrderOutcome[]): ChannelTotals[] {
  const byChannel = new Map<string, OrderOutcome[]>();
  for (const order of orders)
    if (order.recordId !== null)
      byChannel.set(order.channel, [...(byChannel.get(order.channel) ?? []), order]);
  return [...byChannel.entries()].map(([channel, posted]) => {
    const currency = posted[0]?.shopifyTotal.currency ?? '';
    const shopify = posted.reduce((sum, o) => sum + o.shopifyTotal.minor, 0);
    const netsuite = posted.reduce((sum, o) => sum + (o.netsuiteTotal?.minor ?? 0), 0);
    return {
      channel,
      currency,
      ordersPosted: posted.length,
      shopifyTotal: { minor: shopify, currency },
      netsuiteTotal: { minor: netsuite, currency },
      tied: shopify === netsuite && posted.every((o) => o.tied === true),
    };
  });
}

/** Units per script and deployment, from the execution log. */
export function governance(account: Account): FlowGovernance[] {
  const byFlow = new Map<string, FlowGovernance>();
  for (const run of account.executions()) {
    const flow = `${run.scriptId} / ${run.deploymentId}`;
    const seen = byFlow.get(flow);
    byFlow.set(flow, {
      flow,
      scriptType: run.scriptType,
      executions: (seen?.executions ?? 0) + 1,
      units: (seen?.units ?? 0) + run.units,
      maxUnits: Math.max(seen?.maxUnits ?? 0, run.units),
      errors: (seen?.errors ?? 0) + (run.outcome === 'error' ? 1 : 0),
      totalMs: Math.round((seen?.totalMs ?? 0) + run.durationMs),
    });
  }
  return [...byFlow.values()];
}

/** On-hand quantity of every inventory item at every location, keyed "sku\u0000location name". */
export type StockSnapshot = ReadonlyMap<string, number>;

export function stockSnapshot(account: Account): StockSnapshot {
  const locationNames = new Map(
    account.ui.findRecords('location').map((l) => [String(l.id), String(l.fields['name'] ?? l.id)]),
  );
  const snapshot = new Map<string, number>();
  for (const item of account.ui.findRecords('inventoryitem')) {
    for (const line of item.sublists['locations'] ?? []) {
      const location = locationNames.get(String(line['location'])) ?? String(line['location']);
      snapshot.set(`${String(item.fields['itemid'])}\u0000${location}`, Number(line['quantityonhand'] ?? 0));
    }
  }
  return snapshot;
}

/** The quantities that changed between two snapshots, by SKU then location. */
export function stockMoves(before: StockSnapshot, after: StockSnapshot): StockMove[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .filter((key) => (before.get(key) ?? 0) !== (after.get(key) ?? 0))
    .sort()
    .map((key) => {
      const [sku = '', location = ''] = key.split('\u0000');
      return { sku, location, before: before.get(key) ?? 0, after: after.get(key) ?? 0 };
    });
}
