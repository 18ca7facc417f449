import type { SchemaRegistry } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import { RECORD_TYPE_IDS } from './record-types';
import { byId, computed, field, inactive, recordType } from './schema-dsl';
import { STANDARD_SCHEMAS } from './schemas';
import { SALE_ITEM_TYPES } from './schemas/items';
import { COLUMN_SUBLISTS } from './schemas/transactions';
import type { FieldSchema, RecordTypeSchema, SublistSchema } from './types';

/** Where a custom field applies, as SDF's custom field objects say it (transactionbodycustomfield, ...). */
export type CustomFieldTarget = 'transactionbody' | 'transactioncolumn' | 'entity' | 'item';

const CUSTOM_FIELD_PREFIX: Readonly<Record<CustomFieldTarget, string>> = {
  transactionbody: 'custbody',
  transactioncolumn: 'custcol',
  entity: 'custentity',
  item: 'custitem',
};

const KNOWN_TYPE_IDS: ReadonlySet<string> = new Set(Object.values(RECORD_TYPE_IDS));

/**
 * The account's record types: the standard schemas, custom record types deployed from Objects, and custom
 * fields (custbody_/custcol_/custentity_/custitem_) merged into the standard types they apply to.
 */
export class StandardSchemaRegistry implements SchemaRegistry {
  private readonly base = new Map<string, RecordTypeSchema>();
  private readonly customFields = new Map<CustomFieldTarget, Map<string, FieldSchema>>();
  private readonly merged = new Map<string, RecordTypeSchema>();

  constructor(standard: readonly RecordTypeSchema[] = STANDARD_SCHEMAS) {
    for (const schema of standard) this.base.set(schema.type, schema);
  }

  schemaOf(type: string): RecordTypeSchema {
    const cached = this.merged.get(type);
    if (cached) return cached;
    const schema = this.base.get(type);
    if (!schema) {
      if (KNOWN_TYPE_IDS.has(type)) throw new NotEmulatedError(`record type '${type}'`);
      throw nsError('SSS_INVALID_RECORD_TYPE', `The record type [${String(type).toUpperCase()}] is invalid.`);
    }
    const withCustom = this.mergeCustomFields(schema);
    this.merged.set(type, withCustom);
    return withCustom;
  }

  has(type: string): boolean {
    return this.base.has(type);
  }

  register(schema: RecordTypeSchema): void {
    if (this.base.has(schema.type)) throw new Error(`Record type ${schema.type} is already registered.`);
    this.base.set(schema.type, schema);
  }

  types(): string[] {
    return [...this.base.keys()];
  }

  /** Adds a custom field to every record type it applies to (the deploy step calls this per Objects file). */
  registerCustomField(appliesTo: CustomFieldTarget, customField: FieldSchema): void {
    const prefix = CUSTOM_FIELD_PREFIX[appliesTo];
    if (!customField.id.startsWith(`${prefix}_`) && !customField.id.startsWith(prefix)) {
      throw new Error(`A ${appliesTo} custom field id must start with ${prefix}: ${customField.id}`);
    }
    let fields = this.customFields.get(appliesTo);
    if (!fields) {
      fields = new Map();
      this.customFields.set(appliesTo, fields);
    }
    fields.set(customField.id, customField);
    this.merged.clear();
  }

  /** See selectTargets. */
  typesOfSelect(selectType: string): string[] {
    return selectTargets(this, selectType);
  }

  private mergeCustomFields(schema: RecordTypeSchema): RecordTypeSchema {
    const body: FieldSchema[] = [];
    const columns: FieldSchema[] = [];
    if (schema.recordClass === 'transaction') {
      body.push(...(this.customFields.get('transactionbody')?.values() ?? []));
      columns.push(...(this.customFields.get('transactioncolumn')?.values() ?? []));
    } else if (schema.externalIdGroup === 'entity') {
      body.push(...(this.customFields.get('entity')?.values() ?? []));
    } else if (schema.externalIdGroup === 'item' && SALE_ITEM_TYPES.includes(schema.type)) {
      body.push(...(this.customFields.get('item')?.values() ?? []));
    }
    if (body.length === 0 && columns.length === 0) return schema;
    const sublists: Record<string, SublistSchema> = {};
    for (const [id, one] of Object.entries(schema.sublists)) {
      sublists[id] =
        columns.length > 0 && COLUMN_SUBLISTS.includes(id)
          ? { id, fields: { ...one.fields, ...byId(columns) } }
          : one;
    }
    return { ...schema, fields: { ...schema.fields, ...byId(body) }, sublists };
  }
}

/**
 * The record types a select's selectType may point at: the type itself, or one of NetSuite's groups
 * ('item' = items that go on transaction lines, 'taxcode' = tax codes and groups, 'entity', 'transaction').
 * Custom lists (customlist_...) are not record types: an empty answer.
 */
export function selectTargets(registry: SchemaRegistry, selectType: string): string[] {
  switch (selectType) {
    case 'item':
      return [...SALE_ITEM_TYPES];
    case 'taxcode':
      return ['salestaxitem', 'taxgroup'];
    case 'entity':
      return registry.types().filter((type) => registry.schemaOf(type).externalIdGroup === 'entity');
    case 'transaction':
      return registry.types().filter((type) => registry.schemaOf(type).recordClass === 'transaction');
    default:
      return registry.has(selectType) ? [selectType] : [];
  }
}

/**
 * A custom record type as NetSuite builds it from Objects/customrecord_*.xml: the declared custrecord_ fields
 * plus the standard fields every custom record has. Class 'custom' for governance; external ids are unique
 * within the type.
 */
export function customRecordSchema(
  scriptId: string,
  fields: readonly FieldSchema[],
  options: { nameMandatory?: boolean } = {},
): RecordTypeSchema {
  if (!scriptId.startsWith('customrecord'))
    throw new Error(`A custom record type id starts with customrecord: ${scriptId}`);
  for (const one of fields) {
    if (!one.id.startsWith('custrecord'))
      throw new Error(`A custom record field id starts with custrecord: ${one.id}`);
  }
  return recordType({
    type: scriptId,
    recordClass: 'custom',
    externalIdGroup: scriptId,
    nameField: 'name',
    fields: [
      field('name', 'text', 'Name', { mandatory: options.nameMandatory ?? false }),
      inactive,
      computed('created', 'datetime', 'Date Created'),
      computed('lastmodified', 'datetime', 'Last Modified'),
      computed('owner', 'select', 'Owner', { selectType: 'employee' }),
      ...fields,
    ],
  });
}
