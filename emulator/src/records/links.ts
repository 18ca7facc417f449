import type { EmulatedAccount } from '../account-api';
import { nsError } from '../errors';
import { fromMinor, minorOf } from './decimal';
import { isFulfillable, linesOf, num, str, type RecordState } from './state';
import type { StoredRecord, SublistLine } from './types';

/**
 * Quantities a transaction writes back onto the lines of the transaction it was created from: a fulfilment
 * raises the order's quantityfulfilled, an invoice or cash sale its quantitybilled, and so on. Each child line
 * names its source line through orderline (the source line's `line` id).
 */
interface LineLink {
  readonly parentType: string;
  readonly parentField: string;
  /** Whether the child line counts toward the parent quantity. */
  readonly counts: (child: RecordState, line: SublistLine) => boolean;
  /** The parent quantity may not exceed the ordered quantity. */
  readonly capped: boolean;
}

/**
 * A line's quantity for fulfilling and billing. Lines without one (discount and markup lines, whose rate is the
 * amount) count as one unit, billed once.
 */
export function unitsOf(line: SublistLine): number {
  return num(line['quantity']) ?? 1;
}

const received = (child: RecordState, line: SublistLine): boolean =>
  line['itemreceive'] !== false && child !== null;

const LINKS: Readonly<Record<string, LineLink>> = {
  // Shipped fulfilments only, as for stock (see inventory.ts; UNCONFIRMED for picked/packed fulfilments).
  itemfulfillment: {
    parentType: 'salesorder',
    parentField: 'quantityfulfilled',
    counts: (child, line) => child.fields['shipstatus'] === 'C' && line['itemreceive'] !== false,
    capped: true,
  },
  invoice: { parentType: 'salesorder', parentField: 'quantitybilled', counts: () => true, capped: true },
  cashsale: { parentType: 'salesorder', parentField: 'quantitybilled', counts: () => true, capped: true },
  itemreceipt: {
    parentType: 'returnauthorization',
    parentField: 'quantityreceived',
    counts: received,
    capped: true,
  },
  creditmemo: {
    parentType: 'returnauthorization',
    parentField: 'quantitybilled',
    counts: () => true,
    capped: true,
  },
  cashrefund: {
    parentType: 'returnauthorization',
    parentField: 'quantitybilled',
    counts: () => true,
    capped: true,
  },
};

function contribution(link: LineLink, state: RecordState | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!state) return out;
  for (const line of linesOf(state, 'item')) {
    const orderLine = line['orderline'];
    const quantity = unitsOf(line);
    if (
      orderLine === null ||
      orderLine === undefined ||
      orderLine === '' ||
      !quantity ||
      !link.counts(state, line)
    )
      continue;
    const k = String(orderLine);
    out.set(k, (out.get(k) ?? 0) + quantity);
  }
  return out;
}

/**
 * The source transaction after this write, or null when the write does not touch one. Over-fulfilling or
 * over-billing a line is refused (NetSuite's exact error is UNCONFIRMED; USER_ERROR with a plain message).
 */
export function planSourceUpdate(
  account: EmulatedAccount,
  type: string,
  before: RecordState | null,
  after: RecordState | null,
): StoredRecord | null {
  const link = LINKS[type];
  const sourceId = str((after ?? before)?.fields['createdfrom']);
  if (!link || !sourceId) return null;
  const source = account.store.find(link.parentType, Number(sourceId));
  if (!source) return null;
  const delta = contribution(link, after);
  for (const [line, quantity] of contribution(link, before))
    delta.set(line, (delta.get(line) ?? 0) - quantity);
  if ([...delta.values()].every((quantity) => quantity === 0)) return null;
  const lines = (source.sublists['item'] ?? []).map((line) => ({ ...line }));
  for (const [lineId, quantity] of delta) {
    const line = lines.find((one) => String(one['line']) === lineId);
    if (!line) throw nsError('INVALID_KEY_OR_REF', `Invalid orderline reference key ${lineId}.`);
    const next = (num(line[link.parentField]) ?? 0) + quantity;
    if (next < 0 || (link.capped && next > unitsOf(line))) {
      throw nsError(
        'USER_ERROR',
        `The ${link.parentField} of line ${lineId} on ${link.parentType} ${sourceId} would be ${next}, beyond the ordered ${String(line['quantity'])}.`,
      );
    }
    line[link.parentField] = next;
  }
  const fields = { ...source.fields };
  const state = { fields, sublists: { ...source.sublists, item: lines } };
  fields['orderstatus'] = statusOf(account, link.parentType, state);
  return { ...source, fields, sublists: state.sublists };
}

