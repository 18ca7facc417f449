import type {
  Field as NField,
  FieldValue as NFieldValue,
  Record as NRecord,
  RecordToJSONReturnValue,
  Sublist as NSublist,
} from 'N/record';
import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import { withPromise } from '../modules/promise-twin';
import type { FieldSchema, FieldValue, RecordTypeSchema, SublistLine, SublistSchema } from './types';
import { recalculateDynamic, sourceFromCustomer } from './rules';
import type { RecordState } from './state';
import { address, SUBRECORD_FIELDS } from './schemas/address';
import { textOf, valueOfText } from './texts';
import { copyValue, emptyValue, invalidValue, isEmpty, normalize, type ScriptValue } from './values';

/** How a record object came to be; the save pipeline treats each differently (user event type, links). */
export type RecordOrigin =
  | { readonly kind: 'new' }
  | { readonly kind: 'loaded'; readonly version: number }
  | { readonly kind: 'copy'; readonly fromId: number }
  | { readonly kind: 'transform'; readonly fromType: string; readonly fromId: number };

export interface SaveOptions {
  readonly enableSourcing?: boolean;
  readonly ignoreMandatoryFields?: boolean;
}

/** Saves a record object; set by persistence.ts so this module does not import it (no import cycle). */
export type RecordSaver = (record: EmulatedRecord, options: SaveOptions) => number;
let saver: RecordSaver | null = null;
export function installRecordSaver(save: RecordSaver): void {
  saver = save;
}

interface CurrentLine {
  index: number;
  values: SublistLine;
  isNew: boolean;
}

/** Sublists NetSuite fills itself: scripts edit their lines but cannot add or remove any. */
const LIST_SUBLISTS: ReadonlySet<string> = new Set(['apply', 'locations']);

type FieldIdArg = string | { fieldId: string };

function fieldIdOf(options: FieldIdArg | undefined): string {
  const id = typeof options === 'string' ? options : options?.fieldId;
  if (typeof id !== 'string' || id === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'Missing a required argument: fieldId');
  return id;
}

function required<T>(value: T | undefined | null, name: string): T {
  if (value === undefined || value === null || (value as unknown) === '') {
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `Missing a required argument: ${name}`);
  }
  return value;
}

function invalidSublistOperation(detail: string): Error {
  return nsError(
    'SSS_INVALID_SUBLIST_OPERATION',
    `You have attempted an invalid sublist or line item operation. ${detail}`,
  );
}

/**
 * N/record's Record: body fields and sublists held against the type's schema, in standard or dynamic mode.
 * Standard mode edits lines by index (setSublistValue); dynamic mode through the current line
 * (selectLine/selectNewLine, setCurrentSublistValue, commitLine); each mode's methods throw in the other.
 */
export class EmulatedRecord implements NRecord {
  id: number | null;
  readonly type: NRecord['type'];
  readonly isDynamic: boolean;
  /** Undocumented in NetSuite: true until the record is first saved. */
  get isNew(): boolean {
    return this.id === null;
  }
  /** Undocumented in NetSuite: true when the form cannot be edited. Scripted records are editable. */
  readonly isReadOnly = false;
  origin: RecordOrigin;
  /**
   * For a copied or transformed record: its values as they came from the source, so the save can tell which
   * line amounts the script changed and which NetSuite must recompute.
   */
  baseline: RecordState | null = null;
  readonly save: NRecord['save'];
  readonly copy: NRecord['copy'];
  readonly executeMacro: NRecord['executeMacro'];

  private readonly values: Record<string, FieldValue>;
  /** Set for an address subrecord: the schema it follows (it is not a record type of the account). */
  private readonly ownSchema: RecordTypeSchema | null;
  private readonly lines: Record<string, SublistLine[]> = {};
  private readonly current = new Map<string, CurrentLine>();
  /** Standard mode: fields set with setValue, whose text NetSuite will not give back before save (SSS_INVALID_API_USAGE). */
  private readonly setByValue = new Set<string>();
  private readonly lineSetByValue = new WeakMap<SublistLine, Set<string>>();

