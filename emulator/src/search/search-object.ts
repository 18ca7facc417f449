import { NotEmulatedError, nsError } from '../errors';
import { SearchColumn, parseColumns } from './columns';
import {
  SearchFilter,
  andOf,
  parseExpression,
  parseFiltersOption,
  plainTerms,
  toExpression,
} from './filters';
import type { FilterNode, SavedSearchRecord, SearchSpec } from './model';
import { withPromise } from '../modules/promise-twin';
import { SearchPagedData, SearchResultSet, charge, currentAccount } from './results';
import { saveSearch } from './saved';

/** Smallest, largest and default page sizes of runPaged (netsuite-runtime.md §1.3). */
export const PAGE_SIZE = { min: 5, max: 1000, default: 50 } as const;

type FilterState =
  | { readonly mode: 'list'; readonly list: unknown[] }
  | { readonly mode: 'expression'; readonly node: FilterNode | null; readonly expression: unknown[] };

export interface SearchInit {
  readonly type: string;
  readonly filter: FilterNode | null;
  /** The expression as written, when the search was defined by one. */
  readonly expression: unknown[] | null;
  readonly columns: unknown[];
  readonly title?: string;
  readonly id?: string;
  readonly isPublic?: boolean;
  readonly settings?: unknown;
  readonly saved?: { readonly internalId: number; readonly scriptId: string };
}

function deepCopy(expression: unknown[]): unknown[] {
  return expression.map((one) => (Array.isArray(one) ? deepCopy(one) : one));
}

/**
 * search.Search. `filters` and `columns` are live arrays (scripts push onto them, as with a loaded search);
 * a search defined by an expression with 'or'/'not' has no plain filter list, and reading `filters` then throws.
 */
export class SearchDefinition {
  readonly searchType: string;
  title: string | undefined;
  id: string | undefined;
  isPublic: boolean;
  private filterState: FilterState;
  private columnList: unknown[];
  private settingList: unknown[];
  private savedInternalId: number | null;
  readonly runPaged;
  readonly save;

  constructor(init: SearchInit) {
    this.searchType = init.type;
    this.title = init.title;
    this.id = init.id;
    this.isPublic = init.isPublic ?? false;
    this.filterState = init.expression
      ? { mode: 'expression', node: init.filter, expression: deepCopy(init.expression) }
      : { mode: 'list', list: (plainTerms(init.filter) ?? []).map((spec) => new SearchFilter(spec)) };
    this.columnList = parseColumns(init.columns).map((spec) => new SearchColumn(spec));
    this.settingList = init.settings === undefined || init.settings === null ? [] : [init.settings].flat();
    this.savedInternalId = init.saved?.internalId ?? null;
    this.runPaged = withPromise((options?: { pageSize?: number }): SearchPagedData => {
      const pageSize = options?.pageSize ?? PAGE_SIZE.default;
      if (!Number.isInteger(pageSize) || pageSize < PAGE_SIZE.min || pageSize > PAGE_SIZE.max)
        throw new NotEmulatedError(
          `runPaged with pageSize ${String(pageSize)} (NetSuite allows ${PAGE_SIZE.min}-${PAGE_SIZE.max}; its error code is not pinned)`,
        );
      charge('Search.runPaged');
      return new SearchPagedData(this.toSpec(), pageSize, this);
    });
    this.save = withPromise((): number => {
      charge('search.save');
      const record = saveSearch(currentAccount(), {
        title: this.title,
        scriptId: this.id,
        currentInternalId: this.savedInternalId,
        isPublic: this.isPublic,
        spec: this.toSpec(),
        expression: this.filterState.mode === 'expression' ? deepCopy(this.filterState.expression) : null,
      });
      this.savedInternalId = record.internalId;
      this.id = record.scriptId;
      return record.internalId;
    });
  }

  static fromSaved(record: SavedSearchRecord): SearchDefinition {
    return new SearchDefinition({
      type: record.spec.type,
      filter: record.spec.filter,
      expression: record.expression,
      columns: record.spec.columns.map((spec) => new SearchColumn(spec)),
      title: record.title,
      id: record.scriptId,
      isPublic: record.isPublic,
      saved: { internalId: record.internalId, scriptId: record.scriptId },
    });
  }

  /** The saved search's internal id, or -1 for a search never saved. */
  get searchId(): number {
    return this.savedInternalId ?? -1;
  }

  get filters(): SearchFilter[] {
    if (this.filterState.mode === 'list') return this.filterState.list as SearchFilter[];
    const terms = plainTerms(this.filterState.node);
    if (!terms)
      throw new NotEmulatedError("Search.filters of a search whose filter expression uses 'or' or 'not'");
    const list = terms.map((spec) => new SearchFilter(spec));
    this.filterState = { mode: 'list', list };
    return list;
  }

  set filters(value: SearchFilter[]) {
    const list = value === undefined || value === null ? [] : Array.isArray(value) ? [...value] : [value];
    for (const one of list) {
      if (!(one instanceof SearchFilter))
        throw nsError('SSS_INVALID_SRCH_FILTER', 'Search.filters takes search.Filter objects.');
    }
    this.filterState = { mode: 'list', list };
  }

  get filterExpression(): unknown[] {
    if (this.filterState.mode === 'expression') return deepCopy(this.filterState.expression);
    return toExpression(this.listNode(this.filterState.list));
  }

  set filterExpression(value: unknown[]) {
    const expression = Array.isArray(value) ? value : [];
    const node = expression.length === 0 ? null : parseExpression(expression);
    this.filterState = { mode: 'expression', node, expression: deepCopy(expression) };
  }

  get columns(): SearchColumn[] {
    return this.columnList as SearchColumn[];
  }

  set columns(value: (SearchColumn | string)[]) {
    this.columnList = parseColumns(value).map((spec) => new SearchColumn(spec));
  }

  get settings(): unknown[] {
    return this.settingList;
  }

  set settings(value: unknown[]) {
    this.settingList = value === undefined || value === null ? [] : [value].flat();
  }

  run(): SearchResultSet {
    return new SearchResultSet(this.toSpec());
  }

  /** The definition as it stands now, for the engine and for saving. */
  toSpec(): SearchSpec {
    if (this.settingList.length > 0) throw new NotEmulatedError('search settings (search.createSetting)');
    const filter =
      this.filterState.mode === 'list' ? this.listNode(this.filterState.list) : this.filterState.node;
    return { type: this.searchType, filter, columns: parseColumns(this.columnList) };
  }

  private listNode(list: readonly unknown[]): FilterNode | null {
    return list.length === 0 ? null : (parseFiltersOption([...list]) ?? andOf([]));
  }

  toString(): string {
    return 'search.Search';
  }

  toJSON() {
    return {
      id: this.id ?? null,
      searchId: this.searchId,
      searchType: this.searchType,
      title: this.title ?? null,
      isPublic: this.isPublic,
      filters: this.filterState.mode === 'list' ? this.filterState.list : null,
      filterExpression: this.filterExpression,
      columns: this.columnList,
    };
  }
}
