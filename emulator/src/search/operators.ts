import { NotEmulatedError, nsError } from '../errors';
import type { FieldValue } from '../records/types';
import { dayKey, parseDateOperand, zoneOf, type DateOperand, type DateSettings } from './dates';
import { UNKNOWN_STATUS, type FilterOperand, type OperatorName } from './model';

/**
 * How a search sees a field, by the column groups of NetSuite's operator table ("SuiteScript 2.x Search Operators",
 * article_4094344956): List/Record, Currency / Decimal Number / Time of Day, Date, Box (check box), Email / Free-Form
 * Text / Long Text / Password / Percent / Phone / Rich Text / Text Area, and Multi Select.
 */
export type SearchKind = 'select' | 'number' | 'date' | 'checkbox' | 'text' | 'multiselect';

/**
 * Which operators each kind accepts, from the same table. 'any', 'haskeywords' and 'allof'/'notallof' are valid
 * NetSuite operators the emulator does not evaluate (they throw NotEmulatedError when used on a valid kind).
 */
const VALID: Record<OperatorName, readonly SearchKind[]> = {
  after: ['date'],
  allof: ['multiselect'],
  any: ['number', 'text'],
  anyof: ['select', 'multiselect'],
  before: ['date'],
  between: ['number'],
  contains: ['text'],
  doesnotcontain: ['text'],
  doesnotstartwith: ['text'],
  equalto: ['number', 'checkbox'],
  greaterthan: ['number'],
  greaterthanorequalto: ['number'],
  haskeywords: ['text'],
  is: ['checkbox', 'text'],
  isempty: ['number', 'date', 'text'],
  isnot: ['text'],
  isnotempty: ['number', 'date', 'text'],
  lessthan: ['number'],
  lessthanorequalto: ['number'],
  noneof: ['select', 'multiselect'],
  notafter: ['date'],
  notallof: ['multiselect'],
  notbefore: ['date'],
  notbetween: ['number'],
  notequalto: ['number'],
  notgreaterthan: ['number'],
  notgreaterthanorequalto: ['number'],
  notlessthan: ['number'],
  notlessthanorequalto: ['number'],
  noton: ['date'],
  notonorafter: ['date'],
  notonorbefore: ['date'],
  notwithin: ['date'],
  on: ['date'],
  onorafter: ['date'],
  onorbefore: ['date'],
  startswith: ['text'],
  within: ['date'],
};

/** NetSuite's SSS_INVALID_SRCH_OPERATOR when an operator does not fit the field's type. */
export function assertOperatorFits(operator: OperatorName, kind: SearchKind, field: string): void {
  if (!VALID[operator].includes(kind)) {
    throw nsError(
      'SSS_INVALID_SRCH_OPERATOR',
      `An nlobjSearchFilter contains an invalid operator, or is not in proper syntax: ${field}. ` +
        `Operator '${operator}' does not apply to a ${kind} field.`,
    );
  }
}

/** How many values each operator takes (null: one or more; -1: one or two). */
function expectedValueCount(operator: OperatorName): number | null {
  switch (operator) {
    case 'isempty':
    case 'isnotempty':
      return 0;
    case 'anyof':
    case 'noneof':
    case 'allof':
    case 'notallof':
      return null;
    case 'between':
    case 'notbetween':
      return 2;
    case 'within':
    case 'notwithin':
      // One relative period ('thismonth') or two dates.
      return -1;
    default:
      return 1;
  }
}

function isEmptyValue(value: FieldValue | undefined): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** Ids of a select or multi-select value as strings. */
function idsOf(value: FieldValue | undefined): string[] {
  if (isEmptyValue(value)) return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.includes(',')) return value.split(',').map((one) => one.trim());
  return [String(value)];
}

function numberOperand(value: FilterOperand, field: string): number {
  const parsed = typeof value === 'number' ? value : Number(String(value).trim());
  if (value === null || value === '' || !Number.isFinite(parsed))
    throw new NotEmulatedError(
      `filter value '${String(value)}' on numeric field ${field} (NetSuite's error for it)`,
    );
  return parsed;
}

