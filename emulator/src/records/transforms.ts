import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import { SUBRECORD_FIELDS } from './schemas/address';
import { unitsOf } from './links';
import { isFulfillable, linesOf, num, str, type RecordState } from './state';
import type { FieldValue, RecordTypeSchema, StoredRecord, SublistLine } from './types';
import { copyValue, isEmpty } from './values';

/**
 * The transformations NetSuite supports among the emulated types (N/record "Supported Transformation Types";
 * the pairs here are the ones seen in public SuiteScript and in SDF's transaction form types). Any other pair
 * is INVALID_RCRD_TRANSFRM, NetSuite's code for it.
 */
export const ALLOWED_TRANSFORMS: Readonly<Record<string, readonly string[]>> = {
  salesorder: ['itemfulfillment', 'cashsale', 'invoice', 'returnauthorization'],
  returnauthorization: ['creditmemo', 'itemreceipt', 'cashrefund'],
  invoice: ['creditmemo', 'customerpayment', 'returnauthorization'],
  cashsale: ['cashrefund', 'returnauthorization'],
  creditmemo: ['customerrefund'],
};

/** Body fields a transformed transaction takes from its source when the target type has them. */
const COPIED_BODY = [
  'entity',
  'subsidiary',
  'currency',
  'exchangerate',
  'location',
  'department',
  'class',
  'otherrefnum',
  'shipmethod',
];

/** Header charges that go on the first bill of an order only. */
const FIRST_BILL_BODY = [
  'shippingcost',
  'shippingtaxcode',
  'shippingtax1amt',
  'discountitem',
  'discountrate',
];

const COPIED_LINE = ['item', 'rate', 'taxcode', 'location', 'description', 'price'];

export interface TransformResult {
  readonly fields: Record<string, FieldValue>;
  readonly sublists: Record<string, SublistLine[]>;
}

function cannotInitialize(toType: string, fromId: number): Error {
  return nsError('INVALID_INITIALIZE_REF', `You can not initialize ${toType}: invalid reference ${fromId}.`);
}

/** Values the target may take through defaultValues; NetSuite rejects most others (INVALID_RCRD_TRANSFRM). */
function readDefaults(
  toType: string,
  defaultValues: Record<string, unknown> | undefined,
): { inventoryLocation: string | null } {
  let inventoryLocation: string | null = null;
  for (const [key, value] of Object.entries(defaultValues ?? {})) {
    if (key === 'inventorylocation' && toType === 'itemfulfillment') inventoryLocation = String(value);
    else throw new NotEmulatedError(`record.transform defaultValues.${key} for ${toType}`);
  }
  return { inventoryLocation };
}

/**
 * The new record's values, built from the source as NetSuite's transform does: body fields carried over,
 * createdfrom set, and lines limited to what is left to fulfil, bill, receive or credit.
 */
export function buildTransform(
  account: EmulatedAccount,
  source: StoredRecord,
  target: RecordTypeSchema,
  defaultValues: Record<string, unknown> | undefined,
): TransformResult {
  const toType = target.type;
  if (!ALLOWED_TRANSFORMS[source.type]?.includes(toType)) {
    throw nsError(
      'INVALID_RCRD_TRANSFRM',
      'That type of record transformation is not allowed. Please see the documentation for a list of supported transformation types.',
    );
  }
  const { inventoryLocation } = readDefaults(toType, defaultValues);
  const status = str(source.fields['orderstatus']);
  // Orders pending approval, cancelled or closed cannot be processed further.
  if (status === 'A' || status === 'C' || status === 'H') throw cannotInitialize(toType, source.id);

  const fields: Record<string, FieldValue> = {};
  for (const [id, one] of Object.entries(target.fields))
    if (one.defaultValue !== undefined) fields[id] = one.defaultValue;
  for (const id of COPIED_BODY) copyField(source.fields, fields, target, id, id);
  for (const id of Object.keys(source.fields))
    if (id.startsWith('custbody')) copyField(source.fields, fields, target, id, id);
  if (target.fields['customer']) copyField(source.fields, fields, target, 'entity', 'customer');
  // Address subrecords the target also has travel with the transaction.
  const addressFields = SUBRECORD_FIELDS[toType]?.body ?? [];
  for (const [key, value] of Object.entries(source.fields)) {
    if (addressFields.some((fieldId) => key.startsWith(`${fieldId}.`))) fields[key] = copyValue(value);
  }
  fields['createdfrom'] = String(source.id);

  const sourceState: RecordState = { fields: source.fields, sublists: source.sublists };
  const sublists: Record<string, SublistLine[]> = {};
  switch (toType) {
    case 'itemfulfillment':
    case 'itemreceipt': {
      const moved = toType === 'itemfulfillment' ? 'quantityfulfilled' : 'quantityreceived';
      sublists['item'] = receiptLines(account, sourceState, moved, inventoryLocation);
      if (toType === 'itemfulfillment') fields['shipstatus'] = 'C';
      if (sublists['item'].length === 0) throw cannotInitialize(toType, source.id);
      break;
    }
    case 'invoice':
    case 'cashsale':
    case 'creditmemo':
    case 'cashrefund':
    case 'returnauthorization': {
      const fromOrder = source.type === 'salesorder' || source.type === 'returnauthorization';
      sublists['item'] =
        fromOrder && toType !== 'returnauthorization'
          ? billLines(account, source.type, sourceState, target)
          : allLines(sourceState, target);
      if (sublists['item'].length === 0) throw cannotInitialize(toType, source.id);
      const firstBill =
        !fromOrder || linesOf(sourceState, 'item').every((line) => (num(line['quantitybilled']) ?? 0) === 0);
      if (firstBill && toType !== 'returnauthorization') {
        for (const id of FIRST_BILL_BODY) copyField(source.fields, fields, target, id, id);
      }
      if (toType === 'returnauthorization') fields['orderstatus'] = 'A';
      break;
    }
    case 'customerpayment':
    case 'customerrefund': {
      const due =
        toType === 'customerpayment'
          ? (num(source.fields['amountremaining']) ?? num(source.fields['total']) ?? 0)
          : (num(source.fields['unapplied']) ?? num(source.fields['total']) ?? 0);
      if (due <= 0) throw cannotInitialize(toType, source.id);
      sublists['apply'] = [
        {
          apply: true,
          doc: String(source.id),
          internalid: String(source.id),
          amount: due,
          due,
          total: num(source.fields['total']) ?? 0,
          refnum: str(source.fields['tranid']),
          trantype: source.type,
          line: 1,
        },
      ];
      if (toType === 'customerpayment') fields['payment'] = due;
      break;
    }
  }
  return { fields, sublists };
}

