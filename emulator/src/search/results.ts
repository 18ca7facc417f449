import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import { currentExecution } from '../execution';
import { API_COSTS, type ApiName } from '../governance';
import { SearchColumn } from './columns';
import type { DateSettings } from './dates';
import { dateSettingsOf, executeSearch, type ResultRow } from './engine';
import { columnKey, mapReduceColumnKey, type ColumnSpec, type SearchSpec } from './model';
import { formatValue, jsonValue, mapReduceValue, type Cell } from './values';
import { withPromise } from '../modules/promise-twin';

/** Charges one documented N/search call to the running script (netsuite-runtime.md §1.1). */
export function charge(api: ApiName): void {
  currentExecution().meter.charge(api, API_COSTS[api]);
}

export function currentAccount(): EmulatedAccount {
  return currentExecution().account as EmulatedAccount;
}

/** What getValue/getText accept: a column name, a Column, or {name, join, summary}. */
type ColumnRef = string | { name?: unknown; join?: unknown; summary?: unknown };

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** search.Result: one row, its columns, getValue/getText and the JSON NetSuite prints for it. */
export class SearchResult {
  readonly recordType: string;
  readonly id: string;
  readonly columns: SearchColumn[];

  constructor(
    private readonly row: ResultRow,
    private readonly specs: readonly ColumnSpec[],
    private readonly dates: DateSettings,
  ) {
    // Summary rows stand for groups: no record type, and no id (the map/reduce framework keys them by index).
    this.recordType = row.recordType as string;
    this.id = (row.id ?? undefined) as string;
    this.columns = specs.map((spec) => new SearchColumn(spec));
  }

  private cellFor(ref: ColumnRef, api: string): Cell | null {
    if (ref === undefined || ref === null || ref === '')
      throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: name`);
    const wanted =
      typeof ref === 'string'
        ? { name: ref, join: null, summary: null }
        : ref instanceof SearchColumn
          ? { name: ref.name, join: ref.join ?? null, summary: ref.summary ?? null }
          : {
              name: typeof ref.name === 'string' ? ref.name : '',
              join: typeof ref.join === 'string' ? ref.join : null,
              summary: typeof ref.summary === 'string' ? ref.summary : null,
            };
    if (wanted.name === '')
      throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: name`);
    const index = this.specs.findIndex(
      (spec) =>
        sameText(spec.name, wanted.name) &&
        sameText(spec.join, wanted.join) &&
        sameText(spec.summary, wanted.summary),
    );
    return index < 0 ? null : (this.row.cells[index] ?? null);
  }

  /** The column's value as a string (check boxes: boolean); null when the search has no such column. */
  getValue(column: ColumnRef): string | boolean {
    const cell = this.cellFor(column, 'Result.getValue');
    return (cell ? formatValue(cell, this.dates) : null) as string | boolean;
  }

  /** A select column's display text. */
  getText(column: ColumnRef): string {
    const cell = this.cellFor(column, 'Result.getText');
    if (!cell) return null as unknown as string;
    if (cell.display !== 'select' && cell.display !== 'multiselect')
      throw new NotEmulatedError('Result.getText on a column that is not a select');
    return cell.text ?? '';
  }

  toString(): string {
    return 'search.Result';
  }

  /** JSON.stringify(result): {recordType, id, values} with selects as [{value, text}]. */
  toJSON(): { recordType: string | null; id: string | null; values: Record<string, unknown> } {
    return this.serialise(jsonValue, columnKey);
  }

  /** The value the map/reduce framework passes to map() for a search given to getInputData. */
  toMapReduceValue(): { recordType: string | null; id: string | null; values: Record<string, unknown> } {
    return this.serialise(mapReduceValue, mapReduceColumnKey);
  }

  private serialise(
    write: (cell: Cell, dates: DateSettings) => unknown,
    keyOf: (spec: ColumnSpec) => string,
  ) {
    const values: Record<string, unknown> = {};
    this.specs.forEach((spec, index) => {
      const cell = this.row.cells[index];
      if (cell) values[keyOf(spec)] = write(cell, this.dates);
    });
    return { recordType: this.row.recordType, id: this.row.id, values };
  }
}

/** The most rows one ResultSet.each call may visit (SSS_SEARCH_FOR_EACH_LIMIT_EXCEEDED past it). */
export const EACH_LIMIT = 4000;
/** The most rows one getRange call may return. */
export const RANGE_LIMIT = 1000;

/** Runs a definition now against the current account and wraps the rows as Results. */
export function runNow(account: EmulatedAccount, spec: SearchSpec): SearchResult[] {
  const executed = executeSearch(account, spec);
  const dates = dateSettingsOf(account);
  return executed.rows.map((row) => new SearchResult(row, executed.columns, dates));
}