  constructor(
    readonly account: EmulatedAccount,
    init: {
      type: string;
      isDynamic: boolean;
      id: number | null;
      origin: RecordOrigin;
      fields: Record<string, FieldValue>;
      sublists: Record<string, SublistLine[]>;
      /** A subrecord reads and writes its parent's values through this object instead of holding its own. */
      backing?: Record<string, FieldValue>;
      schema?: RecordTypeSchema;
    },
  ) {
    this.values = init.backing ?? {};
    this.ownSchema = init.schema ?? null;
    this.type = init.type as NRecord['type'];
    this.isDynamic = init.isDynamic;
    this.id = init.id;
    this.origin = init.origin;
    for (const [key, value] of Object.entries(init.fields)) this.values[key] = copyValue(value);
    for (const [key, lines] of Object.entries(init.sublists)) {
      this.lines[key] = lines.map((line) => copyLine(line));
    }
    const save = (options?: SaveOptions): number => {
      if (this.ownSchema)
        throw new NotEmulatedError('saving a subrecord on its own (save its parent record)');
      if (!saver) throw new NotEmulatedError('Record.save before the record layer is loaded');
      return saver(this, options ?? {});
    };
    this.save = withPromise(save);
    const notEmulated = (what: string) => () => {
      throw new NotEmulatedError(what);
    };
    this.copy = Object.assign(notEmulated('Record.copy (use record.copy)'), {
      promise: notEmulated('Record.copy.promise'),
    }) as unknown as NRecord['copy'];
    this.executeMacro = Object.assign(notEmulated('Record.executeMacro'), {
      promise: notEmulated('Record.executeMacro.promise'),
    }) as unknown as NRecord['executeMacro'];
  }

  /** The record's schema as the account knows it now (custom fields deployed later are included). */
  get schema(): RecordTypeSchema {
    return this.ownSchema ?? this.account.schemas.schemaOf(this.type);
  }

  // ---- body fields -------------------------------------------------------------------------------------------

  getValue(options: FieldIdArg): NFieldValue {
    const schema = this.bodyField(fieldIdOf(options));
    const value = this.values[schema.id];
    return (isEmpty(value) ? emptyValue(schema) : copyValue(value as FieldValue)) as NFieldValue;
  }

  setValue(options: FieldIdArg | { fieldId: string; value: ScriptValue }, value?: ScriptValue): this {
    const fieldId = fieldIdOf(options);
    const given = typeof options === 'string' ? value : (options as { value: ScriptValue }).value;
    const schema = this.bodyField(fieldId);
    this.assertSettable(schema);
    const normalized = normalize(schema, given);
    if (
      this.ownSchema &&
      fieldId === 'country' &&
      normalized !== null &&
      !/^[A-Z]{2}$/.test(String(normalized))
    ) {
      // NetSuite's country values are upper-case ISO codes (its Country enum); anything else is refused.
      throw invalidValue(fieldId, normalized);
    }
    this.values[fieldId] = normalized;
    if (!this.isDynamic) this.setByValue.add(fieldId);
    else if (fieldId === 'entity' || fieldId === 'customer') this.sourceFromCustomer();
    return this;
  }

  getText(options: FieldIdArg): string | string[] {
    const fieldId = fieldIdOf(options);
    const schema = this.bodyField(fieldId);
    if (this.setByValue.has(fieldId)) throw invalidApiUsage('getValue', 'setValue');
    return textOf(this.account, schema, this.values[fieldId] ?? null);
  }

  setText(options: FieldIdArg | { fieldId: string; text: string | string[] }, text?: string): this {
    const fieldId = fieldIdOf(options);
    const given = typeof options === 'string' ? text : (options as { text: string | string[] }).text;
    const schema = this.bodyField(fieldId);
    this.assertSettable(schema);
    this.values[fieldId] = valueOfText(this.account, schema, given ?? '');
    this.setByValue.delete(fieldId);
    return this;
  }

  getFields(): string[] {
    return Object.keys(this.schema.fields);
  }

  getField(options: { fieldId: string }): NField | null {
    const schema = this.schema.fields[fieldIdOf(options)];
    return schema ? fieldInfo(schema, '') : null;
  }