function copyField(
  from: Record<string, FieldValue>,
  to: Record<string, FieldValue>,
  target: RecordTypeSchema,
  fromId: string,
  toId: string,
): void {
  const value = from[fromId];
  if (target.fields[toId] && value !== undefined && !isEmpty(value)) to[toId] = copyValue(value);
}

function copyLineFields(
  line: SublistLine,
  target: RecordTypeSchema,
  extra: readonly string[] = [],
): SublistLine {
  const out: SublistLine = {};
  const columns = target.sublists['item']?.fields ?? {};
  for (const id of [
    ...COPIED_LINE,
    ...extra,
    ...Object.keys(line).filter((key) => key.startsWith('custcol')),
  ]) {
    const value = line[id];
    if (columns[id] && value !== undefined && !isEmpty(value)) out[id] = copyValue(value);
  }
  out['orderline'] = num(line['line']);
  return out;
}

/** Lines still to fulfil (or receive), optionally at one location. */
function receiptLines(
  account: EmulatedAccount,
  source: RecordState,
  moved: string,
  onlyLocation: string | null,
): SublistLine[] {
  const out: SublistLine[] = [];
  for (const line of linesOf(source, 'item')) {
    if (line['isclosed'] === true || !isFulfillable(account, str(line['item']))) continue;
    const remaining = (num(line['quantity']) ?? 0) - (num(line[moved]) ?? 0);
    const location = str(line['location']) ?? str(source.fields['location']);
    if (remaining <= 0 || (onlyLocation !== null && location !== onlyLocation)) continue;
    out.push({
      item: line['item'] ?? null,
      quantity: remaining,
      quantityremaining: remaining,
      location,
      description: line['description'] ?? null,
      itemreceive: true,
      orderline: num(line['line']),
    });
  }
  return out;
}

/**
 * Lines still to bill: fulfilled but unbilled quantities for items that are fulfilled, ordered but unbilled for
 * the rest (NetSuite bills shipped quantities unless "advanced billing" is on). A line billed in full keeps its
 * amount and tax as the order holds them; a part of a line is priced at its rate and taxed afresh.
 */
function billLines(
  account: EmulatedAccount,
  sourceType: string,
  source: RecordState,
  target: RecordTypeSchema,
): SublistLine[] {
  // Orders bill what has shipped; returns may be credited before the goods come back.
  const moved = sourceType === 'salesorder' ? 'quantityfulfilled' : null;
  const out: SublistLine[] = [];
  for (const line of linesOf(source, 'item')) {
    if (line['isclosed'] === true) continue;
    const ordered = unitsOf(line);
    const billed = num(line['quantitybilled']) ?? 0;
    const ready = moved && isFulfillable(account, str(line['item'])) ? (num(line[moved]) ?? 0) : ordered;
    const quantity = ready - billed;
    if (quantity <= 0) continue;
    const copy = copyLineFields(line, target);
    copy['quantity'] = num(line['quantity']) === null ? null : quantity;
    if (quantity === ordered) {
      copy['amount'] = line['amount'] ?? null;
      copy['tax1amt'] = line['tax1amt'] ?? null;
    } else if (num(line['rate']) === null && num(line['amount']) !== null && ordered !== 0) {
      copy['rate'] = (num(line['amount']) ?? 0) / ordered;
    }
    out.push(copy);
  }
  return out;
}

/** Every line as it stands (credits and returns of a bill). */
function allLines(source: RecordState, target: RecordTypeSchema): SublistLine[] {
  return linesOf(source, 'item').map((line) => {
    const copy = copyLineFields(line, target, ['amount', 'tax1amt']);
    copy['quantity'] = line['quantity'] ?? null;
    return copy;
  });
}
