import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import type {
  FieldSchema,
  FieldType,
  FieldValue,
  RecordTypeSchema,
  StoredRecord,
  SublistLine,
} from '../records/types';
import { UNKNOWN_STATUS } from './model';
import type { SearchKind } from './operators';
import {
  INVENTORY_COSTED_ITEM_TYPES,
  ITEM_TYPE_CODES,
  TRANSACTION_TYPE_CODES,
  displayTextOf,
  findTarget,
  schemasOfSearchType,
  targetSchemas,
  type SearchFamily,
} from './record-types';

/**
 * One search row. Transaction searches have a row per line (NetSuite's transaction search is line-level: the
 * main line plus item, tax, shipping and COGS lines); item searches that name per-location or kit-member fields
 * have a row per location or member line; every other search has a row per record.
 */
export type RowKind = 'main' | 'line' | 'tax' | 'shipping' | 'cogs' | 'otherlines' | 'record';

export interface Row {
  readonly record: StoredRecord;
  readonly schema: RecordTypeSchema;
  readonly kind: RowKind;
  /** The transaction item line, item location line or kit member line this row stands for. */
  readonly line: SublistLine | null;
  readonly seq: number;
}

/**
 * Rows NetSuite returns that the emulator does not model (tax, shipping, COGS and other accounting lines): they
 * take part in filtering only so that a search which would return them fails loudly instead of answering short.
 */
export const UNMODELLED_ROWS: ReadonlySet<RowKind> = new Set(['tax', 'shipping', 'cogs', 'otherlines']);

/** Which row expansion a field needs. */
export type Level = 'body' | 'line' | 'location' | 'member';

/** How a value prints in getValue and toJSON. */
export type Display =
  | 'text'
  | 'integer'
  | 'float'
  | 'currency'
  | 'percent'
  | 'checkbox'
  | 'date'
  | 'datetime'
  | 'select'
  | 'multiselect';

export interface FieldAccessor {
  /** The id as scripts write it: 'email', 'customer.email'. */
  readonly id: string;
  readonly kind: SearchKind;
  readonly display: Display;
  readonly level: Level;
  /** Datetime fields compare to the minute when a filter names a time. */
  readonly withTime: boolean;
  readonly caseInsensitiveIds: boolean;
  /** For selects: what the value points at (record type, family or custom list), so joins and text can follow. */
  readonly selectType: string | null;
  /** False for filter-only fields (mainline and its siblings) whose column output is not emulated. */
  readonly columnable: boolean;
  read(row: Row): FieldValue;
  /** The value a column shows when it differs from the value filters compare (transaction `status`). */
  readonly columnValue?: (row: Row) => FieldValue;
  /** Display text of a select value (getText); other kinds have none. */
  text(row: Row): string | null;
}

export type FieldUse = 'filter' | 'column';

/** Fields on both the body and the item line that transaction searches answer from the line. */
const LINE_FIRST: ReadonlySet<string> = new Set(['amount', 'quantity', 'location', 'department', 'class']);

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

