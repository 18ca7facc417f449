import type * as NRecord from 'N/record';
import { runInExecution, type Execution, type ExecutionRecord } from '../execution';
import { GovernanceMeter } from '../governance';
import { nModule } from '../loader';
import { markShipped } from '../records/persistence';
import type { FieldSchema, FieldValue, StoredRecord, SublistLine } from '../records/types';
import type { RuntimeAccount } from './account-view';
import { attachExtras, type ScriptUser } from './context';

/** Field values and sublist lines in NetSuite's ids, as JSON can carry them (dates as ISO strings). */
export interface RecordInput {
  readonly fields?: Readonly<Record<string, unknown>>;
  /**
   * Lines by sublist id. On create, every line is added. On edit and transform, line i patches the record's
   * existing line i (null leaves it alone) and lines past the end are added.
   */
  readonly sublists?: Readonly<Record<string, readonly (Readonly<Record<string, unknown>> | null)[]>>;
}

/** A record as the database holds it, computed fields included. */
export interface PlainRecord {
  readonly id: number;
  readonly type: string;
  readonly fields: Record<string, FieldValue>;
  readonly sublists: Record<string, SublistLine[]>;
}

/**
 * Runs `body` as a person in the NetSuite UI (or an administrator entering data): executionContext
 * USERINTERFACE, no governance, user events fire for its writes. Not itself a script, so it is not logged.
 */
export function asUiUser<T>(
  account: RuntimeAccount,
  user: ScriptUser,
  body: () => T,
  executionContext = 'USERINTERFACE',
): T {
  const record: ExecutionRecord = {
    scriptId: '',
    deploymentId: '',
    scriptType: 'SUITELET',
    entryPoint: executionContext,
    budget: 'suitelet',
    units: 0,
    durationMs: 0,
    outcome: 'success',
    logs: [],
    startedAt: account.clock.now(),
  };
  const execution: Execution = {
    account,
    scriptId: '',
    deploymentId: '',
    // A UI session is not a script; SUITELET is only the nearest shape (never USEREVENT, so events fire).
    scriptType: 'SUITELET',
    executionContext,
    meter: new GovernanceMeter(Number.POSITIVE_INFINITY),
    record,
    parameters: {},
    logLevel: 'EMERGENCY',
  };
  attachExtras(execution, { user, scriptInternalId: 0, deploymentInternalId: 0, taskId: null });
  return runInExecution(execution, body);
}

function recordModule(): typeof NRecord {
  return nModule('N/record') as typeof NRecord;
}

/** Converts a JSON value to what setValue expects for the field's type (dates from ISO text). */
export function toFieldValue(schema: FieldSchema | undefined, value: unknown): unknown {
  if (schema && (schema.type === 'date' || schema.type === 'datetime') && typeof value === 'string')
    return new Date(value);
  return value;
}

/** What a UI user can do, each action firing user events and charging no governance. */
export class UiActions {
  constructor(
    private readonly account: RuntimeAccount,
    private readonly user: () => ScriptUser,
  ) {}

  createRecord(type: string, input: RecordInput = {}): number {
    return this.run(() => {
      const rec = recordModule().create({ type });
      this.applyInput(rec, type, input, false);
      return rec.save();
    });
  }

  loadRecord(type: string, id: number | string): PlainRecord {
    return plain(this.account.store.require(type, Number(id)));
  }

  editRecord(type: string, id: number | string, changes: RecordInput): number {
    return this.run(() => {
      const rec = recordModule().load({ type, id: Number(id) });
      this.applyInput(rec, type, changes, true);
      return rec.save();
    });
  }

  transformRecord(
    fromType: string,
    fromId: number | string,
    toType: string,
    input: RecordInput = {},
  ): number {
    return this.run(() => {
      const rec = recordModule().transform({ fromType, fromId: Number(fromId), toType });
      this.applyInput(rec, toType, input, true);
      return rec.save();
    });
  }

  /** The Ship button on a picked or packed item fulfilment: status Shipped, user event type ship. */
  shipFulfillment(id: number | string): number {
    return this.run(() => markShipped(this.account, Number(id)));
  }

  deleteRecord(type: string, id: number | string): void {
    this.run(() => recordModule().delete({ type, id: Number(id) }));
  }

  /** Records of a type whose fields equal every given value (compared as text), in internal-id order. */
  findRecords(type: string, filterFields: Readonly<Record<string, unknown>> = {}): PlainRecord[] {
    const wanted = Object.entries(filterFields);
    return this.account.store
      .scan(type)
      .filter((stored) => wanted.every(([field, value]) => sameValue(stored.fields[field], value)))
      .map((stored) => plain(stored));
  }

  private run<T>(body: () => T): T {
    return asUiUser(this.account, this.user(), body);
  }

  private applyInput(rec: NRecord.Record, type: string, input: RecordInput, patchLines: boolean): void {
    const schema = this.account.schemas.schemaOf(type);
    for (const [fieldId, value] of Object.entries(input.fields ?? {})) {
      rec.setValue({ fieldId, value: toFieldValue(schema.fields[fieldId], value) as NRecord.FieldValue });
    }
    for (const [sublistId, lines] of Object.entries(input.sublists ?? {})) {
      const sublistFields = schema.sublists[sublistId]?.fields ?? {};
      const existing = patchLines ? rec.getLineCount({ sublistId }) : 0;
      lines.forEach((line, index) => {
        if (line === null) return;
        if (index >= existing) rec.insertLine({ sublistId, line: index });
        for (const [fieldId, value] of Object.entries(line)) {
          rec.setSublistValue({
            sublistId,
            fieldId,
            line: index,
            value: toFieldValue(sublistFields[fieldId], value) as NRecord.FieldValue,
          });
        }
      });
    }
  }
}

export function plain(stored: StoredRecord): PlainRecord {
  return {
    id: stored.id,
    type: stored.type,
    fields: { ...stored.fields },
    sublists: Object.fromEntries(
      Object.entries(stored.sublists).map(([id, lines]) => [id, lines.map((l) => ({ ...l }))]),
    ),
  };
}

function sameValue(actual: FieldValue | undefined, wanted: unknown): boolean {
  if (actual === undefined || actual === null) return wanted === null || wanted === '';
  if (actual instanceof Date) return actual.toISOString() === String(wanted);
  if (Array.isArray(actual)) return actual.map(String).join(',') === [wanted].flat().map(String).join(',');
  return String(actual).toLowerCase() === String(wanted).toLowerCase();
}
