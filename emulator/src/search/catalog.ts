import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError } from '../errors';
import type { FieldSchema, FieldValue, RecordTypeSchema } from '../records/types';
import {
  PLAIN,
  idsOf,
  schemaAccessor,
  unknownField,
  unknownJoin,
  type FieldAccessor,
  type FieldUse,
  type Lookups,
  type Row,
  type Target,
} from './fields';
import { ITEM_TOTAL_FIELDS, expandedRows, itemLineField, itemTotal } from './item-fields';
import {
  ITEM_TYPE_CODES,
  TRANSACTION_TYPE_CODES,
  displayTextOf,
  findTarget,
  schemasOfSearchType,
  targetSchemas,
  type SearchFamily,
} from './record-types';
import {
  LINE_FIRST,
  fxAmount,
  lineAccessor,
  lineFlag,
  transactionRows,
  transactionStatus,
} from './transaction-fields';

export type { Display, FieldAccessor, FieldUse, Level, Row, RowKind } from './fields';
export { UNMODELLED_ROWS } from './fields';

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
  // The customer's Individual/Company radio: public scripts filter it with 'is' 'T' and read it back both as 'T'
  // and as a boolean, so neither its operators nor its column value are pinned (fidelity review).
  'isperson',
]);

/**
 * Knows the fields of one search type and reads them from rows. Built per search run: it caches join targets,
 * so it must not outlive the run (records may change between runs).
 */
export class Catalog implements Lookups {
  readonly family: SearchFamily;
  readonly schemas: readonly RecordTypeSchema[];
  private readonly accessors = new Map<string, FieldAccessor>();
  private readonly targets = new Map<string, Target | null>();

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
        if (this.family === 'transaction') transactionRows(this, schema, record, rows);
        else if (expansion) expandedRows(schema, record, expansion, rows);
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
  ): string {
    return idsOf(value)
      .map((id) => this.oneSelectText(selectType, options, id))
      .join(',');
  }

  target(selectType: string, id: string): Target | null {
    const key = `${selectType}\u0000${id}`;
    if (this.targets.has(key)) return this.targets.get(key) ?? null;
    const found = findTarget(this.account, targetSchemas(this.account, selectType), id);
    this.targets.set(key, found);
    return found;
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
    const special = this.special(name, use);
    if (special) return special;
    const body = this.bodyField(name);
    if (this.family === 'transaction') {
      const line = this.lineField(name);
      if (line && (!body || LINE_FIRST.has(name))) return lineAccessor(this, name, line, body);
    }
    if (body) return schemaAccessor(this, name, body, 'body', (row) => row.record.fields[name] ?? null);
    if (this.family === 'item' && ITEM_TOTAL_FIELDS.has(name)) return itemTotal(name);
    throw unknownField(name, use);
  }

  /** Names every search knows, then the ones of transaction and item searches (a schema field wins over them). */
  private special(name: string, use: FieldUse): FieldAccessor | null {
    switch (name) {
      case 'internalid':
        return {
          ...PLAIN,
          id: name,
          kind: 'select',
          display: 'select',
          level: 'body',
          read: (row) => String(row.record.id),
          text: (row) => String(row.record.id),
        };
      case 'internalidnumber':
        return {
          ...PLAIN,
          id: name,
          kind: 'number',
          display: 'integer',
          level: 'body',
          read: (row) => row.record.id,
        };
      case 'externalid':
        return {
          ...PLAIN,
          id: name,
          kind: 'select',
          display: 'select',
          level: 'body',
          caseInsensitiveIds: true,
          read: (row) => row.record.fields['externalid'] ?? null,
          text: (row) => String(row.record.fields['externalid'] ?? ''),
        };
      case 'externalidstring':
        return {
          ...PLAIN,
          id: name,
          kind: 'text',
          display: 'text',
          level: 'body',
          read: (row) => row.record.fields['externalid'] ?? null,
        };
      case 'recordtype':
        return {
          ...PLAIN,
          id: name,
          kind: 'text',
          display: 'text',
          level: 'body',
          read: (row) => row.schema.type,
        };
      default:
        break;
    }
    if (name === 'type' && (this.family === 'transaction' || this.family === 'item')) return this.typeCode();
    if (this.family === 'transaction' && !this.bodyField(name)) {
      if (name === 'fxamount') return fxAmount();
      if (name === 'status') return transactionStatus();
      if (name === 'statusref') {
        // The same status id and label as `status` (public map/reduce logs show statusref as
        // {"value":"pendingBillingPartFulfilled","text":"Pending Billing/Partially Fulfilled"}); as a filter it is
        // not pinned, so only its column is emulated.
        if (use === 'filter') throw new NotEmulatedError(`'statusref' as a search filter`);
        return { ...transactionStatus(), id: 'statusref' };
      }
      return lineFlag(name);
    }
    if (this.family === 'item') return itemLineField(this, name);
    return null;
  }

  /** `type`: NetSuite's type code as the value, its label as the text. */
  private typeCode(): FieldAccessor {
    const codes = this.family === 'transaction' ? TRANSACTION_TYPE_CODES : ITEM_TYPE_CODES;
    const codeOf = (row: Row): readonly [string, string] => {
      const code = codes[row.schema.type];
      if (!code) throw new NotEmulatedError(`search type code of record type ${row.schema.type}`);
      return code;
    };
    return {
      ...PLAIN,
      id: 'type',
      kind: 'select',
      display: 'select',
      level: 'body',
      read: (row) => codeOf(row)[0],
      text: (row) => codeOf(row)[1],
    };
  }

  /** The select a join id follows from the base record. */
  private joinSource(join: string, use: FieldUse): FieldAccessor {
    if (this.family === 'transaction' && (join === 'customer' || join === 'customermain')) {
      const entity = this.bodyField('entity');
      if (!entity) throw unknownJoin(join, use);
      const read = (row: Row): FieldValue => row.record.fields['entity'] ?? null;
      return { ...schemaAccessor(this, 'entity', entity, 'body', read), selectType: 'customer' };
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
    const targetOf = (row: Row): Target | null => {
      const first = idsOf(source.read(row))[0];
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
        ...PLAIN,
        id,
        kind: 'select',
        display: 'select',
        level: source.level,
        caseInsensitiveIds: name === 'externalid',
        read,
        text: (row) => String(read(row) ?? ''),
      };
    }
    const field = schemas.map((schema) => schema.fields[name]).find((one) => one !== undefined);
    if (!field) throw unknownField(id, use);
    const read = (row: Row): FieldValue => targetOf(row)?.record.fields[name] ?? null;
    return schemaAccessor(this, id, field, source.level, read);
  }
}
