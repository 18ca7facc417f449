/**
 * Reading search results as plain text values. Every row of a search comes back through getRange pages of 1,000
 * (10 units a page), so a configuration of a few hundred rows costs one call.
 */
import type * as search from 'N/search';

const PAGE = 1000;

/** Every row of the search, a page of 1,000 at a time (NetSuite's getRange maximum). */
export function allRows(query: search.Search): search.Result[] {
  const resultSet = query.run();
  const rows: search.Result[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = resultSet.getRange({ start, end: start + PAGE });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/** A column as trimmed text; empty becomes null. Select columns give the internal id. */
export function text(row: search.Result, column: string): string | null {
  const value = row.getValue(column);
  if (Array.isArray(value)) return value.length === 0 ? null : String(value[0]);
  if (value === null || value === undefined || typeof value === 'boolean') return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

/** A select column's display text; null when the column is empty. */
export function label(row: search.Result, column: string): string | null {
  if (text(row, column) === null) return null;
  const shown = row.getText(column);
  return typeof shown === 'string' && shown.trim() !== '' ? shown.trim() : null;
}

/** A checkbox column: search results give true/false (some accounts still answer 'T'/'F'). */
export function flag(row: search.Result, column: string): boolean {
  const value = row.getValue(column);
  return value === true || value === 'T';
}

/** A whole-number column; null when empty or not a number. */
export function integer(row: search.Result, column: string): number | null {
  const value = text(row, column);
  if (value === null) return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
