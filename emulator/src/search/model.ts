/**
 * The data of a search definition, independent of the N/search objects that carry it: what a saved search stores
 * and what the engine runs.
 */

/** search.Operator values (Oracle's stub search.js: lower-case strings). */
export const OPERATORS = [
  'after',
  'allof',
  'any',
  'anyof',
  'before',
  'between',
  'contains',
  'doesnotcontain',
  'doesnotstartwith',
  'equalto',
  'greaterthan',
  'greaterthanorequalto',
  'haskeywords',
  'is',
  'isempty',
  'isnot',
  'isnotempty',
  'lessthan',
  'lessthanorequalto',
  'noneof',
  'notafter',
  'notallof',
  'notbefore',
  'notbetween',
  'notequalto',
  'notgreaterthan',
  'notgreaterthanorequalto',
  'notlessthan',
  'notlessthanorequalto',
  'noton',
  'notonorafter',
  'notonorbefore',
  'notwithin',
  'on',
  'onorafter',
  'onorbefore',
  'startswith',
  'within',
] as const;

export type OperatorName = (typeof OPERATORS)[number];

export function isOperator(value: unknown): value is OperatorName {
  return typeof value === 'string' && (OPERATORS as readonly string[]).includes(value);
}

/** search.Summary values (upper case in NetSuite). */
export const SUMMARIES = ['GROUP', 'COUNT', 'SUM', 'AVG', 'MIN', 'MAX'] as const;
export type SummaryName = (typeof SUMMARIES)[number];

export function isSummary(value: unknown): value is SummaryName {
  return typeof value === 'string' && (SUMMARIES as readonly string[]).includes(value);
}

/** search.Sort values. */
export const SORTS = ['ASC', 'DESC', 'NONE'] as const;
export type SortName = (typeof SORTS)[number];

export function isSort(value: unknown): value is SortName {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

/** Ends the filter value of a transaction status the emulator cannot read ('Journal:?'). */
export const UNKNOWN_STATUS = ':?';

/** A raw filter value as scripts pass it; the engine reads it against the field's type. */
export type FilterOperand = string | number | boolean | Date | null;

export interface ColumnSpec {
  readonly name: string;
  readonly join: string | null;
  readonly summary: SummaryName | null;
  readonly formula: string | null;
  readonly label: string | null;
  readonly sort: SortName;
  readonly func: string | null;
}

export interface FilterSpec {
  readonly name: string;
  readonly join: string | null;
  readonly operator: OperatorName;
  readonly values: readonly FilterOperand[];
  readonly summary: SummaryName | null;
  readonly formula: string | null;
}

/** A filter expression after parsing: terms combined by and/or/not, nesting kept. */
export type FilterNode =
  | { readonly kind: 'term'; readonly filter: FilterSpec }
  | { readonly kind: 'and' | 'or'; readonly children: readonly FilterNode[] }
  | { readonly kind: 'not'; readonly child: FilterNode };

export interface SearchSpec {
  readonly type: string;
  readonly filter: FilterNode | null;
  readonly columns: readonly ColumnSpec[];
}

/** What Search.save keeps in account.savedSearches (keyed by the script id). */
export interface SavedSearchRecord {
  readonly scriptId: string;
  readonly internalId: number;
  readonly title: string;
  readonly isPublic: boolean;
  readonly spec: SearchSpec;
  /** The filter expression as the script gave it, so a loaded search answers filterExpression as it was saved. */
  readonly expression: unknown[] | null;
}

/**
 * The key a column's value has in Result.toJSON().values: 'name', 'join.name', 'SUM(name)' (a public 2.x script
 * reads JSON.parse(JSON.stringify(result)).values['customer.email'] and ['taxItem.internalid'][0].value).
 */
export function columnKey(column: Pick<ColumnSpec, 'name' | 'join' | 'summary'>): string {
  const base = column.join ? `${column.join}.${column.name}` : column.name;
  return column.summary ? `${column.summary}(${base})` : base;
}

/**
 * The key the map/reduce framework gives the same column in the value map() receives: the join comes after the
 * field name ('name.join', 'GROUP(name.join)'). Public map/reduce scripts read createColumn({name: 'internalid',
 * join: 'item'}) as values['internalid.item'], the column 'customer.email' as values['email.customer'], and
 * values['terms.customer'], values['GROUP(internalid.location)'] (fidelity review): a second serialiser, as its
 * {value, text} selects and 'T'/'F' check boxes also show.
 */
export function mapReduceColumnKey(column: Pick<ColumnSpec, 'name' | 'join' | 'summary'>): string {
  const base = column.join ? `${column.name}.${column.join}` : column.name;
  return column.summary ? `${column.summary}(${base})` : base;
}
