import type { EmulatedAccount, EventRecord, UserEventType } from '../account-api';
import { nsError } from '../errors';
import { currentExecution } from '../execution';
import { RECORD_COSTS } from '../governance';
import { checkStatusPermission } from './approval';
import { demandOf, difference, onHandEffect, planStock, type StockVector } from './inventory';
import { planPaymentUpdates, planSourceUpdate } from './links';
import { EmulatedRecord, installRecordSaver, type SaveOptions } from './record';
import {
  applyDefaults,
  checkMandatory,
  checkReferences,
  checkSubsidiaryScope,
  deriveComputed,
} from './rules';
import { linesOf, stateOf, str, type RecordState } from './state';
import type { FieldValue, RecordTypeSchema, StoredRecord, SublistLine } from './types';
import { copyValue, isEmpty } from './values';

/** Charges one record API call to the running script, by NetSuite's record classes (RECORD_COSTS). */
export function chargeRecord(operation: keyof typeof RECORD_COSTS, schema: RecordTypeSchema): void {
  currentExecution().meter.charge(
    `record.${operation} ${schema.type}`,
    RECORD_COSTS[operation][schema.recordClass],
  );
}

/** A standard- or dynamic-mode record object holding a stored record, as record.load returns it. */
export function recordFromStored(
  account: EmulatedAccount,
  stored: StoredRecord,
  isDynamic: boolean,
): EmulatedRecord {
  return new EmulatedRecord(account, {
    type: stored.type,
    id: stored.id,
    isDynamic,
    origin: { kind: 'loaded', version: stored.version },
    fields: stored.fields,
    sublists: stored.sublists,
  });
}

function cloneState(
  fields: Record<string, FieldValue>,
  sublists: Record<string, SublistLine[]>,
): RecordState {
  const copyLine = (line: SublistLine): SublistLine => {
    const out: SublistLine = {};
    for (const [key, value] of Object.entries(line)) out[key] = copyValue(value);
    return out;
  };
  const outFields: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields)) outFields[key] = copyValue(value);
  const outSublists: Record<string, SublistLine[]> = {};
  for (const [key, lines] of Object.entries(sublists)) outSublists[key] = lines.map(copyLine);
  return { fields: outFields, sublists: outSublists };
}

/**
 * On an edit, a line whose quantity or rate changed while its amount did not gets its amount recomputed, and a
 * line whose amount or tax code changed while its tax did not gets its tax recomputed: NetSuite recalculates
 * what the script did not set itself.
 */
function clearStaleAmounts(before: RecordState | null, state: RecordState): void {
  if (!before) return;
  // Lines match by line id; lines of a transform not yet saved by the source line they came from.
  const keyOf = (line: SublistLine, index: number): string =>
    line['line'] !== undefined && line['line'] !== null
      ? `line ${String(line['line'])}`
      : line['orderline'] !== undefined && line['orderline'] !== null
        ? `from ${String(line['orderline'])}`
        : `index ${index}`;
  const old = new Map(linesOf(before, 'item').map((line, index) => [keyOf(line, index), line]));
  linesOf(state, 'item').forEach((line, index) => {
    const previous = old.get(keyOf(line, index));
    if (!previous) return;
    const changed = (id: string) => String(previous[id] ?? '') !== String(line[id] ?? '');
    if ((changed('quantity') || changed('rate')) && !changed('amount')) line['amount'] = null;
    if ((line['amount'] === null || changed('amount') || changed('taxcode')) && !changed('tax1amt'))
      line['tax1amt'] = null;
  });
  if (String(before.fields['shippingcost'] ?? '') !== String(state.fields['shippingcost'] ?? '')) {
    if (String(before.fields['shippingtax1amt'] ?? '') === String(state.fields['shippingtax1amt'] ?? '')) {
      state.fields['shippingtax1amt'] = null;
    }
  }
}

function stamp(schema: RecordTypeSchema, state: RecordState, now: Date, isNew: boolean): void {
  if (isNew) {
    for (const id of ['createddate', 'datecreated', 'created'])
      if (schema.fields[id]) state.fields[id] = new Date(now);
  }
  for (const id of ['lastmodifieddate', 'lastmodified'])
    if (schema.fields[id]) state.fields[id] = new Date(now);
}

function add(into: StockVector, more: StockVector): void {
  for (const [key, quantity] of more) into.set(key, (into.get(key) ?? 0) + quantity);
}

interface WritePlan {
  readonly related: StoredRecord[];
}

