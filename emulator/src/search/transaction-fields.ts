import { NotEmulatedError } from '../errors';
import type { FieldSchema, FieldValue, RecordTypeSchema, StoredRecord } from '../records/types';
import {
  PLAIN,
  isEmptyValue,
  schemaAccessor,
  type FieldAccessor,
  type Lookups,
  type Row,
  type RowKind,
} from './fields';
import { UNKNOWN_STATUS } from './model';
import { INVENTORY_COSTED_ITEM_TYPES, TRANSACTION_TYPE_CODES } from './record-types';

/** Fields on both the body and the item line that transaction searches answer from the line. */
export const LINE_FIRST: ReadonlySet<string> = new Set([
  'amount',
  'quantity',
  'location',
  'department',
  'class',
]);

/**
 * Transaction types whose amount and quantity signs in search results the emulator knows (positive on the main
 * line and item lines). Credit memos, refunds, fulfilments and receipts show negative values on some lines in
 * NetSuite; until that is pinned to a source those columns throw rather than guess.
 */
const SIGN_KNOWN_TYPES: ReadonlySet<string> = new Set(['salesorder', 'cashsale', 'invoice']);

/** Posting transactions that carry COGS lines for inventory items. */
const COGS_TYPES: ReadonlySet<string> = new Set([
  'itemfulfillment',
  'itemreceipt',
  'cashsale',
  'invoice',
  'creditmemo',
  'cashrefund',
]);

/**
 * Transaction `status`: filters take '<type code>:<letter>' (['status','anyof','SalesOrd:B']) while the column
 * shows NetSuite's status id (public scripts compare 'pendingFulfillment', 'pendingBillingPartFulfilled',
 * 'fullyBilled', 'closed'). Emulated where the record keeps its status letter; other types throw.
 */
const STATUS_SOURCES: Readonly<Record<string, { field: string; ids: Readonly<Record<string, string>> }>> = {
  salesorder: {
    field: 'orderstatus',
    ids: {
      A: 'pendingApproval',
      B: 'pendingFulfillment',
      C: 'cancelled',
      D: 'partiallyFulfilled',
      E: 'pendingBillingPartFulfilled',
      F: 'pendingBilling',
      G: 'fullyBilled',
      H: 'closed',
    },
  },
  itemfulfillment: { field: 'shipstatus', ids: { A: 'picked', B: 'packed', C: 'shipped' } },
};

/** The main line, the item lines, and stand-ins for the lines the emulator does not model. */
export function transactionRows(
  lookups: Lookups,
  schema: RecordTypeSchema,
  record: StoredRecord,
  rows: Row[],
): void {
  rows.push({ record, schema, kind: 'main', line: null, seq: 0 });
  let seq = 1;
  if (!schema.sublists['item']) {
    const hasLines = Object.values(record.sublists).some((lines) => lines.length > 0);
    if (hasLines) rows.push({ record, schema, kind: 'otherlines', line: null, seq: seq++ });
    return;
  }
  const lines = record.sublists['item'] ?? [];
  for (const line of lines) rows.push({ record, schema, kind: 'line', line, seq: seq++ });
  if (COGS_TYPES.has(schema.type)) {
    for (const line of lines) {
      const item = line['item'];
      const target =
        typeof item === 'string' || typeof item === 'number' ? lookups.target('item', String(item)) : null;
      if (target && INVENTORY_COSTED_ITEM_TYPES.has(target.schema.type))
        rows.push({ record, schema, kind: 'cogs', line, seq: seq++ });
    }
  }
  if (Number(record.fields['taxtotal'] ?? 0) !== 0)
    rows.push({ record, schema, kind: 'tax', line: null, seq: seq++ });
  if (Number(record.fields['shippingcost'] ?? 0) !== 0)
    rows.push({ record, schema, kind: 'shipping', line: null, seq: seq++ });
  if (!isEmptyValue(record.fields['discountitem']))
    rows.push({ record, schema, kind: 'otherlines', line: null, seq: seq++ });
}

/** mainline / taxline / shipping / cogs: which kind of line a row is (filters only). */
export function lineFlag(name: string): FieldAccessor | null {
  const flags: Record<string, RowKind> = {
    mainline: 'main',
    taxline: 'tax',
    shipping: 'shipping',
    cogs: 'cogs',
  };
  const flag = flags[name];
  if (!flag) return null;
  return {
    ...PLAIN,
    id: name,
    kind: 'checkbox',
    display: 'checkbox',
    level: 'body',
    columnable: false,
    read: (row) => row.kind === flag,
  };
}