function integerArg(value: unknown, api: string, name: string): number {
  if (value === undefined || value === null || value === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: ${name}`);
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw nsError('SSS_INVALID_SEARCH_RESULT_INDEX', `${api}: ${name} must be a non-negative integer`);
  return number;
}

/** search.ResultSet: each() and getRange() run the search when called, each charging its units. */
export class SearchResultSet {
  readonly columns: SearchColumn[];
  readonly each;
  readonly getRange;

  constructor(private readonly spec: SearchSpec) {
    this.columns = spec.columns.map((column) => new SearchColumn(column));
    this.each = withPromise((callback: (result: SearchResult) => boolean): void => {
      if (typeof callback !== 'function')
        throw nsError('SSS_MISSING_REQD_ARGUMENT', 'ResultSet.each: Missing a required argument: callback');
      charge('ResultSet.each');
      const results = runNow(currentAccount(), this.spec);
      for (let index = 0; index < results.length; index++) {
        if (index >= EACH_LIMIT)
          throw nsError(
            'SSS_SEARCH_FOR_EACH_LIMIT_EXCEEDED',
            `No more than ${EACH_LIMIT} search results may be returned at one time from ResultSet.each(callback). ` +
              `Please revise your search criteria or modify the callback logic so that no more than ${EACH_LIMIT} results are returned.`,
          );
        const result = results[index];
        if (result && !callback(result)) return;
      }
    });
    this.getRange = withPromise((options: { start: number; end: number }): SearchResult[] => {
      if (!options || typeof options !== 'object')
        throw nsError(
          'SSS_MISSING_REQD_ARGUMENT',
          'ResultSet.getRange: Missing a required argument: options',
        );
      const start = integerArg(options.start, 'ResultSet.getRange', 'start');
      const end = integerArg(options.end, 'ResultSet.getRange', 'end');
      if (end < start)
        throw nsError('SSS_INVALID_SEARCH_RESULT_INDEX', 'ResultSet.getRange: end must not be before start');
      // The code is NetSuite's error.Type member for a result request over the limit; its message is ours.
      if (end - start > RANGE_LIMIT)
        throw nsError(
          'SSS_SEARCH_RESULT_LIMIT_EXCEEDED',
          `ResultSet.getRange returns at most ${RANGE_LIMIT} results per call (asked for ${end - start}).`,
        );
      charge('ResultSet.getRange');
      return runNow(currentAccount(), this.spec).slice(start, end);
    });
  }

  toString(): string {
    return 'search.ResultSet';
  }
}

/** search.PageRange. */
export interface SearchPageRange {
  readonly index: number;
  readonly compoundLabel: string;
}

/** search.Page: one fetched page. next()/prev() fetch the neighbouring page (5 units each, like fetch). */
export class SearchPage {
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly next;
  readonly prev;

  constructor(
    readonly pagedData: SearchPagedData,
    readonly pageRange: SearchPageRange,
    readonly data: SearchResult[],
  ) {
    this.isFirst = pageRange.index === 0;
    this.isLast = pageRange.index === pagedData.pageRanges.length - 1;
    this.next = withPromise((): SearchPage => pagedData.fetch({ index: pageRange.index + 1 }));
    this.prev = withPromise((): SearchPage => pagedData.fetch({ index: pageRange.index - 1 }));
  }
}

/** search.PagedData: the count and page ranges when runPaged ran; fetch(index) runs the search for one page. */
export class SearchPagedData {
  readonly count: number;
  readonly pageRanges: SearchPageRange[];
  readonly fetch;

  constructor(
    private readonly spec: SearchSpec,
    readonly pageSize: number,
    readonly searchDefinition: unknown,
  ) {
    const count = executeSearch(currentAccount(), spec).rows.length;
    this.count = count;
    this.pageRanges = [];
    for (let start = 0, index = 0; start < count; start += pageSize, index++) {
      this.pageRanges.push({ index, compoundLabel: `${start + 1} - ${Math.min(start + pageSize, count)}` });
    }
    this.fetch = withPromise((options: { index: number }): SearchPage => {
      const index = options?.index;
      const range = typeof index === 'number' ? this.pageRanges[index] : undefined;
      if (!range) throw nsError('INVALID_PAGE_RANGE', `Invalid page range: ${String(index)}.`);
      charge('PagedData.fetch');
      const rows = runNow(currentAccount(), this.spec);
      return new SearchPage(this, range, rows.slice(index * this.pageSize, (index + 1) * this.pageSize));
    });
  }
}