  // ---- sublists, both modes ----------------------------------------------------------------------------------

  getSublists(): string[] {
    return Object.keys(this.schema.sublists);
  }

  getSublistFields(options: { sublistId: string }): string[] {
    return Object.keys(this.sublistSchema(options?.sublistId).fields);
  }

  getLineCount(options: { sublistId: string }): number {
    const sublist = this.schema.sublists[required(options?.sublistId, 'sublistId')];
    // NetSuite answers -1 for a sublist the record does not have.
    return sublist ? this.linesOf(sublist.id).length : -1;
  }

  getSublistValue(options: { sublistId: string; fieldId: string; line: number }): NFieldValue {
    const { schema, line } = this.lineField(options);
    const value = line[schema.id];
    return (isEmpty(value) ? emptyValue(schema) : copyValue(value as FieldValue)) as NFieldValue;
  }

  getSublistText(options: { sublistId: string; fieldId: string; line: number }): string {
    const { schema, line } = this.lineField(options);
    if (this.lineSetByValue.get(line)?.has(schema.id))
      throw invalidApiUsage('getSublistValue', 'setSublistValue');
    return joinText(textOf(this.account, schema, line[schema.id] ?? null));
  }

  findSublistLineWithValue(options: { sublistId: string; fieldId: string; value: NFieldValue }): number {
    const sublist = this.sublistSchema(options?.sublistId);
    const schema = this.fieldOf(sublist, required(options.fieldId, 'fieldId'));
    const wanted = comparable(options.value);
    return this.linesOf(sublist.id).findIndex((line) => comparable(line[schema.id] ?? null) === wanted);
  }

  insertLine(options: { sublistId: string; line: number; ignoreRecalc?: boolean }): this {
    const sublist = this.editableSublist(options?.sublistId);
    const lines = this.linesOf(sublist.id);
    const index = required(options.line, 'line');
    if (!Number.isInteger(index) || index < 0 || index > lines.length)
      throw invalidSublistOperation(`line ${index}`);
    const line = defaultLine(sublist);
    lines.splice(index, 0, line);
    if (this.isDynamic) this.current.set(sublist.id, { index, values: copyLine(line), isNew: false });
    return this;
  }

  removeLine(options: { sublistId: string; line: number; ignoreRecalc?: boolean }): this {
    const sublist = this.editableSublist(options?.sublistId);
    const lines = this.linesOf(sublist.id);
    const index = required(options.line, 'line');
    if (!Number.isInteger(index) || index < 0 || index >= lines.length)
      throw invalidSublistOperation(`line ${index}`);
    lines.splice(index, 1);
    this.current.delete(sublist.id);
    this.recalculate();
    return this;
  }

  // ---- sublists, standard mode -------------------------------------------------------------------------------

  setSublistValue(options: { sublistId: string; fieldId: string; line: number; value: ScriptValue }): this {
    this.requireMode(false, 'setSublistValue');
    const sublist = this.sublistSchema(options?.sublistId);
    const schema = this.fieldOf(sublist, required(options.fieldId, 'fieldId'));
    this.assertSettable(schema);
    const line = this.lineForWrite(sublist, options.line);
    line[schema.id] = normalize(schema, options.value);
    const marks = this.lineSetByValue.get(line) ?? new Set<string>();
    marks.add(schema.id);
    this.lineSetByValue.set(line, marks);
    return this;
  }

  setSublistText(options: { sublistId: string; fieldId: string; line: number; text: string }): this {
    this.requireMode(false, 'setSublistText');
    const sublist = this.sublistSchema(options?.sublistId);
    const schema = this.fieldOf(sublist, required(options.fieldId, 'fieldId'));
    this.assertSettable(schema);
    const line = this.lineForWrite(sublist, options.line);
    line[schema.id] = valueOfText(this.account, schema, options.text);
    this.lineSetByValue.get(line)?.delete(schema.id);
    return this;
  }

  // ---- sublists, dynamic mode --------------------------------------------------------------------------------

