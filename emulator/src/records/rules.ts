import type { EmulatedAccount } from '../account-api';
import { nsError } from '../errors';
import { formatAddress, SUBRECORD_FIELDS } from './schemas/address';
import { LINE_ITEM_TYPE } from './schemas/items';
import { appliedByDocument, statusOf } from './links';
import { itemTypeOf, linesOf, num, str, type RecordState } from './state';
import { findSelected } from './texts';
import { assertBalanced, bodyDiscountOf, computeTotals, type LineInput } from './transactions';
import type { FieldSchema, FieldValue, RecordTypeSchema, SublistLine } from './types';
import { calendarDay, isEmpty } from './values';

/** Transactions whose totals NetSuite computes from the item sublist. */
const TOTALLED: ReadonlySet<string> = new Set([
  'salesorder',
  'cashsale',
  'invoice',
  'returnauthorization',
  'creditmemo',
  'cashrefund',
]);

/** Today as a date field holds it: midnight of the server's (Pacific) calendar day, as N/format reads dates. */
function today(account: EmulatedAccount): Date {
  return calendarDay(account.clock.now());
}

/** Default values of a new record's fields (schema defaults), as create() shows them before any setValue. */
export function schemaDefaults(schema: RecordTypeSchema): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const one of Object.values(schema.fields))
    if (one.defaultValue !== undefined) out[one.id] = one.defaultValue;
  return out;
}

/**
 * What NetSuite fills in on save when the script left it empty: the date, status defaults, and values sourced
 * from the customer (subsidiary, currency). A sales order or return saved without a status takes the account's
 * "Default Sales Order Status" / "Default Return Auth. Status" preference (NS section_N1388149), Pending
 * Approval ("A") unless the account settings say 'B'.
 */
export function applyDefaults(account: EmulatedAccount, schema: RecordTypeSchema, state: RecordState): void {
  const f = state.fields;
  const set = (id: string, value: FieldValue) => {
    if (schema.fields[id] && isEmpty(f[id])) f[id] = value;
  };
  if (schema.recordClass === 'transaction') {
    set('trandate', today(account));
    sourceFromCustomer(account, schema, state);
    set('exchangerate', defaultExchangeRate(account, state));
    const settings = account.settings ?? {};
    set(
      'orderstatus',
      (schema.type === 'returnauthorization'
        ? settings.defaultReturnAuthStatus
        : settings.defaultSalesOrderStatus) ?? 'A',
    );
    // Fulfilments saved without a status are shipped: NetSuite's behaviour without Pick, Pack and Ship.
    set('shipstatus', 'C');
  }
}

/**
 * The rate a transaction takes when the script sets none: 1 in the subsidiary's base currency, otherwise the
 * currency's Default Exchange Rate against the base (NetSuite reads its Currency Exchange Rates table, which the
 * emulator does not keep; the currency records' default rates stand in for it). Without a subsidiary or
 * currency there is nothing to convert.
 */
function defaultExchangeRate(account: EmulatedAccount, state: RecordState): number {
  const currencyId = str(state.fields['currency']);
  const subsidiaryId = str(state.fields['subsidiary']);
  const subsidiary = subsidiaryId ? account.store.find('subsidiary', Number(subsidiaryId)) : undefined;
  const baseId = str(subsidiary?.fields['currency'] ?? null);
  if (!currencyId || !baseId || currencyId === baseId) return 1;
  const rate = num(account.store.find('currency', Number(currencyId))?.fields['exchangerate']);
  const baseRate = num(account.store.find('currency', Number(baseId))?.fields['exchangerate']);
  if (rate === null || baseRate === null || baseRate === 0) return 1;
  return rate / baseRate;
}

/** Sourcing from the customer: subsidiary and currency, then the subsidiary's currency (dynamic mode does this on set). */
export function sourceFromCustomer(
  account: EmulatedAccount,
  schema: RecordTypeSchema,
  state: RecordState,
): void {
  const f = state.fields;
  const customerId = str(f['entity']) ?? str(f['customer']);
  const customer = customerId ? account.store.find('customer', Number(customerId)) : undefined;
  if (customer) {
    if (schema.fields['subsidiary'] && isEmpty(f['subsidiary']) && !isEmpty(customer.fields['subsidiary'])) {
      f['subsidiary'] = customer.fields['subsidiary'] ?? null;
    }
    if (schema.fields['currency'] && isEmpty(f['currency']) && !isEmpty(customer.fields['currency'])) {
      f['currency'] = customer.fields['currency'] ?? null;
    }
  }
  if (customer) sourceAddresses(schema, state, customer.sublists['addressbook'] ?? []);
  const subsidiaryId = str(f['subsidiary']);
  if (schema.fields['currency'] && isEmpty(f['currency']) && subsidiaryId) {
    const subsidiary = account.store.find('subsidiary', Number(subsidiaryId));
    if (subsidiary && !isEmpty(subsidiary.fields['currency']))
      f['currency'] = subsidiary.fields['currency'] ?? null;
  }
}