/** A field of the item line; the main line answers the body's value, and `amount` the transaction total. */
export function lineAccessor(
  lookups: Lookups,
  name: string,
  line: FieldSchema,
  body: FieldSchema | undefined,
): FieldAccessor {
  const signed = name === 'amount' || name === 'quantity';
  const read = (row: Row): FieldValue => {
    if (signed && !SIGN_KNOWN_TYPES.has(row.schema.type))
      throw new NotEmulatedError(`transaction search column '${name}' on ${row.schema.type} (sign per line)`);
    switch (row.kind) {
      case 'line':
      case 'cogs':
        if (name === 'amount') return baseAmount(row.record, row.line?.['amount'] ?? null);
        return row.line?.[name] ?? null;
      case 'main':
        if (name === 'amount') return baseAmount(row.record, mainTotal(row.record));
        if (name === 'quantity')
          throw new NotEmulatedError(`transaction search 'quantity' on the main line of ${row.schema.type}`);
        return body ? (row.record.fields[name] ?? null) : null;
      default:
        throw new NotEmulatedError(`'${name}' on a ${row.kind} line of ${row.schema.type}`);
    }
  };
  return schemaAccessor(lookups, name, line, 'line', read);
}

/** `fxamount`: `amount` in the transaction's own currency. */
export function fxAmount(): FieldAccessor {
  return {
    ...PLAIN,
    id: 'fxamount',
    kind: 'number',
    display: 'currency',
    level: 'line',
    read: (row) => {
      if (!SIGN_KNOWN_TYPES.has(row.schema.type))
        throw new NotEmulatedError(
          `transaction search column 'fxamount' on ${row.schema.type} (sign per line)`,
        );
      if (row.kind === 'main') return mainTotal(row.record);
      if (row.kind === 'line' || row.kind === 'cogs') return row.line?.['amount'] ?? null;
      throw new NotEmulatedError(`'fxamount' on a ${row.kind} line of ${row.schema.type}`);
    },
  };
}

export function transactionStatus(): FieldAccessor {
  const letterOf = (
    row: Row,
  ): { letter: string | null; ids: Readonly<Record<string, string>>; code: string } => {
    const source = STATUS_SOURCES[row.schema.type];
    const code = TRANSACTION_TYPE_CODES[row.schema.type]?.[0];
    if (!source || !code) throw new NotEmulatedError(`transaction search 'status' of ${row.schema.type}`);
    const letter = row.record.fields[source.field];
    return { letter: typeof letter === 'string' && letter !== '' ? letter : null, ids: source.ids, code };
  };
  return {
    ...PLAIN,
    id: 'status',
    kind: 'select',
    display: 'select',
    level: 'body',
    read: (row) => {
      if (!STATUS_SOURCES[row.schema.type]) {
        // Status filter values carry their type code, so a status the emulator does not know can only be
        // compared with other types' codes; the select operators refuse the comparison with its own code.
        return `${TRANSACTION_TYPE_CODES[row.schema.type]?.[0] ?? row.schema.type}${UNKNOWN_STATUS}`;
      }
      const { letter, code } = letterOf(row);
      return letter === null ? null : `${code}:${letter}`;
    },
    columnValue: (row) => {
      const { letter, ids } = letterOf(row);
      if (letter === null) return null;
      const id = ids[letter];
      if (!id) throw new NotEmulatedError(`status id of ${row.schema.type} status ${letter}`);
      return id;
    },
    text: (row) => {
      const { letter } = letterOf(row);
      const field = STATUS_SOURCES[row.schema.type]?.field ?? '';
      return letter === null ? '' : (row.schema.fields[field]?.options?.[letter] ?? letter);
    },
  };
}

/** A transaction's total in its own currency; a transaction without one has no emulated main-line amount. */
function mainTotal(record: StoredRecord): FieldValue {
  const total = record.fields['total'];
  if (total === undefined)
    throw new NotEmulatedError(`main-line amount of ${record.type} without a total field`);
  return total;
}

/** Transaction search `amount` is in the base currency: the transaction amount times its exchange rate. */
function baseAmount(record: StoredRecord, value: FieldValue): FieldValue {
  if (value === null || value === '') return null;
  const rate = Number(record.fields['exchangerate'] ?? 1) || 1;
  return Math.round(Number(value) * rate * 100) / 100;
}
