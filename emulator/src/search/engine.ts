import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError } from '../errors';
import type { FieldValue } from '../records/types';
import { Catalog, UNMODELLED_ROWS, type Display, type FieldAccessor, type Row } from './catalog';
import { DEFAULT_DATE_FORMAT, DEFAULT_TIME_FORMAT, type DateSettings } from './dates';
import type { ColumnSpec, FilterNode, SearchSpec, SummaryName } from './model';
import { compileTerm } from './operators';
import type { Cell } from './values';

/** One result as the engine hands it to the N/search objects. */
export interface ResultRow {
  /** Null for summary rows, which stand for a group rather than a record. */
  readonly recordType: string | null;
  readonly id: string | null;
  readonly cells: readonly Cell[];
}

export interface ExecutedSearch {
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly ResultRow[];
}

export function dateSettingsOf(account: EmulatedAccount): DateSettings {
  return {
    timeZone: account.settings.timeZone,
    dateFormat: account.settings.dateFormat ?? DEFAULT_DATE_FORMAT,
    timeFormat: account.settings.timeFormat ?? DEFAULT_TIME_FORMAT,
  };
}

/** Three-valued: rows the emulator does not model may make a term unknowable (null). */
type Truth = boolean | null;
type Predicate = (row: Row, unmodelled: boolean) => Truth;

function compileNode(
  node: FilterNode,
  catalog: Catalog,
  dates: DateSettings,
  used: FieldAccessor[],
): Predicate {
  switch (node.kind) {
    case 'term': {
      const filter = node.filter;
      if (filter.summary) throw new NotEmulatedError(`summary filter ${filter.summary}(${filter.name})`);
      if (filter.formula !== null) throw new NotEmulatedError(`formula filter '${filter.formula}'`);
      const accessor = catalog.resolve(filter.name, filter.join, 'filter');
      used.push(accessor);
      const test = compileTerm(filter.operator, filter.values, {
        field: accessor.id,
        kind: accessor.kind,
        withTime: accessor.withTime,
        caseInsensitiveIds: accessor.caseInsensitiveIds,
        dates,
      });
      return (row, unmodelled) => {
        if (!unmodelled) return test(accessor.read(row));
        try {
          return test(accessor.read(row));
        } catch (error) {
          if (error instanceof NotEmulatedError) return null;
          throw error;
        }
      };
    }
    case 'not': {
      const child = compileNode(node.child, catalog, dates, used);
      return (row, unmodelled) => {
        const value = child(row, unmodelled);
        return value === null ? null : !value;
      };
    }
    case 'and':
    case 'or': {
      const children = node.children.map((one) => compileNode(one, catalog, dates, used));
      // Three-valued: one child equal to `settles` decides (false for 'and', true for 'or'); otherwise an unknown
      // child leaves the whole unknown.
      const settles = node.kind === 'or';
      return (row, unmodelled) => {
        let unknown = false;
        for (const child of children) {
          const value = child(row, unmodelled);
          if (value === settles) return settles;
          if (value === null) unknown = true;
        }
        return unknown ? null : !settles;
      };
    }
  }
}

function expansionOf(catalog: Catalog, used: readonly FieldAccessor[]): 'location' | 'member' | null {
  const levels = new Set(used.map((one) => one.level));
  if (levels.has('location') && levels.has('member'))
    throw new NotEmulatedError('an item search naming both per-location and kit-member fields');
  if (catalog.family !== 'item') return null;
  if (levels.has('location')) return 'location';
  if (levels.has('member')) return 'member';
  return null;
}

function isEmptyRaw(value: FieldValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function rawKey(value: FieldValue): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(',');
  return value === null ? '' : String(value);
}

const NUMERIC: ReadonlySet<Display> = new Set(['integer', 'float', 'currency', 'percent']);

