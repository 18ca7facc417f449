import { nsError } from '../errors';
import type {
  FieldSchema,
  FieldType,
  FieldValue,
  RecordTypeSchema,
  StoredRecord,
  SublistLine,
} from '../records/types';
import type { SearchKind } from './operators';

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

/** A record a select value points at. */
export interface Target {
  readonly record: StoredRecord;
  readonly schema: RecordTypeSchema;
}

/** What field builders need from the run they belong to: select texts and join targets, cached per run. */
export interface Lookups {
  selectText(
    selectType: string | null,
    options: Readonly<Record<string, string>> | undefined,
    value: FieldValue,
  ): string;
  target(selectType: string, id: string): Target | null;
}

/** The fields every hand-made accessor shares; builders override what differs. */
export const PLAIN = {
  withTime: false,
  caseInsensitiveIds: false,
  selectType: null,
  columnable: true,
  text: (): string | null => null,
} as const;

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

/** An accessor for a schema field read by `read`; selects get their text through the run's lookups. */
export function schemaAccessor(
  lookups: Lookups,
  id: string,
  field: FieldSchema,
  level: Level,
  read: (row: Row) => FieldValue,
): FieldAccessor {
  const isSelect = field.type === 'select' || field.type === 'multiselect';
  const selectType = field.selectType ?? null;
  return {
    ...PLAIN,
    id,
    kind: kindOfType(field.type),
    display: displayOfType(field.type),
    level,
    withTime: field.type === 'datetime',
    selectType,
    read,
    text: isSelect ? (row) => lookups.selectText(selectType, field.options, read(row)) : () => null,
  };
}

export function isEmptyValue(value: FieldValue | undefined): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** Ids of a select or multi-select value as strings. */
export function idsOf(value: FieldValue | undefined): string[] {
  if (isEmptyValue(value)) return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .split(',')
    .map((one) => one.trim())
    .filter((one) => one !== '');
}

export function unknownField(name: string, use: FieldUse): Error {
  return use === 'filter'
    ? nsError('SSS_INVALID_SRCH_FILTER', `An nlobjSearchFilter contains invalid search criteria: ${name}.`)
    : nsError(
        'SSS_INVALID_SRCH_COLUMN',
        `An nlobjSearchColumn contains an invalid column, or is not in proper syntax: ${name}.`,
      );
}

export function unknownJoin(join: string, use: FieldUse): Error {
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