function checkboxOperand(value: FilterOperand, field: string): boolean {
  if (value === true || value === false) return value;
  const text = String(value).toUpperCase();
  if (text === 'T') return true;
  if (text === 'F') return false;
  throw new NotEmulatedError(
    `checkbox filter value '${String(value)}' on ${field}: NetSuite documents T or F`,
  );
}

/** The comparable form of a stored field value for one search kind. */
function numberOf(value: FieldValue | undefined): number | null {
  if (isEmptyValue(value)) return null;
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

function textOf(value: FieldValue | undefined): string {
  if (isEmptyValue(value)) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function instantOfValue(value: FieldValue | undefined): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && value !== '') {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  return null;
}

export interface TermContext {
  readonly field: string;
  readonly kind: SearchKind;
  /** 'datetime' fields compare instants when the operand names a time; 'date' fields compare days. */
  readonly withTime: boolean;
  /** External ids are matched case-insensitively (NetSuite keeps them unique that way). */
  readonly caseInsensitiveIds: boolean;
  readonly dates: DateSettings;
}

/** A filter term ready to test rows: operands are read once, against the field's kind. */
export type RowTest = (value: FieldValue | undefined) => boolean;

export function compileTerm(
  operator: OperatorName,
  operands: readonly FilterOperand[],
  context: TermContext,
): RowTest {
  assertOperatorFits(operator, context.kind, context.field);
  const expected = expectedValueCount(operator);
  const values = operands.filter((one) => !(expected === 0 && (one === '' || one === null)));
  const countOk =
    expected === null
      ? values.length >= 1
      : expected === -1
        ? values.length === 1 || values.length === 2
        : values.length === expected;
  if (!countOk) {
    // NetSuite's code for a wrong number of values is not documented; the message says what is wrong.
    throw nsError(
      'SSS_INVALID_SRCH_FILTER',
      `An nlobjSearchFilter contains invalid search criteria: ${context.field}. ` +
        `Operator '${operator}' takes ${expected === null ? 'one or more values' : expected === -1 ? 'one or two values' : `${expected} value(s)`}, got ${values.length}.`,
    );
  }
  switch (context.kind) {
    case 'select':
    case 'multiselect':
      return compileSelect(operator, values, context);
    case 'checkbox': {
      const wanted = checkboxOperand(values[0] ?? null, context.field);
      return (value) => (value === true || value === 'T') === wanted;
    }
    case 'number':
      return compileNumber(operator, values, context);
    case 'text':
      return compileText(operator, values);
    case 'date':
      return compileDate(operator, values, context);
  }
}

function compileSelect(
  operator: OperatorName,
  values: readonly FilterOperand[],
  context: TermContext,
): RowTest {
  const normalise = (id: string): string => (context.caseInsensitiveIds ? id.toLowerCase() : id);
  const wanted = values.map((one) => normalise(String(one).trim()));
  const wantsNone = wanted.includes('@none@') || wanted.includes('@NONE@');
  const anyOf = (value: FieldValue | undefined): boolean => {
    const ids = idsOf(value).map(normalise);
    if (ids.length === 0) return wantsNone;
    for (const id of ids) {
      if (!id.endsWith(UNKNOWN_STATUS)) continue;
      const prefix = id.slice(0, -1);
      if (wanted.some((one) => one.startsWith(prefix)))
        throw new NotEmulatedError(`comparing ${context.field} of a ${prefix.slice(0, -1)} transaction`);
    }
    return ids.some((id) => wanted.includes(id));
  };
  switch (operator) {
    case 'anyof':
      return anyOf;
    case 'noneof':
      return (value) => !anyOf(value);
    default:
      throw new NotEmulatedError(`search operator '${operator}' on ${context.field}`);
  }
}

function compileNumber(
  operator: OperatorName,
  values: readonly FilterOperand[],
  context: TermContext,
): RowTest {
  if (operator === 'isempty') return (value) => numberOf(value) === null;
  if (operator === 'isnotempty') return (value) => numberOf(value) !== null;
  if (operator === 'any') throw new NotEmulatedError(`search operator 'any' on ${context.field}`);
  const [first, second] = values.map((one) => numberOperand(one, context.field));
  const a = first ?? 0;
  const b = second ?? 0;
  // Empty values never satisfy a comparison: NetSuite's searches run as SQL, where NULL compares as unknown.
  const test = (compare: (n: number) => boolean): RowTest => {
    return (value) => {
      const n = numberOf(value);
      return n !== null && compare(n);
    };
  };
  switch (operator) {
    case 'equalto':
      return test((n) => n === a);
    case 'notequalto':
      return test((n) => n !== a);
    case 'greaterthan':
    case 'notlessthanorequalto':
      return test((n) => n > a);
    case 'greaterthanorequalto':
    case 'notlessthan':
      return test((n) => n >= a);
    case 'lessthan':
    case 'notgreaterthanorequalto':
      return test((n) => n < a);
    case 'lessthanorequalto':
    case 'notgreaterthan':
      return test((n) => n <= a);
    case 'between':
      return test((n) => n >= a && n <= b);
    case 'notbetween':
      return test((n) => n < a || n > b);
    default:
      throw new NotEmulatedError(`search operator '${operator}' on ${context.field}`);
  }
}

/** Text comparisons ignore case, as NetSuite's searches do. */
function compileText(operator: OperatorName, values: readonly FilterOperand[]): RowTest {
  const wanted = String(values[0] ?? '').toLowerCase();
  const text = (value: FieldValue | undefined): string => textOf(value).toLowerCase();
  switch (operator) {
    case 'is':
      return (value) => text(value) === wanted;
    case 'isnot':
      return (value) => text(value) !== wanted;
    case 'contains':
      return (value) => text(value).includes(wanted);
    case 'doesnotcontain':
      return (value) => !text(value).includes(wanted);
    case 'startswith':
      return (value) => text(value).startsWith(wanted);
    case 'doesnotstartwith':
      return (value) => !text(value).startsWith(wanted);
    case 'isempty':
      return (value) => text(value) === '';
    case 'isnotempty':
      return (value) => text(value) !== '';
    default:
      throw new NotEmulatedError(`search operator '${operator}' on a text field`);
  }
}

function compileDate(
  operator: OperatorName,
  values: readonly FilterOperand[],
  context: TermContext,
): RowTest {
  if (operator === 'isempty') return (value) => instantOfValue(value) === null;
  if (operator === 'isnotempty') return (value) => instantOfValue(value) !== null;
  const operands = values.map((one) => parseDateOperand(one, context.dates, context.withTime, context.field));
  const zone = zoneOf(context.withTime, context.dates);
  /** Negative, zero or positive as the stored value is before, on or after the operand. */
  const compare = (stored: Date, operand: DateOperand): number => {
    if (context.withTime && operand.instant) return stored.getTime() - operand.instant.getTime();
    return dayKey(stored, zone) - operand.day;
  };
  const [first, second] = operands;
  if (!first) throw new NotEmulatedError(`date operator '${operator}' without a value on ${context.field}`);
  const test = (check: (stored: Date) => boolean): RowTest => {
    return (value) => {
      const stored = instantOfValue(value);
      return stored !== null && check(stored);
    };
  };
  switch (operator) {
    case 'on':
      return test((d) => compare(d, first) === 0);
    case 'noton':
      return test((d) => compare(d, first) !== 0);
    case 'before':
    case 'notonorafter':
      return test((d) => compare(d, first) < 0);
    case 'after':
    case 'notonorbefore':
      return test((d) => compare(d, first) > 0);
    case 'onorbefore':
    case 'notafter':
      return test((d) => compare(d, first) <= 0);
    case 'onorafter':
    case 'notbefore':
      return test((d) => compare(d, first) >= 0);
    case 'within':
      if (!second) throw new NotEmulatedError(`'within' one date on ${context.field}`);
      return test((d) => compare(d, first) >= 0 && compare(d, second) <= 0);
    case 'notwithin':
      if (!second) throw new NotEmulatedError(`'notwithin' with one value on ${context.field}`);
      return test((d) => compare(d, first) < 0 || compare(d, second) > 0);
    default:
      throw new NotEmulatedError(`search operator '${operator}' on ${context.field}`);
  }
}
