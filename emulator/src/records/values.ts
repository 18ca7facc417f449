import { NotEmulatedError, nsError } from '../errors';
import { instantOf, SERVER_TIME_ZONE, wallClockOf } from '../modules/datetime';
import type { FieldSchema, FieldValue } from './types';

/** What scripts may pass to setValue (N/record's FieldValue also allows number[] for multiselects). */
export type ScriptValue = FieldValue | number | number[] | undefined;

/** Fields whose value may also be a percent given as text ('-10%'): NetSuite's rate-or-percent fields. */
const PERCENT_OR_AMOUNT: ReadonlySet<string> = new Set(['discountrate']);

export function invalidValue(fieldId: string, value: unknown): Error {
  const shown =
    value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join(',') : String(value);
  return nsError(
    'INVALID_FLD_VALUE',
    `You have entered an Invalid Field Value ${shown} for the following field: ${fieldId}`,
  );
}

function selectId(fieldId: string, value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return value.trim();
  throw invalidValue(fieldId, value);
}

/**
 * A script's value converted to what the record holds, or INVALID_FLD_VALUE when its JavaScript type does not
 * match the field (NetSuite: "The value type must correspond to the field type being set": text and selects
 * take strings, checkboxes booleans, dates Date objects, numbers numbers). Selects also take integer numbers
 * (internal ids). Empty values (null, undefined, '') clear the field.
 */
export function normalize(schema: FieldSchema, value: ScriptValue): FieldValue {
  const id = schema.id;
  if (schema.type === 'checkbox') {
    if (typeof value === 'boolean') return value;
    throw invalidValue(id, value);
  }
  if (value === null || value === undefined || value === '') return schema.type === 'multiselect' ? [] : null;
  switch (schema.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'phone':
    case 'url':
      if (typeof value === 'string') return value;
      throw invalidValue(id, value);
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      throw invalidValue(id, value);
    case 'float':
    case 'currency':
    case 'percent':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (PERCENT_OR_AMOUNT.has(id) && typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*%\s*$/.test(value)) {
        return value.trim();
      }
      throw invalidValue(id, value);
    case 'date':
      if (value instanceof Date && !Number.isNaN(value.getTime())) return calendarDay(value);
      throw invalidValue(id, value);
    case 'datetime':
      if (value instanceof Date && !Number.isNaN(value.getTime())) return new Date(value);
      throw invalidValue(id, value);
    case 'select': {
      if (schema.options) {
        if (typeof value === 'boolean' && isTrueFalseRadio(schema.options))
          throw new NotEmulatedError(
            `a boolean for the T/F radio field ${id} (NetSuite's handling is not sourced)`,
          );
        const key = String(value);
        if (Object.hasOwn(schema.options, key)) return key;
        throw invalidValue(id, value);
      }
      return selectId(id, value);
    }
    case 'multiselect': {
      const list = Array.isArray(value) ? value : [value];
      return list.map((one) => selectId(id, one));
    }
  }
}

/** A radio button stored as 'T'/'F' (customer `isperson`). */
function isTrueFalseRadio(options: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(options).sort();
  return keys.length === 2 && keys[0] === 'F' && keys[1] === 'T';
}

/**
 * A date field keeps the day only: midnight of the calendar day the instant falls on in the server's time zone
 * (Pacific), which is how N/format reads and writes DATE values.
 */
export function calendarDay(instant: Date): Date {
  const clock = wallClockOf(instant, SERVER_TIME_ZONE);
  return instantOf({ ...clock, hour: 0, minute: 0, second: 0 }, SERVER_TIME_ZONE);
}

/**
 * What getValue returns for a field with no value: false for checkboxes, [] for multiselects, and an empty
 * string for the rest (SuiteScript 2.x reports empty fields as '' rather than null; UNCONFIRMED for every type).
 */
export function emptyValue(schema: FieldSchema): FieldValue {
  if (schema.type === 'checkbox') return false;
  if (schema.type === 'multiselect') return [];
  return '';
}

export function isEmpty(value: FieldValue | undefined): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** A defensive copy of a stored value (dates and arrays are mutable). */
export function copyValue(value: FieldValue): FieldValue {
  if (value instanceof Date) return new Date(value);
  if (Array.isArray(value)) return [...value];
  return value;
}
