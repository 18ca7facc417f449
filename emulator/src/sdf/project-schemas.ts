import type { SchemaRegistry } from '../account-api';
import { NotEmulatedError } from '../errors';
import type { FieldSchema, FieldType, RecordTypeSchema } from '../records/types';
import type { CustomFieldDef, CustomRecordTypeDef, SdfProject } from './project-model';

// How the deployed project's custom record types and custom fields become record schemas.

/**
 * The records layer's registry module (emulator/src/records/registry.ts), loaded lazily: the runtime needs only
 * these three entry points of it, and a missing one is reported as not emulated rather than guessed.
 */
interface RegistryModule {
  StandardSchemaRegistry?: new () => SchemaRegistry & {
    registerCustomField?: (appliesTo: string, field: FieldSchema) => void;
  };
  customRecordSchema?: (
    scriptId: string,
    fields: readonly FieldSchema[],
    options?: { nameMandatory?: boolean },
  ) => RecordTypeSchema;
}

function registryModule(): RegistryModule {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../records/registry') as RegistryModule;
  } catch (error) {
    throw new NotEmulatedError(
      `record schemas (emulator/src/records/registry.ts: ${(error as Error).message})`,
    );
  }
}

export function defaultSchemaRegistry(): SchemaRegistry {
  const Registry = registryModule().StandardSchemaRegistry;
  if (!Registry) throw new NotEmulatedError('record schemas (no StandardSchemaRegistry export)');
  return new Registry();
}

/** SDF field types the record layer models; others (IMAGE, DOCUMENT, TIMEOFDAY...) are not emulated. */
const FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  TEXT: 'text',
  PASSWORD: 'text',
  TEXTAREA: 'textarea',
  CLOBTEXT: 'textarea',
  RICHTEXT: 'textarea',
  EMAIL: 'email',
  PHONE: 'phone',
  URL: 'url',
  INTEGER: 'integer',
  FLOAT: 'float',
  CURRENCY: 'currency',
  PERCENT: 'percent',
  CHECKBOX: 'checkbox',
  DATE: 'date',
  DATETIMETZ: 'datetime',
  SELECT: 'select',
  MULTISELECT: 'multiselect',
};

/**
 * Standard record types behind numeric selectrecordtype values. -101/-102/-103/-117/-122 are tied to the CLASSES,
 * DEPARTMENTS, LOCATIONS, SUBSIDIARIES and MULTICURRENCY features in NetSuite's own enum (SDFxml_654195790);
 * -2 customer, -4 employee and -10 item follow common use in public SDF projects (UNCONFIRMED). Any other number
 * is not emulated rather than guessed.
 */
const NUMERIC_SELECT_TYPES: Readonly<Record<string, string>> = {
  '-2': 'customer',
  '-4': 'employee',
  '-10': 'item',
  '-101': 'classification',
  '-102': 'department',
  '-103': 'location',
  '-117': 'subsidiary',
  '-122': 'currency',
};

function selectTargetOf(reference: string, owner: string, fieldId: string): string {
  const ref = /^\[scriptid=([^\]]+)\]$/.exec(reference.trim());
  if (ref?.[1]) return ref[1];
  const numeric = NUMERIC_SELECT_TYPES[reference.trim()];
  if (numeric) return numeric;
  throw new NotEmulatedError(`selectrecordtype ${reference} (${owner}.${fieldId})`);
}

/** A custom field as the record layer's FieldSchema. */
export function customFieldSchema(def: CustomFieldDef, owner: string): FieldSchema {
  const type = FIELD_TYPES[def.fieldType];
  if (!type) throw new NotEmulatedError(`custom field type ${def.fieldType} (${owner}.${def.id})`);
  const selectType =
    def.selectRecordType === null ? undefined : selectTargetOf(def.selectRecordType, owner, def.id);
  let defaultValue: FieldSchema['defaultValue'];
  if (type === 'checkbox') defaultValue = def.defaultChecked ?? false;
  else if (def.defaultValue !== null) defaultValue = def.defaultValue;
  return {
    id: def.id,
    type,
    label: def.label,
    mandatory: def.mandatory,
    ...(selectType ? { selectType } : {}),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
  };
}

/** The schema of a custom record type, built by the records layer from the deployed field definitions. */
export function customRecordTypeSchema(def: CustomRecordTypeDef): RecordTypeSchema {
  const build = registryModule().customRecordSchema;
  if (!build) throw new NotEmulatedError('custom record types (records/registry.ts customRecordSchema)');
  return build(
    def.scriptId,
    def.fields.map((field) => customFieldSchema(field, def.scriptId)),
    { nameMandatory: def.includeName },
  );
}

const CUSTOM_FIELD_TARGETS: Readonly<Record<string, string>> = {
  transactionbodycustomfield: 'transactionbody',
  transactioncolumncustomfield: 'transactioncolumn',
  entitycustomfield: 'entity',
  itemcustomfield: 'item',
};

/** Body, column, entity and item custom fields merge into the standard types they apply to. */
export function registerStandardCustomFields(schemas: SchemaRegistry, project: SdfProject): void {
  const registry = schemas as SchemaRegistry & {
    registerCustomField?: (appliesTo: string, field: FieldSchema) => void;
  };
  if (typeof registry.registerCustomField !== 'function')
    throw new NotEmulatedError('custom fields on standard records (SchemaRegistry.registerCustomField)');
  for (const field of project.customFields) {
    const target = CUSTOM_FIELD_TARGETS[field.kind] ?? field.kind;
    registry.registerCustomField(target, customFieldSchema(field, field.kind));
  }
}
