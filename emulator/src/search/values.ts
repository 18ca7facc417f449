import type { FieldValue } from '../records/types';
import type { Display } from './catalog';
import { formatDate, formatDateTime, type DateSettings } from './dates';

/** One column value of one result: the stored value and, for selects, its display text. */
export interface Cell {
  readonly raw: FieldValue;
  readonly text: string | null;
  readonly display: Display;
}

function isEmpty(value: FieldValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function asDate(value: FieldValue): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'string') {
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
  }
  return null;
}

function numberText(value: number): string {
  // Float sums (0.1 + 0.2) print as NetSuite's decimal does, not as binary noise.
  return String(Number(value.toFixed(10)));
}

function idList(value: FieldValue): string[] {
  if (isEmpty(value)) return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .split(',')
    .map((one) => one.trim())
    .filter((one) => one !== '');
}

/**
 * Result.getValue: strings for every type but check boxes (booleans in SuiteScript 2.x); dates in the user's date
 * format; currency with two decimals; selects as internal ids, multi-selects comma-separated; empty as ''.
 */
export function formatValue(cell: Cell, dates: DateSettings): string | boolean {
  const { raw, display } = cell;
  if (display === 'checkbox') return raw === true || raw === 'T';
  if (isEmpty(raw)) return '';
  switch (display) {
    case 'select':
    case 'multiselect':
      return idList(raw).join(',');
    case 'date': {
      const date = asDate(raw);
      return date ? formatDate(date, dates) : String(raw);
    }
    case 'datetime': {
      const date = asDate(raw);
      return date ? formatDateTime(date, dates) : String(raw);
    }
    case 'currency':
      return Number(raw).toFixed(2);
    case 'integer':
    case 'float':
      return numberText(Number(raw));
    case 'percent':
      return `${numberText(Number(raw))}%`;
    default:
      return String(raw);
  }
}

/**
 * The value under `values` in Result.toJSON() (what JSON.stringify(result) prints, SuiteScript 2.1): selects as
 * arrays of {value, text} (public 2.1 map/reduce code reads `values.entity[0].value`), check boxes as booleans,
 * everything else as getValue prints it.
 */
export function jsonValue(cell: Cell, dates: DateSettings): unknown {
  if (cell.display === 'select' || cell.display === 'multiselect') {
    const ids = idList(cell.raw);
    const texts = ids.length === 1 ? [cell.text ?? ''] : (cell.text ?? '').split(',');
    return ids.map((value, index) => ({ value, text: texts[index] ?? '' }));
  }
  return formatValue(cell, dates);
}

/**
 * The value under `values` when the map/reduce framework serialises a search given to getInputData (public
 * SuiteScript 2.0 map/reduce logs): a single select as {value, text}, multi-selects as arrays of them, check
 * boxes as 'T'/'F', everything else as getValue prints it.
 */
export function mapReduceValue(cell: Cell, dates: DateSettings): unknown {
  if (cell.display === 'select') {
    const value = idList(cell.raw)[0] ?? '';
    return { value, text: value === '' ? '' : (cell.text ?? '') };
  }
  if (cell.display === 'multiselect') return jsonValue(cell, dates);
  if (cell.display === 'checkbox') return formatValue(cell, dates) === true ? 'T' : 'F';
  return formatValue(cell, dates);
}
