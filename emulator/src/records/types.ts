import type { RecordClass } from '../governance';

/** A value as the store holds it. Dates are instants; selects hold internal ids as strings. */
export type FieldValue = string | number | boolean | Date | null | string[];

export type FieldType =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'float'
  | 'currency'
  | 'percent'
  | 'checkbox'
  | 'date'
  | 'datetime'
  | 'select'
  | 'multiselect';

export interface FieldSchema {
  readonly id: string;
  readonly type: FieldType;
  readonly label?: string;
  /** Saving without a value raises USER_ERROR naming the field. */
  readonly mandatory?: boolean;
  /** For select/multiselect: the record type the value must point at (checked on save: INVALID_KEY_OR_REF). */
  readonly selectType?: string;
  /** Set by NetSuite (totals, quantities, status): a script cannot set it. */
  readonly computed?: boolean;
  readonly defaultValue?: FieldValue;
  /**
   * For selects whose values are a fixed NetSuite list rather than records (e.g. shipstatus A/B/C): the allowed
   * internal values and their display texts. A value outside the list is INVALID_FLD_VALUE.
   */
  readonly options?: Readonly<Record<string, string>>;
}

export interface SublistSchema {
  readonly id: string;
  readonly fields: Readonly<Record<string, FieldSchema>>;
}

/**
 * Everything the emulator knows about one record type, in NetSuite's own field ids. Standard types are data
 * files under records/schemas/; custom record types are built from Objects/customrecord_*.xml on deploy.
 */
export interface RecordTypeSchema {
  readonly type: string;
  readonly recordClass: RecordClass;
  /** External ids are unique, case-insensitively, within a group: 'entity', 'transaction', 'item', 'account', or the type itself. */
  readonly externalIdGroup: string;
  readonly fields: Readonly<Record<string, FieldSchema>>;
  readonly sublists: Readonly<Record<string, SublistSchema>>;
  /** The field whose value is the record's display text (getText of a select pointing here, search text). */
  readonly nameField?: string;
}

export type SublistLine = Record<string, FieldValue>;

/** One record as the database holds it. `version` increases on every write (optimistic locking). */
export interface StoredRecord {
  readonly type: string;
  readonly id: number;
  version: number;
  fields: Record<string, FieldValue>;
  sublists: Record<string, SublistLine[]>;
}