/** A new transaction without addresses takes the customer's default shipping and billing addresses. */
function sourceAddresses(schema: RecordTypeSchema, state: RecordState, book: readonly SublistLine[]): void {
  const places = SUBRECORD_FIELDS[schema.type]?.body ?? [];
  const pairs = [
    ['shippingaddress', 'defaultshipping'],
    ['billingaddress', 'defaultbilling'],
  ] as const;
  for (const [fieldId, flag] of pairs) {
    if (!places.includes(fieldId)) continue;
    if (Object.keys(state.fields).some((key) => key.startsWith(`${fieldId}.`))) continue;
    const line = book.find((entry) => entry[flag] === true);
    if (!line) continue;
    for (const [key, value] of Object.entries(line)) {
      if (key.startsWith('addressbookaddress.'))
        state.fields[`${fieldId}.${key.slice('addressbookaddress.'.length)}`] = value;
    }
  }
}

function missing(schema: FieldSchema): Error {
  return nsError('USER_ERROR', `Please enter value(s) for: ${schema.label ?? schema.id}`);
}

/** Mandatory body and line fields (NetSuite: USER_ERROR "Please enter value(s) for: <label>"). */
export function checkMandatory(schema: RecordTypeSchema, state: RecordState): void {
  for (const one of Object.values(schema.fields)) {
    if (one.mandatory && !one.computed && isEmpty(state.fields[one.id])) throw missing(one);
  }
  for (const sublist of Object.values(schema.sublists)) {
    for (const line of linesOf(state, sublist.id)) {
      for (const one of Object.values(sublist.fields)) {
        if (one.mandatory && !one.computed && isEmpty(line[one.id])) throw missing(one);
      }
    }
  }
  if (schema.type === 'customer') {
    const person = state.fields['isperson'] === 'T';
    const needed = person ? ['firstname', 'lastname'] : ['companyname'];
    for (const id of needed) {
      const field = schema.fields[id];
      if (field && isEmpty(state.fields[id])) throw missing(field);
    }
  }
}

function invalidReference(fieldId: string, value: string): Error {
  return nsError('INVALID_KEY_OR_REF', `Invalid ${fieldId} reference key ${value}.`);
}

function checkSelect(account: EmulatedAccount, one: FieldSchema, value: FieldValue | undefined): void {
  if (one.computed || one.options || isEmpty(value)) return;
  if (one.type !== 'select' && one.type !== 'multiselect') return;
  // A custom field whose target the deploy could not name (numeric selectrecordtype) is left unchecked.
  if (!one.selectType) return;
  const selectType = one.selectType;
  for (const id of Array.isArray(value) ? value : [String(value)]) {
    if (one.id === 'price' && id === '-1') continue;
    if (selectType.startsWith('customlist')) {
      const list = account.customLists.get(selectType);
      if (!list?.some((entry) => entry.id === id)) throw invalidReference(one.id, id);
      continue;
    }
    if (!findSelected(account, selectType, id)) throw invalidReference(one.id, id);
  }
}

/** Every select must point at an existing record or list value (INVALID_KEY_OR_REF). */
export function checkReferences(
  account: EmulatedAccount,
  schema: RecordTypeSchema,
  state: RecordState,
): void {
  for (const one of Object.values(schema.fields)) checkSelect(account, one, state.fields[one.id]);
  for (const sublist of Object.values(schema.sublists)) {
    for (const line of linesOf(state, sublist.id)) {
      for (const one of Object.values(sublist.fields)) checkSelect(account, one, line[one.id]);
    }
  }
}