  selectLine(options: { sublistId: string; line: number }): this {
    this.requireMode(true, 'selectLine');
    const sublist = this.sublistSchema(options?.sublistId);
    const lines = this.linesOf(sublist.id);
    const index = required(options.line, 'line');
    const line = lines[index];
    if (!Number.isInteger(index) || !line) throw invalidSublistOperation(`line ${index}`);
    this.current.set(sublist.id, { index, values: copyLine(line), isNew: false });
    return this;
  }

  selectNewLine(options: { sublistId: string }): this {
    this.requireMode(true, 'selectNewLine');
    const sublist = this.editableSublist(options?.sublistId);
    this.current.set(sublist.id, {
      index: this.linesOf(sublist.id).length,
      values: defaultLine(sublist),
      isNew: true,
    });
    return this;
  }

  getCurrentSublistIndex(options: { sublistId: string }): number {
    this.requireMode(true, 'getCurrentSublistIndex');
    const sublist = this.sublistSchema(options?.sublistId);
    return this.current.get(sublist.id)?.index ?? this.linesOf(sublist.id).length;
  }

  getCurrentSublistValue(options: { sublistId: string; fieldId: string }): NFieldValue {
    this.requireMode(true, 'getCurrentSublistValue');
    const { schema, current } = this.currentField(options);
    const value = current.values[schema.id];
    return (isEmpty(value) ? emptyValue(schema) : copyValue(value as FieldValue)) as NFieldValue;
  }

  getCurrentSublistText(options: { sublistId: string; fieldId: string }): string {
    this.requireMode(true, 'getCurrentSublistText');
    const { schema, current } = this.currentField(options);
    return joinText(textOf(this.account, schema, current.values[schema.id] ?? null));
  }

  setCurrentSublistValue(options: { sublistId: string; fieldId: string; value: ScriptValue }): this {
    this.requireMode(true, 'setCurrentSublistValue');
    const { schema, current } = this.currentField(options);
    this.assertSettable(schema);
    current.values[schema.id] = normalize(schema, options.value);
    return this;
  }

  setCurrentSublistText(options: { sublistId: string; fieldId: string; text: string | string[] }): this {
    this.requireMode(true, 'setCurrentSublistText');
    const { schema, current } = this.currentField(options);
    this.assertSettable(schema);
    current.values[schema.id] = valueOfText(this.account, schema, options.text);
    return this;
  }

  commitLine(options: { sublistId: string; ignoreRecalc?: boolean }): this {
    this.requireMode(true, 'commitLine');
    const sublist = this.sublistSchema(options?.sublistId);
    const current = this.current.get(sublist.id) ?? {
      index: this.linesOf(sublist.id).length,
      values: defaultLine(sublist),
      isNew: true,
    };
    // Committing validates the line as the UI does: its mandatory fields must hold values.
    for (const schema of Object.values(sublist.fields)) {
      if (schema.mandatory && !schema.computed && isEmpty(current.values[schema.id])) {
        throw nsError('USER_ERROR', `Please enter value(s) for: ${schema.label ?? schema.id}`);
      }
    }
    const lines = this.linesOf(sublist.id);
    const committed = copyLine(current.values);
    const previous = current.isNew ? undefined : lines[current.index];
    if (previous) {
      // An edited line whose quantity or rate changed gets its amount (and then its tax) recalculated.
      const changed = (id: string) => String(previous[id] ?? '') !== String(committed[id] ?? '');
      if ((changed('quantity') || changed('rate')) && !changed('amount')) committed['amount'] = null;
      if ((committed['amount'] === null || changed('taxcode')) && !changed('tax1amt'))
        committed['tax1amt'] = null;
    }
    if (current.isNew) lines.push(committed);
    else lines[current.index] = committed;
    this.current.delete(sublist.id);
    this.recalculate();
    return this;
  }

  cancelLine(options: { sublistId: string }): this {
    this.requireMode(true, 'cancelLine');
    this.current.delete(this.sublistSchema(options?.sublistId).id);
    return this;
  }

  // ---- not emulated ------------------------------------------------------------------------------------------