/** Names NetSuite has that the emulator deliberately does not evaluate. */
const NOT_EMULATED_NAMES: ReadonlySet<string> = new Set([
  'formulatext',
  'formulanumeric',
  'formuladate',
  'formuladatetime',
  'formulacurrency',
  'formulapercent',
  'line',
  'linesequencenumber',
  'lineuniquekey',
  'statusref',
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

/** Item search fields read from the item's per-location quantities (the `locations` sublist). */
const LOCATION_QUANTITY_FIELDS: Readonly<Record<string, string>> = {
  locationquantityavailable: 'quantityavailable',
  locationquantityonhand: 'quantityonhand',
  locationquantitycommitted: 'quantitycommitted',
  locationquantityonorder: 'quantityonorder',
  locationquantitybackordered: 'quantitybackordered',
};

const ITEM_TOTAL_FIELDS: ReadonlySet<string> = new Set(Object.values(LOCATION_QUANTITY_FIELDS));

export function kindOfType(type: FieldType): SearchKind {
  switch (type) {
    case 'integer':
    case 'float':
    case 'currency':
      return 'number';
    case 'checkbox':
      return 'checkbox';
    case 'date':
    case 'datetime':
      return 'date';
    case 'select':
      return 'select';
    case 'multiselect':
      return 'multiselect';
    default:
      return 'text';
  }
}

export function displayOfType(type: FieldType): Display {
  switch (type) {
    case 'textarea':
    case 'email':
    case 'phone':
    case 'url':
      return 'text';
    default:
      return type;
  }
}

function isEmpty(value: FieldValue | undefined): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function idsOf(value: FieldValue | undefined): string[] {
  if (isEmpty(value)) return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .split(',')
    .map((one) => one.trim())
    .filter((one) => one !== '');
}

function unknownField(name: string, use: FieldUse): Error {
  return use === 'filter'
    ? nsError('SSS_INVALID_SRCH_FILTER', `An nlobjSearchFilter contains invalid search criteria: ${name}.`)
    : nsError(
        'SSS_INVALID_SRCH_COLUMN',
        `An nlobjSearchColumn contains an invalid column, or is not in proper syntax: ${name}.`,
      );
}

function unknownJoin(join: string, use: FieldUse): Error {
  return use === 'filter'
    ? nsError(
        'SSS_INVALID_SRCH_FILTER_JOIN',
        `An nlobjSearchFilter contains an invalid join ID, or is not in proper syntax: ${join}.`,
      )
    : nsError(
        'SSS_INVALID_SRCH_COLUMN_JOIN',
        `An nlobjSearchColumn contains an invalid join ID, or is not in proper syntax: ${join}.`,
      );
}

/**
 * Knows the fields of one search type and reads them from rows. Built per search run: it caches join targets,
 * so it must not outlive the run (records may change between runs).
 */
export class Catalog {
  readonly family: SearchFamily;
  readonly schemas: readonly RecordTypeSchema[];
  private readonly accessors = new Map<string, FieldAccessor>();
  private readonly targets = new Map<string, { record: StoredRecord; schema: RecordTypeSchema } | null>();

  constructor(
    readonly account: EmulatedAccount,
    readonly searchType: string,
  ) {
    const scope = schemasOfSearchType(account, searchType);
    this.family = scope.family;
    this.schemas = scope.schemas;
  }

  /** The accessor for a field, 'join.field', or field with a separate join id. Unknown names throw NetSuite's codes. */
  resolve(name: string, join: string | null, use: FieldUse): FieldAccessor {
    let fieldName = name.trim().toLowerCase();
    let joinId = join ? join.trim().toLowerCase() : null;
    if (!joinId && fieldName.includes('.')) {
      const dot = fieldName.indexOf('.');
      joinId = fieldName.slice(0, dot);
      fieldName = fieldName.slice(dot + 1);
    }
    const key = `${use}\u0000${joinId ?? ''}\u0000${fieldName}`;
    const cached = this.accessors.get(key);
    if (cached) return cached;
    const accessor = joinId ? this.resolveJoined(joinId, fieldName, use) : this.resolveBase(fieldName, use);
    this.accessors.set(key, accessor);
    return accessor;
  }

  /** Rows of every record in scope, in internal-id order; `expansion` picks item location or member rows. */
  rows(expansion: 'location' | 'member' | null): Row[] {
    const rows: Row[] = [];
    for (const schema of this.schemas) {
      for (const record of this.account.store.scan(schema.type)) {
        if (this.family === 'transaction') this.transactionRows(schema, record, rows);
        else if (expansion) this.expandedRows(schema, record, expansion, rows);
        else rows.push({ record, schema, kind: 'record', line: null, seq: 0 });
      }
    }
    return rows.sort((a, b) => a.record.id - b.record.id || a.seq - b.seq);
  }

  /** Display text of select ids through a select type or fixed option list. */
  selectText(
    selectType: string | null,
    options: Readonly<Record<string, string>> | undefined,
    value: FieldValue,
  ) {
    return idsOf(value)
      .map((id) => this.oneSelectText(selectType, options, id))
      .join(',');
  }

  private oneSelectText(
    selectType: string | null,
    options: Readonly<Record<string, string>> | undefined,
    id: string,
  ): string {
    if (options) return options[id] ?? id;
    if (!selectType) return id;
    if (selectType.startsWith('customlist')) {
      const values = this.account.customLists.get(selectType);
      return values?.find((one) => one.id === id)?.value ?? '';
    }
    const target = this.target(selectType, id);
    return target ? displayTextOf(target.record, target.schema) : '';
  }

  private target(selectType: string, id: string): { record: StoredRecord; schema: RecordTypeSchema } | null {
    const key = `${selectType}\u0000${id}`;
    if (this.targets.has(key)) return this.targets.get(key) ?? null;
    const found = findTarget(this.account, targetSchemas(this.account, selectType), id);
    this.targets.set(key, found);
    return found;
  }

  private transactionRows(schema: RecordTypeSchema, record: StoredRecord, rows: Row[]): void {
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
          typeof item === 'string' || typeof item === 'number' ? this.target('item', String(item)) : null;
        if (target && INVENTORY_COSTED_ITEM_TYPES.has(target.schema.type))
          rows.push({ record, schema, kind: 'cogs', line, seq: seq++ });
      }
    }
    if (Number(record.fields['taxtotal'] ?? 0) !== 0)
      rows.push({ record, schema, kind: 'tax', line: null, seq: seq++ });
    if (Number(record.fields['shippingcost'] ?? 0) !== 0)
      rows.push({ record, schema, kind: 'shipping', line: null, seq: seq++ });
    if (!isEmpty(record.fields['discountitem']))
      rows.push({ record, schema, kind: 'otherlines', line: null, seq: seq++ });
  }

  private expandedRows(
    schema: RecordTypeSchema,
    record: StoredRecord,
    expansion: 'location' | 'member',
    rows: Row[],
  ): void {
    const lines = record.sublists[expansion === 'location' ? 'locations' : 'member'] ?? [];
    if (lines.length === 0) {
      rows.push({ record, schema, kind: 'record', line: null, seq: 0 });
      return;
    }
    lines.forEach((line, index) => rows.push({ record, schema, kind: 'record', line, seq: index + 1 }));
  }

  private bodyField(name: string): FieldSchema | undefined {
    for (const schema of this.schemas) {
      const found = schema.fields[name];
      if (found) return found;
    }
    return undefined;
  }

  private lineField(name: string): FieldSchema | undefined {
    for (const schema of this.schemas) {
      const found = schema.sublists['item']?.fields[name];
      if (found) return found;
    }
    return undefined;
  }

  private resolveBase(name: string, use: FieldUse): FieldAccessor {
    if (NOT_EMULATED_NAMES.has(name) || name.startsWith('formula'))
      throw new NotEmulatedError(`search field '${name}' on ${this.searchType}`);
    const special = this.special(name);
    if (special) return special;
    if (this.family === 'transaction') {
      const line = this.lineField(name);
      const body = this.bodyField(name);
      if (line && (!body || LINE_FIRST.has(name))) return this.lineAccessor(name, line, body);
    }
    const body = this.bodyField(name);
    if (body) return this.schemaAccessor(name, body, 'body', (row) => row.record.fields[name] ?? null);
    if (this.family === 'item' && ITEM_TOTAL_FIELDS.has(name)) return this.itemTotal(name);
    throw unknownField(name, use);
  }

  private schemaAccessor(
    id: string,
    field: FieldSchema,
    level: Level,
    read: (row: Row) => FieldValue,
  ): FieldAccessor {
    const isSelect = field.type === 'select' || field.type === 'multiselect';
    const selectType = field.selectType ?? null;
    return {
      id,
      kind: kindOfType(field.type),
      display: displayOfType(field.type),
      level,
      withTime: field.type === 'datetime',
      caseInsensitiveIds: false,
      selectType,
      columnable: true,
      read,
      text: isSelect ? (row) => this.selectText(selectType, field.options, read(row)) : () => null,
    };
  }

  private lineAccessor(name: string, line: FieldSchema, body: FieldSchema | undefined): FieldAccessor {
    const signed = name === 'amount' || name === 'quantity';
    const read = (row: Row): FieldValue => {
      if (signed && !SIGN_KNOWN_TYPES.has(row.schema.type))
        throw new NotEmulatedError(
          `transaction search column '${name}' on ${row.schema.type} (sign per line)`,
        );
      switch (row.kind) {
        case 'line':
        case 'cogs':
          if (name === 'amount') return baseAmount(row.record, row.line?.['amount'] ?? null);
          return row.line?.[name] ?? null;
        case 'main':
          if (name === 'amount') return baseAmount(row.record, mainTotal(row.record));
          if (name === 'quantity')
            throw new NotEmulatedError(
              `transaction search 'quantity' on the main line of ${row.schema.type}`,
            );
          return body ? (row.record.fields[name] ?? null) : null;
        default:
          throw new NotEmulatedError(`'${name}' on a ${row.kind} line of ${row.schema.type}`);
      }
    };
    return this.schemaAccessor(name, line, 'line', read);
  }

  private itemTotal(name: string): FieldAccessor {
    return {
      id: name,
      kind: 'number',
      display: 'float',
      level: 'body',
      withTime: false,
      caseInsensitiveIds: false,
      selectType: null,
      columnable: true,
      read: (row) => {
        const lines = row.record.sublists['locations'];
        if (!lines || lines.length === 0) return null;
        return lines.reduce((sum, line) => sum + (Number(line[name] ?? 0) || 0), 0);
      },
      text: () => null,
    };
  }

  private special(name: string): FieldAccessor | null {
    const base = {
      id: name,
      withTime: false,
      caseInsensitiveIds: false,
      selectType: null,
      columnable: true,
      text: () => null,
    };
    switch (name) {
      case 'internalid':
        return {
          ...base,
          kind: 'select',
          display: 'select',
          level: 'body',
          read: (row) => String(row.record.id),
          text: (row) => String(row.record.id),
        };
      case 'internalidnumber':
        return { ...base, kind: 'number', display: 'integer', level: 'body', read: (row) => row.record.id };
      case 'externalid':
        return {
          ...base,
          kind: 'select',
          display: 'select',
          level: 'body',
          caseInsensitiveIds: true,
          read: (row) => row.record.fields['externalid'] ?? null,
          text: (row) => String(row.record.fields['externalid'] ?? ''),
        };
      case 'externalidstring':
        return {
          ...base,
          kind: 'text',
          display: 'text',
          level: 'body',
          read: (row) => row.record.fields['externalid'] ?? null,
        };
      case 'recordtype':
        return { ...base, kind: 'text', display: 'text', level: 'body', read: (row) => row.schema.type };
      case 'fxamount':
        if (this.family !== 'transaction') return null;
        return this.fxAmount();
      default:
        break;
    }
    if (name === 'type' && (this.family === 'transaction' || this.family === 'item')) {
      const codes = this.family === 'transaction' ? TRANSACTION_TYPE_CODES : ITEM_TYPE_CODES;
      const codeOf = (row: Row): readonly [string, string] => {
        const code = codes[row.schema.type];
        if (!code) throw new NotEmulatedError(`search type code of record type ${row.schema.type}`);
        return code;
      };
      return {
        ...base,
        kind: 'select',
        display: 'select',
        level: 'body',
        read: (row) => codeOf(row)[0],
        text: (row) => codeOf(row)[1],
      };
    }
    if (name === 'status' && this.family === 'transaction' && !this.bodyField(name))
      return this.transactionStatus();
    if (this.family === 'transaction') {
      const flags: Record<string, RowKind> = {
        mainline: 'main',
        taxline: 'tax',
        shipping: 'shipping',
        cogs: 'cogs',
      };
      const flag = flags[name];
      if (flag && !this.bodyField(name))
        return {
          ...base,
          kind: 'checkbox',
          display: 'checkbox',
          level: 'body',
          columnable: false,
          read: (row) => row.kind === flag,
        };
    }
    if (this.family === 'item') return this.itemSpecial(name, base);
    return null;
  }

  private transactionStatus(): FieldAccessor {
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
      id: 'status',
      kind: 'select',
      display: 'select',
      level: 'body',
      withTime: false,
      caseInsensitiveIds: false,
      selectType: null,
      columnable: true,
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

  private itemSpecial(
    name: string,
    base: Omit<FieldAccessor, 'kind' | 'display' | 'level' | 'read'>,
  ): FieldAccessor | null {
    if (name === 'inventorylocation')
      return this.lineSelect(name, 'location', 'location', (line) => line['location'] ?? null);
    if (name === 'memberitem') return this.lineSelect(name, 'item', 'member', (line) => line['item'] ?? null);
    const quantityField = LOCATION_QUANTITY_FIELDS[name];
    if (quantityField)
      return {
        ...base,
        kind: 'number',
        display: 'float',
        level: 'location',
        read: (row) => row.line?.[quantityField] ?? null,
      };
    if (name === 'memberquantity')
      return {
        ...base,
        kind: 'number',
        display: 'float',
        level: 'member',
        read: (row) => row.line?.['quantity'] ?? null,
      };
    return null;
  }

  private lineSelect(
    id: string,
    selectType: string,
    level: Level,
    pick: (line: SublistLine) => FieldValue,
  ): FieldAccessor {
    const read = (row: Row): FieldValue => (row.line ? pick(row.line) : null);
    return {
      id,
      kind: 'select',
      display: 'select',
      level,
      withTime: false,
      caseInsensitiveIds: false,
      selectType,
      columnable: true,
      read,
      text: (row) => this.selectText(selectType, undefined, read(row)),
    };
  }

  private fxAmount(): FieldAccessor {
    return {
      id: 'fxamount',
      kind: 'number',
      display: 'currency',
      level: 'line',
      withTime: false,
      caseInsensitiveIds: false,
      selectType: null,
      columnable: true,
      read: (row) => {
        if (!SIGN_KNOWN_TYPES.has(row.schema.type))
          throw new NotEmulatedError(
            `transaction search column 'fxamount' on ${row.schema.type} (sign per line)`,
          );
        if (row.kind === 'main') return mainTotal(row.record);
        if (row.kind === 'line' || row.kind === 'cogs') return row.line?.['amount'] ?? null;
        throw new NotEmulatedError(`'fxamount' on a ${row.kind} line of ${row.schema.type}`);
      },
      text: () => null,
    };
  }

  /** The select a join id follows from the base record. */
  private joinSource(join: string, use: FieldUse): FieldAccessor {
    if (this.family === 'transaction' && (join === 'customer' || join === 'customermain')) {
      const entity = this.bodyField('entity');
      if (!entity) throw unknownJoin(join, use);
      const read = (row: Row): FieldValue => row.record.fields['entity'] ?? null;
      return { ...this.schemaAccessor('entity', entity, 'body', read), selectType: 'customer' };
    }
    let source: FieldAccessor;
    try {
      source = this.resolveBase(join, use);
    } catch (error) {
      if (error instanceof NotEmulatedError) throw error;
      throw unknownJoin(join, use);
    }
    if ((source.kind !== 'select' && source.kind !== 'multiselect') || !source.selectType)
      throw unknownJoin(join, use);
    return source;
  }

  private resolveJoined(join: string, name: string, use: FieldUse): FieldAccessor {
    if (name.includes('.')) throw new NotEmulatedError(`nested search join '${join}.${name}'`);
    const source = this.joinSource(join, use);
    const selectType = source.selectType ?? '';
    if (selectType.startsWith('customlist'))
      throw new NotEmulatedError(`search join '${join}' to the custom list ${selectType}`);
    const schemas = targetSchemas(this.account, selectType);
    if (schemas.length === 0) throw new NotEmulatedError(`search join '${join}' to ${selectType}`);
    const id = `${join}.${name}`;
    const targetOf = (row: Row): { record: StoredRecord; schema: RecordTypeSchema } | null => {
      const value = source.read(row);
      const first = idsOf(value)[0];
      return first === undefined ? null : this.target(selectType, first);
    };
    if (name === 'internalid' || name === 'externalid') {
      const read = (row: Row): FieldValue => {
        const target = targetOf(row);
        if (!target) return null;
        return name === 'internalid'
          ? String(target.record.id)
          : (target.record.fields['externalid'] ?? null);
      };
      return {
        id,
        kind: 'select',
        display: 'select',
        level: source.level,
        withTime: false,
        caseInsensitiveIds: name === 'externalid',
        selectType: null,
        columnable: true,
        read,
        text: (row) => String(read(row) ?? ''),
      };
    }
    const field = schemas.map((schema) => schema.fields[name]).find((one) => one !== undefined);
    if (!field) throw unknownField(id, use);
    const read = (row: Row): FieldValue => targetOf(row)?.record.fields[name] ?? null;
    return { ...this.schemaAccessor(id, field, source.level, read), level: source.level };
  }
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