/** The subsidiary and every subsidiary below it (subsidiary.parent), for items shared "include children". */
function withDescendants(account: EmulatedAccount, roots: readonly string[]): Set<string> {
  const out = new Set(roots);
  const all = account.store.scan('subsidiary');
  let grew = true;
  while (grew) {
    grew = false;
    for (const sub of all) {
      const parent = str(sub.fields['parent']);
      if (parent && out.has(parent) && !out.has(String(sub.id))) {
        out.add(String(sub.id));
        grew = true;
      }
    }
  }
  return out;
}

function outsideSubsidiary(fieldId: string, value: string, subsidiary: string): Error {
  // Message form as NetSuite words it for OneWorld references (UNCONFIRMED beyond the code).
  return nsError(
    'INVALID_KEY_OR_REF',
    `Invalid ${fieldId} reference key ${value} for subsidiary ${subsidiary}.`,
  );
}

/**
 * OneWorld: a transaction's customer, locations and items must belong to its subsidiary (items through their
 * subsidiary list, with "include children" reaching the subsidiaries below). Records without a subsidiary of
 * their own are not checked.
 */
export function checkSubsidiaryScope(
  account: EmulatedAccount,
  schema: RecordTypeSchema,
  state: RecordState,
): void {
  if (schema.recordClass !== 'transaction') return;
  const subsidiary = str(state.fields['subsidiary']);
  if (!subsidiary) return;
  for (const fieldId of ['entity', 'customer']) {
    const id = str(state.fields[fieldId]);
    const customer = id ? account.store.find('customer', Number(id)) : undefined;
    const own = str(customer?.fields['subsidiary']);
    if (id && own && own !== subsidiary) throw outsideSubsidiary(fieldId, id, subsidiary);
  }
  const checkLocation = (fieldId: string, id: string | null) => {
    const location = id ? account.store.find('location', Number(id)) : undefined;
    const own = str(location?.fields['subsidiary']);
    if (id && own && own !== subsidiary) throw outsideSubsidiary(fieldId, id, subsidiary);
  };
  checkLocation('location', str(state.fields['location']));
  for (const sublist of Object.values(schema.sublists)) {
    for (const line of linesOf(state, sublist.id)) {
      if (sublist.fields['location']) checkLocation('location', str(line['location']));
      const itemId = sublist.fields['item'] ? str(line['item']) : null;
      const type = itemTypeOf(account, itemId);
      const item = type ? account.store.find(type, Number(itemId)) : undefined;
      const subsidiaries = item?.fields['subsidiary'];
      if (!item || !Array.isArray(subsidiaries) || subsidiaries.length === 0) continue;
      const allowed =
        item.fields['includechildren'] === true
          ? withDescendants(account, subsidiaries)
          : new Set(subsidiaries);
      if (!allowed.has(subsidiary)) throw outsideSubsidiary('item', String(itemId), subsidiary);
    }
  }
}

/** Decimal places of the transaction's currency (2 when it has none, e.g. in a single-currency account). */
export function precisionOf(account: EmulatedAccount, state: RecordState): number {
  const currencyId = str(state.fields['currency']);
  const currency = currencyId ? account.store.find('currency', Number(currencyId)) : undefined;
  return num(currency?.fields['currencyprecision']) ?? 2;
}

function taxRateOf(account: EmulatedAccount, taxcode: string | null): number | null {
  if (!taxcode) return null;
  const found = findSelected(account, 'taxcode', taxcode);
  return num(found?.fields['rate']) ?? 0;
}