  getSublist(options: { sublistId: string }): NSublist {
    throw new NotEmulatedError(`Record.getSublist(${options?.sublistId})`);
  }
  getSublistField(options: { sublistId: string; fieldId: string; line: number }): NField {
    const sublist = this.sublistSchema(options?.sublistId);
    return fieldInfo(this.fieldOf(sublist, options.fieldId), sublist.id);
  }
  getCurrentSublistField(options: { sublistId: string; fieldId: string }): NField {
    const sublist = this.sublistSchema(options?.sublistId);
    return fieldInfo(this.fieldOf(sublist, options.fieldId), sublist.id);
  }
  getSubrecord(options: { fieldId: string }): EmulatedRecord {
    const fieldId = fieldIdOf(options);
    this.subrecordField('body', fieldId);
    return this.subrecordOver(this.values, fieldId);
  }
  getSublistSubrecord(options: { sublistId: string; fieldId: string; line: number }): EmulatedRecord {
    const sublist = this.sublistSchema(options?.sublistId);
    const fieldId = required(options.fieldId, 'fieldId');
    this.subrecordField('lines', `${sublist.id}.${fieldId}`);
    const index = required(options.line, 'line');
    const line = this.linesOf(sublist.id)[index];
    if (!Number.isInteger(index) || !line)
      throw invalidSublistOperation(`${sublist.id} has no line ${index}.`);
    return this.subrecordOver(line, fieldId);
  }
  getCurrentSublistSubrecord(options: { sublistId: string; fieldId: string }): EmulatedRecord {
    this.requireMode(true, 'getCurrentSublistSubrecord');
    const sublist = this.sublistSchema(options?.sublistId);
    const fieldId = required(options.fieldId, 'fieldId');
    this.subrecordField('lines', `${sublist.id}.${fieldId}`);
    let current = this.current.get(sublist.id);
    if (!current) {
      current = { index: this.linesOf(sublist.id).length, values: defaultLine(sublist), isNew: true };
      this.current.set(sublist.id, current);
    }
    return this.subrecordOver(current.values, fieldId);
  }
  hasSubrecord(options: { fieldId: string }): boolean {
    const fieldId = fieldIdOf(options);
    this.subrecordField('body', fieldId);
    return hasPrefixed(this.values, fieldId);
  }
  hasSublistSubrecord(options: { sublistId: string; fieldId: string; line: number }): boolean {
    const sublist = this.sublistSchema(options?.sublistId);
    this.subrecordField('lines', `${sublist.id}.${options.fieldId}`);
    const line = this.linesOf(sublist.id)[options.line];
    return line ? hasPrefixed(line, options.fieldId) : false;
  }
  hasCurrentSublistSubrecord(options: { sublistId: string; fieldId: string }): boolean {
    const sublist = this.sublistSchema(options?.sublistId);
    this.subrecordField('lines', `${sublist.id}.${options.fieldId}`);
    const current = this.current.get(sublist.id);
    return current ? hasPrefixed(current.values, options.fieldId) : false;
  }
  removeSubrecord(options: { fieldId: string }): this {
    const fieldId = fieldIdOf(options);
    this.subrecordField('body', fieldId);
    removePrefixed(this.values, fieldId);
    return this;
  }
  removeSublistSubrecord(options: { sublistId: string; fieldId: string; line: number }): this {
    const sublist = this.sublistSchema(options?.sublistId);
    this.subrecordField('lines', `${sublist.id}.${options.fieldId}`);
    const line = this.linesOf(sublist.id)[options.line];
    if (!line) throw invalidSublistOperation(`${sublist.id} has no line ${options.line}.`);
    removePrefixed(line, options.fieldId);
    return this;
  }
  removeCurrentSublistSubrecord(options: { sublistId: string; fieldId: string }): this {
    const sublist = this.sublistSchema(options?.sublistId);
    this.subrecordField('lines', `${sublist.id}.${options.fieldId}`);
    const current = this.current.get(sublist.id);
    if (current) removePrefixed(current.values, options.fieldId);
    return this;
  }
  moveLine(): this {
    throw new NotEmulatedError('Record.moveLine');
  }
  getMacro(): never {
    throw new NotEmulatedError('Record.getMacro');
  }
  getMacros(): never {
    throw new NotEmulatedError('Record.getMacros');
  }
  findMatrixSublistLineWithValue(): number {
    throw new NotEmulatedError('matrix sublists');
  }
  getCurrentMatrixSublistValue(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  getMatrixHeaderCount(): number {
    throw new NotEmulatedError('matrix sublists');
  }
  getMatrixHeaderField(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  getMatrixHeaderValue(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  getMatrixSublistField(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  getMatrixSublistValue(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  setCurrentMatrixSublistValue(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  setMatrixHeaderValue(): never {
    throw new NotEmulatedError('matrix sublists');
  }
  setMatrixSublistValue(): never {
    throw new NotEmulatedError('matrix sublists');
  }

  toString(): string {
    return `standard record ${this.type}${this.id === null ? '' : ` ${this.id}`}`;
  }

  toJSON(): RecordToJSONReturnValue {
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.values)) {
      if (!isEmpty(value)) fields[key] = value instanceof Date ? value.toISOString() : String(value);
    }
    const sublists: RecordToJSONReturnValue['sublists'] = {};
    for (const [key, lines] of Object.entries(this.lines)) {
      const out: Record<string, Record<string, string>> = {};
      lines.forEach((line, index) => {
        const row: Record<string, string> = {};
        for (const [fieldId, value] of Object.entries(line)) {
          if (!isEmpty(value)) row[fieldId] = value instanceof Date ? value.toISOString() : String(value);
        }
        out[`line ${index + 1}`] = row;
      });
      sublists[key] = out;
    }
    return {
      id: this.id === null ? '' : String(this.id),
      type: this.type,
      isDynamic: this.isDynamic,
      fields,
      sublists,
    };
  }

  // ---- the record layer's access (persistence, transforms, user events) --------------------------------------

  /** Body values as held now (live object: the save pipeline fills computed fields into it). */
  bodyState(): Record<string, FieldValue> {
    return this.values;
  }

  /** Committed lines per sublist (live arrays). */
  sublistState(): Record<string, SublistLine[]> {
    for (const id of Object.keys(this.schema.sublists)) this.linesOf(id);
    return this.lines;
  }

  /** After a save: the record now stands for the stored version, as a loaded record would. */
  markSaved(
    id: number,
    version: number,
    fields: Record<string, FieldValue>,
    sublists: Record<string, SublistLine[]>,
  ): void {
    this.id = id;
    this.origin = { kind: 'loaded', version };
    // Standard mode: "sourced, calculated and defaulted values ... appear only after save and reload" (N/record
    // Record.save), so computed body values this object did not hold stay hidden until the record is loaded.
    const hidden = new Set<string>();
    if (!this.isDynamic) {
      for (const one of Object.values(this.schema.fields)) {
        if (one.computed && one.id !== 'id' && isEmpty(this.values[one.id])) hidden.add(one.id);
      }
    }
    for (const key of Object.keys(this.values)) delete this.values[key];
    for (const [key, value] of Object.entries(fields))
      if (!hidden.has(key)) this.values[key] = copyValue(value);
    for (const key of Object.keys(this.lines)) delete this.lines[key];
    for (const [key, lines] of Object.entries(sublists))
      this.lines[key] = lines.map((line) => copyLine(line));
    this.current.clear();
    this.setByValue.clear();
  }

  /** Dynamic mode keeps amounts and totals current as lines change. */
  private recalculate(): void {
    if (this.isDynamic && !this.ownSchema) {
      recalculateDynamic(this.account, this.schema, { fields: this.values, sublists: this.lines });
    }
  }

  /** Dynamic mode sources as the UI does: a new customer brings its subsidiary and currency. */
  private sourceFromCustomer(): void {
    const schema = this.schema;
    if (schema.recordClass !== 'transaction') return;
    for (const id of ['subsidiary', 'currency'])
      if (schema.fields[id] && !schema.fields[id]?.mandatory) delete this.values[id];
    sourceFromCustomer(this.account, schema, { fields: this.values, sublists: this.lines });
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  /** Only the address subrecords NetSuite has on this type are emulated; others are not. */
  private subrecordField(where: 'body' | 'lines', id: string): void {
    const places = SUBRECORD_FIELDS[this.type];
    if (!places?.[where].includes(id)) throw new NotEmulatedError(`the subrecord ${id} on ${this.type}`);
  }

  private subrecordOver(holder: Record<string, FieldValue>, fieldId: string): EmulatedRecord {
    return new EmulatedRecord(this.account, {
      type: 'address',
      id: null,
      isDynamic: this.isDynamic,
      origin: { kind: 'new' },
      fields: {},
      sublists: {},
      backing: prefixedView(holder, fieldId),
      schema: address,
    });
  }

  private bodyField(fieldId: string): FieldSchema {
    const schema = this.schema.fields[fieldId];
    if (!schema) throw unknownField(this.type, fieldId);
    return schema;
  }

  private sublistSchema(sublistId: string | undefined): SublistSchema {
    const id = required(sublistId, 'sublistId');
    const sublist = this.schema.sublists[id];
    if (!sublist) throw invalidSublistOperation(`${this.type} has no sublist ${id}.`);
    return sublist;
  }

  private editableSublist(sublistId: string | undefined): SublistSchema {
    const sublist = this.sublistSchema(sublistId);
    if (LIST_SUBLISTS.has(sublist.id))
      throw invalidSublistOperation(`Lines of ${sublist.id} are set by NetSuite.`);
    return sublist;
  }

  private fieldOf(sublist: SublistSchema, fieldId: string): FieldSchema {
    const schema = sublist.fields[fieldId];
    if (!schema) throw unknownField(`${this.type}.${sublist.id}`, fieldId);
    return schema;
  }

  private linesOf(sublistId: string): SublistLine[] {
    let lines = this.lines[sublistId];
    if (!lines) {
      lines = [];
      this.lines[sublistId] = lines;
    }
    return lines;
  }

  private lineField(options: { sublistId: string; fieldId: string; line: number }): {
    schema: FieldSchema;
    line: SublistLine;
  } {
    const sublist = this.sublistSchema(options?.sublistId);
    const schema = this.fieldOf(sublist, required(options.fieldId, 'fieldId'));
    const index = required(options.line, 'line');
    const line = this.linesOf(sublist.id)[index];
    if (!Number.isInteger(index) || !line)
      throw invalidSublistOperation(`${sublist.id} has no line ${index}.`);
    return { schema, line };
  }

  /** Standard mode: a line index up to the line count; the count itself adds a line (as NetSuite allows). */
  private lineForWrite(sublist: SublistSchema, index: number): SublistLine {
    const lines = this.linesOf(sublist.id);
    required(index, 'line');
    if (!Number.isInteger(index) || index < 0 || index > lines.length)
      throw invalidSublistOperation(`${sublist.id} has no line ${index}.`);
    if (index === lines.length) {
      if (LIST_SUBLISTS.has(sublist.id))
        throw invalidSublistOperation(`Lines of ${sublist.id} are set by NetSuite.`);
      lines.push(defaultLine(sublist));
    }
    return lines[index] as SublistLine;
  }

  private currentField(options: { sublistId: string; fieldId: string }): {
    schema: FieldSchema;
    current: CurrentLine;
  } {
    const sublist = this.sublistSchema(options?.sublistId);
    const schema = this.fieldOf(sublist, required(options.fieldId, 'fieldId'));
    let current = this.current.get(sublist.id);
    if (!current) {
      // Dynamic records always have a current line: the new line at the end of the sublist.
      current = { index: this.linesOf(sublist.id).length, values: defaultLine(sublist), isNew: true };
      this.current.set(sublist.id, current);
    }
    return { schema, current };
  }

  private requireMode(dynamic: boolean, method: string): void {
    if (this.isDynamic !== dynamic) {
      // NetSuite documents these methods as "standard mode only" / "dynamic mode only"; the error code used for
      // the wrong mode is UNCONFIRMED (SSS_INVALID_API_USAGE is NetSuite's code for misused record APIs).
      throw nsError(
        'SSS_INVALID_API_USAGE',
        `Invalid API usage: ${method} is for ${dynamic ? 'dynamic' : 'standard'} mode records; this record is in ${this.isDynamic ? 'dynamic' : 'standard'} mode.`,
      );
    }
  }

  private assertSettable(schema: FieldSchema): void {
    if (schema.computed) {
      // NetSuite sets these (totals, quantities, status). What it does when a script sets one (ignore the value,
      // keep it, or throw, and under which code) is not sourced, so the emulator refuses as not emulated rather
      // than invent an error code a script could come to rely on (fidelity review).
      throw new NotEmulatedError(
        `setting field ${schema.id} of ${this.type}: it is set by NetSuite, and its answer to a script is not sourced`,
      );
    }
  }
}

/**
 * A subrecord's values as keys of its holder (the parent's body values or one of its lines):
 * "shippingaddress.city", "addressbookaddress.addr1"... so they save, copy and load with the parent.
 */
function prefixedView(holder: Record<string, FieldValue>, fieldId: string): Record<string, FieldValue> {
  const prefix = `${fieldId}.`;
  return new Proxy({} as Record<string, FieldValue>, {
    get: (_target, key) => (typeof key === 'string' ? holder[prefix + key] : undefined),
    set: (_target, key, value: FieldValue) => {
      if (typeof key === 'string') holder[prefix + key] = value;
      return true;
    },
    deleteProperty: (_target, key) => {
      if (typeof key === 'string') delete holder[prefix + key];
      return true;
    },
    has: (_target, key) => typeof key === 'string' && prefix + key in holder,
    ownKeys: () =>
      Object.keys(holder)
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length)),
    getOwnPropertyDescriptor: (_target, key) =>
      typeof key === 'string' && prefix + key in holder
        ? { value: holder[prefix + key], writable: true, enumerable: true, configurable: true }
        : undefined,
  });
}

function hasPrefixed(holder: Record<string, FieldValue>, fieldId: string): boolean {
  return Object.keys(holder).some((key) => key.startsWith(`${fieldId}.`));
}

function removePrefixed(holder: Record<string, FieldValue>, fieldId: string): void {
  for (const key of Object.keys(holder)) if (key.startsWith(`${fieldId}.`)) delete holder[key];
}

function unknownField(where: string, fieldId: string): Error {
  return new NotEmulatedError(
    `field '${fieldId}' on ${where}: it is not in the record's schema (custom fields must be declared in Objects; standard ones added to emulator/src/records/schemas)`,
  );
}

function invalidApiUsage(getter: string, setter: string): Error {
  return nsError(
    'SSS_INVALID_API_USAGE',
    `Invalid API usage. You must use ${getter} to return the value set with ${setter}.`,
  );
}

function copyLine(line: SublistLine): SublistLine {
  const out: SublistLine = {};
  for (const [key, value] of Object.entries(line)) out[key] = copyValue(value);
  return out;
}

function defaultLine(sublist: SublistSchema): SublistLine {
  const line: SublistLine = {};
  for (const schema of Object.values(sublist.fields)) {
    if (schema.defaultValue !== undefined) line[schema.id] = copyValue(schema.defaultValue);
  }
  return line;
}

function joinText(text: string | string[]): string {
  return Array.isArray(text) ? text.join(',') : text;
}

function comparable(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function fieldInfo(schema: FieldSchema, sublistId: string): NField {
  const notEmulated = (what: string) => () => {
    throw new NotEmulatedError(`Field.${what}`);
  };
  return {
    id: schema.id,
    label: schema.label ?? schema.id,
    type: schema.type,
    isMandatory: schema.mandatory ?? false,
    isDisabled: schema.computed ?? false,
    isReadOnly: schema.computed ?? false,
    isDisplay: true,
    isVisible: true,
    isPopup: false,
    sublistId,
    insertSelectOption: notEmulated('insertSelectOption'),
    getSelectOptions: notEmulated('getSelectOptions'),
    removeSelectOption: notEmulated('removeSelectOption'),
    toString: () => `Field ${schema.id}`,
  } as unknown as NField;
}