/**
 * A sales order's or return authorisation's status from its line quantities. Pending approval, cancelled and
 * closed are kept as set. Orders: B pending fulfilment, D partially fulfilled, E pending billing/partially
 * fulfilled, F pending billing, G billed. Returns: B pending receipt, D partially received, E pending
 * refund/partially received, F pending refund, G refunded (return letters UNCONFIRMED).
 */
export function statusOf(account: EmulatedAccount, type: string, state: RecordState): string {
  const current = str(state.fields['orderstatus']) ?? 'A';
  if (current === 'A' || current === 'C' || current === 'H') return current;
  const moved = type === 'salesorder' ? 'quantityfulfilled' : 'quantityreceived';
  const open = linesOf(state, 'item').filter((line) => line['isclosed'] !== true);
  if (open.length === 0) return 'H';
  const movable = open.filter((line) => isFulfillable(account, str(line['item'])));
  const quantity = unitsOf;
  const allBilled = open.every((line) => (num(line['quantitybilled']) ?? 0) >= quantity(line));
  if (allBilled) return 'G';
  const allMoved = movable.every((line) => (num(line[moved]) ?? 0) >= quantity(line));
  if (allMoved) return 'F';
  const anyMoved = movable.some((line) => (num(line[moved]) ?? 0) > 0);
  if (!anyMoved) return 'B';
  const movedNotBilled = movable.some((line) => (num(line[moved]) ?? 0) > (num(line['quantitybilled']) ?? 0));
  return movedNotBilled ? 'E' : 'D';
}

/**
 * What an apply line moves on the document it applies to: a customer payment pays an invoice (amountpaid,
 * amountremaining), a customer refund uses up a credit memo (applied, unapplied).
 */
const APPLY_TARGETS: Readonly<Record<string, { type: string; used: string; left: string }>> = {
  customerpayment: { type: 'invoice', used: 'amountpaid', left: 'amountremaining' },
  customerrefund: { type: 'creditmemo', used: 'applied', left: 'unapplied' },
};

/** Sum of checked apply lines per document. */
export function appliedByDocument(state: RecordState | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of linesOf(state, 'apply')) {
    const doc = str(line['doc']);
    if (line['apply'] === true && doc) out.set(doc, (out.get(doc) ?? 0) + (num(line['amount']) ?? 0));
  }
  return out;
}

/** The invoices or credit memos after a payment or refund is written; paying more than is open is refused. */
export function planPaymentUpdates(
  account: EmulatedAccount,
  type: string,
  before: RecordState | null,
  after: RecordState | null,
): StoredRecord[] {
  const target = APPLY_TARGETS[type];
  if (!target) return [];
  const delta = appliedByDocument(after);
  for (const [doc, amount] of appliedByDocument(before)) delta.set(doc, (delta.get(doc) ?? 0) - amount);
  const out: StoredRecord[] = [];
  for (const [doc, amount] of delta) {
    if (amount === 0) continue;
    const document = account.store.find(target.type, Number(doc));
    if (!document) continue;
    const total = num(document.fields['total']) ?? 0;
    const used = round2((num(document.fields[target.used]) ?? 0) + amount);
    if (used > total) {
      throw nsError(
        'USER_ERROR',
        `${type} applies ${used} to ${target.type} ${doc}, more than its total ${total}.`,
      );
    }
    out.push({
      ...document,
      fields: { ...document.fields, [target.used]: used, [target.left]: round2(total - used) },
    });
  }
  return out;
}

function round2(value: number): number {
  return fromMinor(minorOf(value, 2), 2);
}
