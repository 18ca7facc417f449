// N/record for the emulator: records kept in the account's database, charged, validated and computed as
// NetSuite does (see emulator/src/records). Typed against @hitc/netsuite-types so signatures cannot drift.
import type * as NRecord from 'N/record';
import type { EmulatedAccount } from '../src/account-api';
import { NotEmulatedError, nsError } from '../src/errors';
import { currentExecution } from '../src/execution';
import { requireValue } from '../src/modules/args';
import { withPromise } from '../src/modules/promise-twin';
import {
  chargeRecord,
  deleteRecord,
  recordFromStored,
  submitFields as submitRecordFields,
} from '../src/records/persistence';
import { EmulatedRecord } from '../src/records/record';
import { RECORD_TYPE_IDS } from '../src/records/record-types';
import { schemaDefaults } from '../src/records/rules';
import { buildTransform } from '../src/records/transforms';
import type { FieldValue, SublistLine } from '../src/records/types';

function account(): EmulatedAccount {
  return currentExecution().account as EmulatedAccount;
}

function internalId(value: unknown, api: string, name: string): number {
  const id = Number(requireValue(value, api, name));
  if (!Number.isInteger(id) || id <= 0)
    throw nsError('SSS_INVALID_TYPE_ARG', `Invalid ${name}: ${String(value)}`);
  return id;
}

/** A deep copy of a record's values as they stand (the baseline of a copy or transform). */
function structuredCloneState(record: EmulatedRecord): {
  fields: Record<string, FieldValue>;
  sublists: Record<string, SublistLine[]>;
} {
  return structuredClone({ fields: record.bodyState(), sublists: record.sublistState() });
}

export const Type = RECORD_TYPE_IDS as unknown as typeof NRecord.Type;

/**
 * NetSuite takes in defaultValues only each record type's initialization defaults (a per-type list, not any
 * field) and rejects the rest; the emulator has no such list, so it refuses every key rather than set it as
 * setValue would (which let a script pass here with a default NetSuite refuses).
 */
function refuseDefaultValues(
  api: string,
  type: string,
  defaultValues: Record<string, unknown> | undefined,
): void {
  const [key] = Object.keys(defaultValues ?? {});
  if (key !== undefined) throw new NotEmulatedError(`${api} defaultValues.${key} for ${type}`);
}

export const create: typeof NRecord.create = withPromise((options: NRecord.RecordCreateOptions) => {
  const type = requireValue(options?.type, 'record.create', 'type') as string;
  const acct = account();
  const schema = acct.schemas.schemaOf(type);
  refuseDefaultValues('record.create', type, options.defaultValues);
  chargeRecord('create', schema);
  const record = new EmulatedRecord(acct, {
    type,
    id: null,
    isDynamic: options.isDynamic ?? false,
    origin: { kind: 'new' },
    fields: schemaDefaults(schema),
    sublists: {},
  });
  return record;
});

export const load: typeof NRecord.load = withPromise((options: NRecord.CopyLoadOptions) => {
  const type = requireValue(options?.type, 'record.load', 'type') as string;
  const id = internalId(options.id, 'record.load', 'id');
  const acct = account();
  chargeRecord('load', acct.schemas.schemaOf(type));
  return recordFromStored(
    acct,
    acct.store.require(type, id),
    options.isDynamic ?? false,
  ) as EmulatedRecord & {
    id: number;
  };
});

/** Fields and line values a copy does not keep: identity, numbering and everything NetSuite computes. */
function copyable(schemaFields: Record<string, { computed?: boolean }>, values: Record<string, FieldValue>) {
  const out: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'externalid' || key === 'tranid' || schemaFields[key]?.computed) continue;
    out[key] = value;
  }
  return out;
}

export const copy: typeof NRecord.copy = withPromise((options: NRecord.CopyLoadOptions) => {
  const type = requireValue(options?.type, 'record.copy', 'type') as string;
  const id = internalId(options.id, 'record.copy', 'id');
  const acct = account();
  const schema = acct.schemas.schemaOf(type);
  refuseDefaultValues('record.copy', type, options.defaultValues);
  chargeRecord('copy', schema);
  const stored = acct.store.require(type, id);
  const sublists: Record<string, SublistLine[]> = {};
  for (const [sublistId, lines] of Object.entries(stored.sublists)) {
    const sublist = schema.sublists[sublistId];
    if (!sublist || sublistId === 'apply' || sublistId === 'locations') continue;
    sublists[sublistId] = lines.map((line) => copyable(sublist.fields, line));
  }
  const record = new EmulatedRecord(acct, {
    type,
    id: null,
    isDynamic: options.isDynamic ?? false,
    origin: { kind: 'copy', fromId: id },
    fields: copyable(schema.fields, stored.fields),
    sublists,
  });
  record.baseline = structuredCloneState(record);
  return record;
});

export const transform: typeof NRecord.transform = withPromise(
  (options: {
    fromType: string;
    fromId: number | string;
    toType: string;
    isDynamic?: boolean;
    defaultValues?: Record<string, unknown>;
  }) => {
    const fromType = requireValue(options?.fromType, 'record.transform', 'fromType') as string;
    const toType = requireValue(options.toType, 'record.transform', 'toType') as string;
    const fromId = internalId(options.fromId, 'record.transform', 'fromId');
    const acct = account();
    acct.schemas.schemaOf(fromType);
    const target = acct.schemas.schemaOf(toType);
    chargeRecord('transform', target);
    const source = acct.store.find(fromType, fromId);
    if (!source)
      throw nsError(
        'INVALID_INITIALIZE_REF',
        `You can not initialize ${toType}: invalid reference ${fromId}.`,
      );
    const built = buildTransform(acct, source, target, options.defaultValues);
    const transformed = new EmulatedRecord(acct, {
      type: toType,
      id: null,
      isDynamic: options.isDynamic ?? false,
      origin: { kind: 'transform', fromType, fromId },
      fields: built.fields,
      sublists: built.sublists,
    });
    transformed.baseline = structuredCloneState(transformed);
    return transformed;
  },
) as unknown as typeof NRecord.transform;

const deleteFunction: typeof NRecord.delete = withPromise(
  (options: { type: string; id: number | string }) => {
    const type = requireValue(options?.type, 'record.delete', 'type') as string;
    return deleteRecord(account(), type, internalId(options.id, 'record.delete', 'id'));
  },
);
export { deleteFunction as delete };

export const submitFields: typeof NRecord.submitFields = withPromise(
  (options: NRecord.SubmitFieldsOptions) => {
    const type = requireValue(options?.type, 'record.submitFields', 'type') as string;
    const id = internalId(options.id, 'record.submitFields', 'id');
    const values = requireValue(
      options.values as Record<string, unknown> | undefined,
      'record.submitFields',
      'values',
    );
    return submitRecordFields(account(), type, id, values, options.options ?? {});
  },
);

export const attach: typeof NRecord.attach = withPromise(() => {
  throw new NotEmulatedError('record.attach');
});

export const detach: typeof NRecord.detach = withPromise(() => {
  throw new NotEmulatedError('record.detach');
});