/** Everything a write changes besides the record itself, computed (and validated) before anything is written. */
function planRelated(
  account: EmulatedAccount,
  type: string,
  before: RecordState | null,
  after: RecordState | null,
): WritePlan {
  const related: StoredRecord[] = [];
  const onHand = difference(onHandEffect(account, type, after), onHandEffect(account, type, before));
  const demand = difference(demandOf(account, type, after), demandOf(account, type, before));
  const source = planSourceUpdate(account, type, before, after);
  if (source) {
    const sourceBefore = account.store.require(source.type, source.id);
    add(
      demand,
      difference(
        demandOf(account, source.type, stateOf(source)),
        demandOf(account, source.type, stateOf(sourceBefore)),
      ),
    );
    related.push(source);
  }
  related.push(...planPaymentUpdates(account, type, before, after));
  related.push(...planStock(account, onHand, demand));
  return { related };
}

function writeRelated(account: EmulatedAccount, plan: WritePlan, now: Date): void {
  for (const one of plan.related) {
    const current = account.store.require(one.type, one.id);
    const fields = { ...one.fields };
    const schema = account.schemas.schemaOf(one.type);
    for (const id of ['lastmodifieddate', 'lastmodified']) if (schema.fields[id]) fields[id] = new Date(now);
    account.store.update(one.type, one.id, current.version, fields, one.sublists);
  }
}

export interface SaveControl {
  /** The user event type to report instead of create/edit (xedit for submitFields, ship for the UI's Ship button). */
  readonly eventType?: UserEventType;
  /** submitFields charges its own units, not Record.save's. */
  readonly charge?: boolean;
  /** The record user events receive as newRecord, when it is not the saved object (xedit: only the changed fields). */
  readonly eventRecord?: EmulatedRecord;
}

/**
 * Record.save: defaults and sourcing, beforeSubmit, validation (mandatory fields, references), NetSuite's
 * computed values, then one write of the record and of everything it moves (source lines, stock, payments),
 * then afterSubmit. Anything thrown before the write leaves the database as it was.
 */
export function saveRecord(record: EmulatedRecord, options: SaveOptions, control: SaveControl = {}): number {
  const account = record.account;
  const type = record.type as string;
  const schema = account.schemas.schemaOf(type);
  if (control.charge !== false) chargeRecord('save', schema);
  const isNew = record.id === null;
  const before = isNew ? null : account.store.require(type, record.id as number);
  const eventType: UserEventType = control.eventType ?? (isNew ? 'create' : 'edit');

  checkStatusPermission(account, type, record.bodyState()['orderstatus'], before?.fields['orderstatus']);
  applyDefaults(account, schema, { fields: record.bodyState(), sublists: record.sublistState() });
  const oldRecord = before ? recordFromStored(account, before, false) : null;
  const eventRecord = control.eventRecord ?? record;
  account.recordEvents.beforeSubmit({ type: eventType, newRecord: eventRecord, oldRecord });
  if (control.eventRecord) {
    for (const [key, value] of Object.entries(control.eventRecord.bodyState())) {
      if (key !== 'id') record.bodyState()[key] = copyValue(value);
    }
  }

  const state = cloneState(record.bodyState(), record.sublistState());
  if (before) {
    // Scripts cannot set computed fields; what the object does not show (standard mode hides them after a save)
    // is still the record's.
    for (const one of Object.values(schema.fields)) {
      const kept = before.fields[one.id];
      if (one.computed && isEmpty(state.fields[one.id]) && kept !== undefined)
        state.fields[one.id] = copyValue(kept);
    }
  }
  applyDefaults(account, schema, state);
  if (!options.ignoreMandatoryFields) checkMandatory(schema, state);
  checkReferences(account, schema, state);
  checkSubsidiaryScope(account, schema, state);
  clearStaleAmounts(stateOf(before) ?? record.baseline, state);
  deriveComputed(account, schema, state);
  const now = account.clock.now();
  stamp(schema, state, now, isNew);
  if (isNew && schema.recordClass === 'transaction' && !str(state.fields['tranid'])) {
    state.fields['tranid'] = String(account.store.nextId(type));
  }
  const plan = planRelated(account, type, stateOf(before), state);

  let saved: StoredRecord;
  if (isNew) {
    const id = account.store.insert(type, state.fields, state.sublists);
    saved = account.store.require(type, id);
  } else {
    const version =
      record.origin.kind === 'loaded' ? record.origin.version : (before as StoredRecord).version;
    saved = account.store.update(type, record.id as number, version, state.fields, state.sublists);
  }
  writeRelated(account, plan, now);
  record.markSaved(saved.id, saved.version, saved.fields, saved.sublists);
  // xedit: afterSubmit too sees only the submitted fields (NetSuite's afterSubmit list: "xedit ... only returns
  // the edited fields").
  const newRecord: EventRecord =
    control.eventRecord ?? recordFromStored(account, account.store.require(type, saved.id), false);
  account.recordEvents.afterSubmit({ type: eventType, newRecord, oldRecord });
  return saved.id;
}

