import type { RecordClass } from '../governance';
import type { FieldSchema, FieldType, RecordTypeSchema, SublistSchema } from './types';

/** Everything about a field except its id and type, as the schema files state it. */
export type FieldTraits = Omit<FieldSchema, 'id' | 'type'>;

/** One field in NetSuite's own id. The label is what USER_ERROR names; it defaults to the id. */
export function field(id: string, type: FieldType, label?: string, traits: FieldTraits = {}): FieldSchema {
  return { id, type, label: label ?? id, ...traits };
}

export const computed = (
  id: string,
  type: FieldType,
  label?: string,
  traits: FieldTraits = {},
): FieldSchema => field(id, type, label, { ...traits, computed: true });

export const mandatory = (
  id: string,
  type: FieldType,
  label: string,
  traits: FieldTraits = {},
): FieldSchema => field(id, type, label, { ...traits, mandatory: true });

export const select = (
  id: string,
  selectType: string,
  label?: string,
  traits: FieldTraits = {},
): FieldSchema => field(id, 'select', label, { ...traits, selectType });

/** A select over one of NetSuite's fixed lists (status letters and the like) rather than over records. */
export const listSelect = (
  id: string,
  options: Readonly<Record<string, string>>,
  label?: string,
  traits: FieldTraits = {},
): FieldSchema => field(id, 'select', label, { ...traits, options });

/** The Inactive checkbox that most record types carry (false until someone ticks it). */
export const inactive: FieldSchema = field('isinactive', 'checkbox', 'Inactive', { defaultValue: false });

export function byId(list: readonly FieldSchema[]): Record<string, FieldSchema> {
  const out: Record<string, FieldSchema> = {};
  for (const one of list) out[one.id] = one;
  return out;
}

export function sublist(id: string, list: readonly FieldSchema[]): SublistSchema {
  return { id, fields: byId(list) };
}

export interface RecordTypeSpec {
  readonly type: string;
  readonly recordClass: RecordClass;
  readonly externalIdGroup: string;
  readonly nameField: string;
  readonly fields: readonly FieldSchema[];
  readonly sublists?: readonly SublistSchema[];
}

/** Every record has its internal id and (where NetSuite allows one) an external id. */
export function recordType(spec: RecordTypeSpec): RecordTypeSchema {
  const base = [computed('id', 'integer', 'Internal ID'), field('externalid', 'text', 'External ID')];
  return {
    type: spec.type,
    recordClass: spec.recordClass,
    externalIdGroup: spec.externalIdGroup,
    nameField: spec.nameField,
    fields: byId([...base, ...spec.fields]),
    sublists: Object.fromEntries((spec.sublists ?? []).map((one) => [one.id, one])),
  };
}

/**
 * A transaction type: all transactions share one internal-id and external-id group; class "transaction" for
 * governance; named by its document number (tranid).
 */
export function transactionType(
  type: string,
  fields: readonly FieldSchema[],
  sublists: readonly SublistSchema[] = [],
): RecordTypeSchema {
  return recordType({
    type,
    recordClass: 'transaction',
    externalIdGroup: 'transaction',
    nameField: 'tranid',
    fields,
    sublists,
  });
}

/** An item type: all items share one internal-id and external-id group; class "other"; named by its itemid. */
export function itemType(
  type: string,
  fields: readonly FieldSchema[],
  sublists: readonly SublistSchema[] = [],
): RecordTypeSchema {
  return recordType({
    type,
    recordClass: 'other',
    externalIdGroup: 'item',
    nameField: 'itemid',
    fields,
    sublists,
  });
}
