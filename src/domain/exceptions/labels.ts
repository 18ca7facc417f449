/** Display texts of the exception lists (Objects/customlist_pwi_exception_*.xml), which the records store. */
import {
  EXCEPTION_CATEGORIES,
  EXCEPTION_STATUSES,
  type ExceptionCategory,
  type ExceptionStatus,
} from './exception';

export const CATEGORY_LABELS: Readonly<Record<ExceptionCategory, string>> = {
  MISSING_SKU: 'Missing SKU',
  TOTALS_MISMATCH: 'Totals mismatch',
  CUSTOMER: 'Customer',
  CONFIGURATION: 'Configuration',
  VALIDATION: 'Validation',
  NO_LOCATION: 'No location',
  NETSUITE_ERROR: 'NetSuite error',
};

export const STATUS_LABELS: Readonly<Record<ExceptionStatus, string>> = {
  open: 'Open',
  retrying: 'Retrying',
  resolved: 'Resolved',
};

export function categoryFromLabel(text: string | null): ExceptionCategory | null {
  return EXCEPTION_CATEGORIES.find((category) => same(CATEGORY_LABELS[category], text)) ?? null;
}

export function statusFromLabel(text: string | null): ExceptionStatus | null {
  return EXCEPTION_STATUSES.find((status) => same(STATUS_LABELS[status], text)) ?? null;
}

function same(a: string, b: string | null): boolean {
  return b !== null && a.toLowerCase() === b.trim().toLowerCase();
}