installRecordSaver((record, options) => saveRecord(record, options));

/**
 * The UI's Ship button on a picked or packed fulfilment: shipstatus becomes C and user events see type 'ship'
 * (NetSuite section_51193402706; afterSubmit lists ship "for certain record types, for example Item
 * Fulfillment"). A script that edits shipstatus and saves gets 'edit', as scripted saves do.
 */
export function markShipped(account: EmulatedAccount, fulfilmentId: number): number {
  const stored = account.store.require('itemfulfillment', fulfilmentId);
  if (stored.fields['shipstatus'] === 'C')
    throw nsError('USER_ERROR', `Item fulfillment ${fulfilmentId} is already shipped.`);
  const record = recordFromStored(account, stored, false);
  record.setValue({ fieldId: 'shipstatus', value: 'C' });
  return saveRecord(record, {}, { eventType: 'ship', charge: false });
}

/** Transactions created from this one (fulfilments, bills, returns...): NetSuite will not delete their source. */
function dependents(account: EmulatedAccount, type: string, id: number): StoredRecord[] {
  if (account.schemas.schemaOf(type).recordClass !== 'transaction') return [];
  const out: StoredRecord[] = [];
  for (const other of account.schemas.types()) {
    if (account.schemas.schemaOf(other).recordClass !== 'transaction') continue;
    out.push(...account.store.scan(other).filter((stored) => stored.fields['createdfrom'] === String(id)));
  }
  return out;
}

/** record.delete: beforeSubmit/afterSubmit 'delete', and whatever the record moved is moved back. */
export function deleteRecord(account: EmulatedAccount, type: string, id: number): number {
  const schema = account.schemas.schemaOf(type);
  chargeRecord('delete', schema);
  const stored = account.store.require(type, id);
  const children = dependents(account, type, id);
  if (children.length > 0) {
    // NetSuite refuses to delete a transaction others were created from; its error code here is UNCONFIRMED.
    throw nsError(
      'THIS_RECORD_CANNOT_BE_DELETED_BECAUSE_IT_HAS_DEPENDENT_RECORDS',
      `This record cannot be deleted because it has dependent records (${children.map((one) => `${one.type} ${one.id}`).join(', ')}).`,
    );
  }
  const record = recordFromStored(account, stored, false);
  account.recordEvents.beforeSubmit({ type: 'delete', newRecord: record, oldRecord: record });
  const plan = planRelated(account, type, stateOf(stored), null);
  account.store.delete(type, id);
  writeRelated(account, plan, account.clock.now());
  account.recordEvents.afterSubmit({ type: 'delete', newRecord: record, oldRecord: record });
  return id;
}

/**
 * record.submitFields: body fields only, saved through the same pipeline with user event type xedit, whose
 * newRecord holds only the submitted fields (NetSuite: "xedit ... only returns the fields edited").
 */
export function submitFields(
  account: EmulatedAccount,
  type: string,
  id: number,
  values: Record<string, unknown>,
  options: SaveOptions,
): number {
  const schema = account.schemas.schemaOf(type);
  chargeRecord('submitFields', schema);
  const stored = account.store.require(type, id);
  const full = recordFromStored(account, stored, false);
  const partial = new EmulatedRecord(account, {
    type,
    id,
    isDynamic: false,
    origin: { kind: 'loaded', version: stored.version },
    fields: { id: String(id) },
    sublists: {},
  });
  for (const [fieldId, value] of Object.entries(values)) {
    full.setValue({ fieldId, value: value as FieldValue });
    partial.setValue({ fieldId, value: value as FieldValue });
  }
  return saveRecord(
    full,
    { ignoreMandatoryFields: options.ignoreMandatoryFields ?? false },
    {
      eventType: 'xedit',
      charge: false,
      eventRecord: partial,
    },
  );
}