/** Line ids (stable, per transaction), item types, and the computed fields each record type carries. */
export function deriveComputed(account: EmulatedAccount, schema: RecordTypeSchema, state: RecordState): void {
  deriveEntityId(schema, state);
  deriveAddressTexts(schema, state);
  for (const sublist of Object.values(schema.sublists)) {
    if (!sublist.fields['line']) continue;
    const lines = linesOf(state, sublist.id);
    let next = lines.reduce((max, line) => Math.max(max, num(line['line']) ?? 0), 0) + 1;
    for (const line of lines) {
      if (num(line['line']) === null) line['line'] = next++;
      if (sublist.fields['itemtype'] && str(line['item'])) {
        line['itemtype'] = LINE_ITEM_TYPE[itemTypeOf(account, str(line['item'])) ?? ''] ?? null;
      }
    }
  }
  if (TOTALLED.has(schema.type)) deriveTotals(account, state);
  switch (schema.type) {
    case 'salesorder':
    case 'returnauthorization':
      // The status follows the lines (all closed: Closed), except pending approval and cancelled.
      if (str(state.fields['orderstatus']))
        state.fields['orderstatus'] = statusOf(account, schema.type, state);
      break;
    case 'itemfulfillment':
    case 'itemreceipt':
      deriveReceipt(schema.type, state);
      break;
    case 'journalentry':
      deriveJournal(account, state);
      break;
    case 'customerpayment':
      derivePayment(state);
      break;
    case 'customerrefund':
      state.fields['total'] = sumApplied(state);
      break;
    case 'invoice': {
      const paid = num(state.fields['amountpaid']) ?? 0;
      state.fields['amountpaid'] = paid;
      state.fields['amountremaining'] = roundTo(
        (num(state.fields['total']) ?? 0) - paid,
        precisionOf(account, state),
      );
      break;
    }
    case 'creditmemo': {
      // Applied: its own apply lines plus what customer refunds have paid out of it.
      const id = str(state.fields['id']);
      let refunded = 0;
      if (id) {
        for (const refund of account.store.scan('customerrefund')) {
          refunded += appliedByDocument({ fields: refund.fields, sublists: refund.sublists }).get(id) ?? 0;
        }
      }
      const applied = roundTo(sumApplied(state) + refunded, 2);
      state.fields['applied'] = applied;
      state.fields['unapplied'] = roundTo(
        (num(state.fields['total']) ?? 0) - applied,
        precisionOf(account, state),
      );
      break;
    }
    case 'taxgroup': {
      let rate = 0;
      for (const line of linesOf(state, 'taxitem')) {
        line['rate'] = taxRateOf(account, str(line['taxname'])) ?? 0;
        rate += num(line['rate']) ?? 0;
      }
      state.fields['rate'] = rate;
      break;
    }
  }
}

/** addrtext of every address subrecord, and the transaction's shipaddress / billaddress texts. */
function deriveAddressTexts(schema: RecordTypeSchema, state: RecordState): void {
  const places = SUBRECORD_FIELDS[schema.type];
  if (!places) return;
  const format = (holder: Record<string, FieldValue>, fieldId: string): string | null => {
    const prefix = `${fieldId}.`;
    const values: Record<string, FieldValue> = {};
    for (const [key, value] of Object.entries(holder))
      if (key.startsWith(prefix)) values[key.slice(prefix.length)] = value;
    if (Object.keys(values).length === 0) return null;
    const text = formatAddress(values);
    holder[`${prefix}addrtext`] = text;
    return text;
  };
  for (const fieldId of places.body) {
    const text = format(state.fields, fieldId);
    const target = fieldId === 'shippingaddress' ? 'shipaddress' : 'billaddress';
    if (schema.fields[target]) state.fields[target] = text;
  }
  for (const place of places.lines) {
    const [sublistId = '', fieldId = ''] = place.split('.');
    for (const line of linesOf(state, sublistId)) format(line, fieldId);
  }
}

/** An entity saved without an id takes its name (auto-generated numbering off). */
function deriveEntityId(schema: RecordTypeSchema, state: RecordState): void {
  const f = state.fields;
  if (schema.type === 'customer' && isEmpty(f['entityid'])) {
    const name =
      f['isperson'] === 'T'
        ? [str(f['firstname']), str(f['lastname'])].filter(Boolean).join(' ')
        : str(f['companyname']);
    if (name) f['entityid'] = name;
  }
  if (schema.type === 'employee' && isEmpty(f['entityid'])) {
    const name = [str(f['firstname']), str(f['lastname'])].filter(Boolean).join(' ');
    if (name) f['entityid'] = name;
  }
}

function roundTo(value: number, precision: number): number {
  const factor = 10 ** precision;
  return Math.round(value * factor) / factor;
}

/**
 * Dynamic mode calculates as the UI does: after a line is committed, inserted or removed, line amounts, taxes
 * and the body totals are current. Lines the emulator cannot price yet (no rate or amount) leave the totals
 * for the save to complain about.
 */
export function recalculateDynamic(
  account: EmulatedAccount,
  schema: RecordTypeSchema,
  state: RecordState,
): void {
  if (!TOTALLED.has(schema.type)) return;
  const trial: RecordState = structuredClone(state);
  try {
    deriveTotals(account, trial, false);
  } catch {
    return;
  }
  state.sublists['item'] = trial.sublists['item'] ?? [];
  for (const id of ['subtotal', 'discounttotal', 'taxtotal', 'total', 'shippingtax1amt']) {
    if (trial.fields[id] !== undefined) state.fields[id] = trial.fields[id] ?? null;
  }
}