/** Orders two cells of one column; empty values sort after all others (Oracle's NULLS LAST for ascending). */
function compareCells(a: Cell, b: Cell): number {
  const aEmpty = isEmptyRaw(a.raw);
  const bEmpty = isEmptyRaw(b.raw);
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (NUMERIC.has(a.display)) return Number(a.raw) - Number(b.raw);
  if (a.display === 'date' || a.display === 'datetime')
    return new Date(a.raw as string | Date).getTime() - new Date(b.raw as string | Date).getTime();
  if (a.display === 'checkbox')
    return Number(a.raw === true || a.raw === 'T') - Number(b.raw === true || b.raw === 'T');
  // Text and selects (by their display text) sort without regard to case.
  const left = (
    a.display === 'select' || a.display === 'multiselect' ? (a.text ?? '') : String(a.raw)
  ).toLowerCase();
  const right = (
    b.display === 'select' || b.display === 'multiselect' ? (b.text ?? '') : String(b.raw)
  ).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

function cellOf(accessor: FieldAccessor, row: Row): Cell {
  const raw = accessor.columnValue ? accessor.columnValue(row) : accessor.read(row);
  const text = accessor.kind === 'select' || accessor.kind === 'multiselect' ? accessor.text(row) : null;
  return { raw, text, display: accessor.display };
}

function summarise(
  summary: SummaryName,
  accessor: FieldAccessor,
  cells: readonly Cell[],
  column: ColumnSpec,
): Cell {
  const present = cells.filter((cell) => !isEmptyRaw(cell.raw));
  switch (summary) {
    case 'GROUP':
      return cells[0] ?? { raw: null, text: null, display: accessor.display };
    case 'COUNT':
      // Distinct values, as NetSuite's Count behaves in practice (count of Internal ID on a line-level search
      // counts transactions, not lines). UNCONFIRMED: the Help Center only says it "counts the number of results".
      return { raw: new Set(present.map((cell) => rawKey(cell.raw))).size, text: null, display: 'integer' };
    case 'SUM':
    case 'AVG': {
      if (accessor.kind !== 'number')
        throw new NotEmulatedError(`${summary} of the non-numeric column ${column.name}`);
      if (present.length === 0) return { raw: null, text: null, display: accessor.display };
      const sum = present.reduce((total, cell) => total + Number(cell.raw), 0);
      const raw = summary === 'SUM' ? sum : sum / present.length;
      const display = summary === 'AVG' && accessor.display === 'integer' ? 'float' : accessor.display;
      return { raw, text: null, display };
    }
    case 'MIN':
    case 'MAX': {
      if (accessor.kind !== 'number' && accessor.kind !== 'date')
        throw new NotEmulatedError(`${summary} of the column ${column.name}`);
      if (present.length === 0) return { raw: null, text: null, display: accessor.display };
      const sorted = [...present].sort(compareCells);
      const pick = summary === 'MIN' ? sorted[0] : sorted[sorted.length - 1];
      return pick ?? { raw: null, text: null, display: accessor.display };
    }
  }
}

function sortRows(rows: ResultRow[], columns: readonly ColumnSpec[]): void {
  const keys = columns
    .map((column, index) => ({ index, direction: column.sort }))
    .filter((key) => key.direction === 'ASC' || key.direction === 'DESC');
  if (keys.length === 0) return;
  rows.sort((a, b) => {
    for (const key of keys) {
      const left = a.cells[key.index];
      const right = b.cells[key.index];
      if (!left || !right) continue;
      const order = compareCells(left, right);
      if (order !== 0) return key.direction === 'ASC' ? order : -order;
    }
    return 0;
  });
}

/**
 * Runs a search against the account's records: rows in internal-id order, filtered, then grouped when columns
 * carry summaries, then sorted by the columns' sort directions (stable, so ties keep internal-id order).
 */
export function executeSearch(account: EmulatedAccount, spec: SearchSpec): ExecutedSearch {
  const catalog = new Catalog(account, spec.type);
  const dates = dateSettingsOf(account);
  const used: FieldAccessor[] = [];
  const predicate: Predicate = spec.filter ? compileNode(spec.filter, catalog, dates, used) : () => true;
  const accessors = spec.columns.map((column) => {
    if (column.formula !== null) throw new NotEmulatedError(`formula column '${column.formula}'`);
    if (column.func !== null) throw new NotEmulatedError(`search column function '${column.func}'`);
    const accessor = catalog.resolve(column.name, column.join, 'column');
    if (!accessor.columnable) throw new NotEmulatedError(`search column '${accessor.id}' output`);
    return accessor;
  });
  used.push(...accessors);
  const matched: Row[] = [];
  for (const row of catalog.rows(expansionOf(catalog, used))) {
    const unmodelled = UNMODELLED_ROWS.has(row.kind);
    const verdict = predicate(row, unmodelled);
    if (unmodelled) {
      if (verdict !== false)
        throw new NotEmulatedError(
          `this ${spec.type} search would also return ${row.kind} line(s) of ${row.schema.type} ${row.record.id}, ` +
            "which the emulator does not model; filter them out (['mainline','is','T'], or ['taxline','is','F'], " +
            "['shipping','is','F'], ['cogs','is','F'] with item lines)",
        );
      continue;
    }
    if (verdict) matched.push(row);
  }
  const summaries = spec.columns.map((column) => column.summary);
  if (summaries.some((one) => one !== null)) {
    if (summaries.some((one) => one === null))
      throw new NotEmulatedError('a search mixing summary and plain columns');
    return { columns: spec.columns, rows: summaryRows(spec.columns, accessors, matched) };
  }
  const rows: ResultRow[] = matched.map((row) => ({
    recordType: row.schema.type,
    id: String(row.record.id),
    cells: accessors.map((accessor) => cellOf(accessor, row)),
  }));
  sortRows(rows, spec.columns);
  return { columns: spec.columns, rows };
}

function summaryRows(
  columns: readonly ColumnSpec[],
  accessors: readonly FieldAccessor[],
  matched: readonly Row[],
): ResultRow[] {
  const groups = new Map<string, Cell[][]>();
  for (const row of matched) {
    const cells = accessors.map((accessor) => cellOf(accessor, row));
    const key = cells
      .filter((_, index) => columns[index]?.summary === 'GROUP')
      .map((cell) => rawKey(cell.raw))
      .join('\u0000');
    const group = groups.get(key);
    if (group) group.push(cells);
    else groups.set(key, [cells]);
  }
  // A summary search with no group column still answers one row (e.g. COUNT over nothing is 0).
  if (groups.size === 0 && !columns.some((column) => column.summary === 'GROUP')) groups.set('', []);
  const rows: ResultRow[] = [...groups.values()].map((members) => ({
    recordType: null,
    id: null,
    cells: columns.map((column, index) => {
      const accessor = accessors[index];
      if (!accessor || !column.summary) throw new Error('summary column without accessor');
      return summarise(
        column.summary,
        accessor,
        members.map((cells) => cells[index] ?? { raw: null, text: null, display: accessor.display }),
        column,
      );
    }),
  }));
  // Grouped rows come back ordered by their group columns unless the script sorts them.
  const groupOrder = columns.map(
    (column) => ({ ...column, sort: column.summary === 'GROUP' ? 'ASC' : 'NONE' }) as ColumnSpec,
  );
  sortRows(rows, groupOrder);
  sortRows(rows, columns);
  return rows;
}
