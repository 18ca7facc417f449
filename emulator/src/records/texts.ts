import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError } from '../errors';
import { selectTargets } from './registry';
import type { FieldSchema, FieldValue, StoredRecord } from './types';
import {
  DEFAULT_DATE_FORMAT,
  DEFAULT_TIME_FORMAT,
  instantOf,
  readWallClock,
  SERVER_TIME_ZONE,
  wallClockOf,
  writeDate,
  writeTime,
} from '../modules/datetime';
import { invalidValue } from './values';

/**
 * Dates as N/format shows them: the company date format, date fields on the server's (Pacific) calendar,
 * date/time fields in the user's time zone with the company time format.
 */
function dateText(account: EmulatedAccount, schema: FieldSchema, value: Date): string {
  const settings = account.settings ?? { timeZone: SERVER_TIME_ZONE };
  const dateFormat = settings.dateFormat ?? DEFAULT_DATE_FORMAT;
  if (schema.type === 'date') return writeDate(wallClockOf(value, SERVER_TIME_ZONE), dateFormat);
  const clock = wallClockOf(value, settings.timeZone);
  return `${writeDate(clock, dateFormat)} ${writeTime(clock, settings.timeFormat ?? DEFAULT_TIME_FORMAT, false)}`;
}

function dateOfText(account: EmulatedAccount, schema: FieldSchema, text: string): Date {
  const settings = account.settings ?? { timeZone: SERVER_TIME_ZONE };
  const clock = readWallClock(
    text,
    settings.dateFormat ?? DEFAULT_DATE_FORMAT,
    schema.type === 'date' ? 'none' : 'optional-seconds',
  );
  if (!clock) throw invalidValue(schema.id, text);
  return instantOf(clock, schema.type === 'date' ? SERVER_TIME_ZONE : settings.timeZone);
}

/** The record a select value points at, searching every type the select may point to. */
export function findSelected(
  account: EmulatedAccount,
  selectType: string,
  id: string,
): StoredRecord | undefined {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return undefined;
  for (const type of selectTargets(account.schemas, selectType)) {
    const found = account.store.find(type, numeric);
    if (found) return found;
  }
  return undefined;
}

/** A record's display text: its name field (entityid, itemid, tranid, name, acctname...). */
export function displayName(account: EmulatedAccount, stored: StoredRecord): string {
  const nameField = account.schemas.schemaOf(stored.type).nameField ?? 'name';
  const value = stored.fields[nameField];
  return value === null || value === undefined ? '' : String(value);
}

/** getText: the text NetSuite shows for a value (select: the target's name; checkbox: T/F; date: M/D/YYYY). */
export function textOf(account: EmulatedAccount, schema: FieldSchema, value: FieldValue): string | string[] {
  if (value === null || value === '') return '';
  if (schema.type === 'multiselect' && Array.isArray(value)) {
    return value.map((one) => selectText(account, schema, one));
  }
  if (schema.type === 'select') return selectText(account, schema, String(value));
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  if (value instanceof Date) return dateText(account, schema, value);
  return String(value);
}

function selectText(account: EmulatedAccount, schema: FieldSchema, id: string): string {
  if (schema.options) return schema.options[id] ?? '';
  const selectType = schema.selectType ?? '';
  if (selectType.startsWith('customlist')) {
    return account.customLists.get(selectType)?.find((entry) => entry.id === id)?.value ?? '';
  }
  if (schema.id === 'price' && id === '-1') return 'Custom';
  const target = findSelected(account, selectType, id);
  return target ? displayName(account, target) : '';
}

/** setText: the value whose text is `text`, or INVALID_FLD_VALUE. */
export function valueOfText(
  account: EmulatedAccount,
  schema: FieldSchema,
  text: string | string[],
): FieldValue {
  if (schema.type === 'multiselect') {
    const texts = Array.isArray(text) ? text : [text];
    return texts.map((one) => selectValueOfText(account, schema, one));
  }
  if (Array.isArray(text)) throw invalidValue(schema.id, text);
  if (text === '') return schema.type === 'checkbox' ? false : null;
  switch (schema.type) {
    case 'select':
      return selectValueOfText(account, schema, text);
    case 'checkbox':
      if (text === 'T' || text === 'F') return text === 'T';
      throw invalidValue(schema.id, text);
    case 'integer':
    case 'float':
    case 'currency':
    case 'percent': {
      if (schema.type !== 'percent' && text.trim().endsWith('%')) {
        // setSublistText('rate', '-10%') makes a percent rate (NetSuite's Record.setSublistText page).
        throw new NotEmulatedError(`a percent given as text for ${schema.id}`);
      }
      const parsed = Number(text.replace(/,/g, '').replace(/%$/, ''));
      if (Number.isFinite(parsed) && (schema.type !== 'integer' || Number.isInteger(parsed))) return parsed;
      throw invalidValue(schema.id, text);
    }
    case 'date':
    case 'datetime':
      return dateOfText(account, schema, text);
    default:
      return text;
  }
}

function selectValueOfText(account: EmulatedAccount, schema: FieldSchema, text: string): string {
  if (schema.options) {
    const hit = Object.entries(schema.options).find(([, shown]) => shown === text);
    if (hit) return hit[0];
    throw invalidValue(schema.id, text);
  }
  const selectType = schema.selectType ?? '';
  if (selectType.startsWith('customlist')) {
    const entry = account.customLists.get(selectType)?.find((one) => one.value === text);
    if (entry) return entry.id;
    throw invalidValue(schema.id, text);
  }
  for (const type of selectTargets(account.schemas, selectType)) {
    const nameField = account.schemas.schemaOf(type).nameField ?? 'name';
    const hit = account.store.scan(type).find((stored) => stored.fields[nameField] === text);
    if (hit) return String(hit.id);
  }
  throw invalidValue(schema.id, text);
}