function deriveTotals(account: EmulatedAccount, state: RecordState, requireLines = true): void {
  const precision = precisionOf(account, state);
  const lines = linesOf(state, 'item');
  if (requireLines && lines.length === 0)
    throw nsError('USER_ERROR', 'You must enter at least one line item for this transaction.');
  const inputs: LineInput[] = lines.map((line) => ({
    kind: itemTypeOf(account, str(line['item'])) === 'discountitem' ? 'discount' : 'item',
    quantity: num(line['quantity']),
    rate: num(line['rate']),
    amount: num(line['amount']),
    taxRate: taxRateOf(account, str(line['taxcode'])),
    tax1amt: num(line['tax1amt']),
  }));
  const discountRate = state.fields['discountrate'];
  const totals = computeTotals({
    precision,
    lines: inputs,
    shippingcost: num(state.fields['shippingcost']),
    shippingTaxRate: taxRateOf(account, str(state.fields['shippingtaxcode'])),
    shippingtax1amt: num(state.fields['shippingtax1amt']),
    discount: bodyDiscountOf(
      typeof discountRate === 'number' || typeof discountRate === 'string' ? discountRate : null,
    ),
  });
  totals.lines.forEach((result, index) => {
    const line = lines[index] as SublistLine;
    line['amount'] = result.amount;
    line['tax1amt'] = result.tax1amt;
    line['grossamt'] = result.grossamt;
    // Given only an amount, NetSuite derives the rate from it.
    const quantity = num(line['quantity']);
    if (num(line['rate']) === null && quantity) line['rate'] = result.amount / quantity;
    if (line['quantity'] === null || line['quantity'] === undefined) line['quantity'] = null;
  });
  const f = state.fields;
  f['subtotal'] = totals.subtotal;
  f['discounttotal'] = totals.discounttotal;
  if (f['shippingcost'] !== null && f['shippingcost'] !== undefined)
    f['shippingtax1amt'] = totals.shippingtax1amt;
  f['taxtotal'] = totals.taxtotal;
  f['total'] = totals.total;
}

/**
 * Fulfilments and receipts keep only the lines marked itemreceive (NetSuite drops the others on save); with
 * none left the save fails as NetSuite's does.
 */
function deriveReceipt(type: string, state: RecordState): void {
  const kept = linesOf(state, 'item').filter((line) => line['itemreceive'] !== false);
  for (const line of kept) {
    if ((num(line['quantity']) ?? 0) <= 0) throw nsError('USER_ERROR', `Please enter value(s) for: Quantity`);
  }
  if (kept.length === 0) {
    throw nsError(
      'VALID_LINE_ITEM_REQD',
      `You must have at least one valid line item for this transaction (${type}).`,
    );
  }
  state.sublists['item'] = kept;
}

function deriveJournal(account: EmulatedAccount, state: RecordState): void {
  const lines = linesOf(state, 'line');
  if (lines.length === 0)
    throw nsError('VALID_LINE_ITEM_REQD', 'You must have at least one valid line item for this transaction.');
  for (const line of lines) {
    if (isEmpty(line['debit']) && isEmpty(line['credit']))
      throw nsError('USER_ERROR', 'Please enter value(s) for: Debit or Credit');
  }
  assertBalanced(
    lines.map((line) => ({ debit: num(line['debit']), credit: num(line['credit']) })),
    precisionOf(account, state),
  );
}

function sumApplied(state: RecordState): number {
  const total = linesOf(state, 'apply')
    .filter((line) => line['apply'] === true)
    .reduce((acc, line) => acc + (num(line['amount']) ?? 0), 0);
  return roundTo(total, 2);
}

function derivePayment(state: RecordState): void {
  const applied = sumApplied(state);
  const f = state.fields;
  if (isEmpty(f['payment'])) f['payment'] = applied;
  const payment = num(f['payment']) ?? 0;
  if (applied > payment)
    throw nsError('USER_ERROR', `The total applied (${applied}) exceeds the payment amount (${payment}).`);
  f['applied'] = applied;
  f['unapplied'] = roundTo(payment - applied, 2);
  f['total'] = payment;
}
