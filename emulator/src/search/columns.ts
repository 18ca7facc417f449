import { NotEmulatedError, nsError } from '../errors';
import { isSort, type ColumnSpec, type SortName, type SummaryName } from './model';
import { parseSummary } from './filters';

/** search.Column: name/join/summary read-only; label, sort, formula and function settable (Oracle stub Column.js). */
export class SearchColumn {
  constructor(private spec: ColumnSpec) {}

  get name(): string {
    return this.spec.name;
  }
  get join(): string | undefined {
    return this.spec.join ?? undefined;
  }
  get summary(): SummaryName | undefined {
    return this.spec.summary ?? undefined;
  }
  get formula(): string | undefined {
    return this.spec.formula ?? undefined;
  }
  set formula(value: string | undefined) {
    this.spec = { ...this.spec, formula: value ?? null };
  }
  get label(): string | undefined {
    return this.spec.label ?? undefined;
  }
  set label(value: string | undefined) {
    this.spec = { ...this.spec, label: value ?? null };
  }
  get function(): string | undefined {
    return this.spec.func ?? undefined;
  }
  set function(value: string | undefined) {
    this.spec = { ...this.spec, func: value ?? null };
  }
  get sort(): SortName {
    return this.spec.sort;
  }
  set sort(value: SortName) {
    this.spec = { ...this.spec, sort: parseSort(value) };
  }

  setWhenOrderedBy(): SearchColumn {
    throw new NotEmulatedError('search.Column.setWhenOrderedBy');
  }

  toSpec(): ColumnSpec {
    return this.spec;
  }

  toString(): string {
    return 'search.Column';
  }

  toJSON() {
    return {
      name: this.spec.name,
      join: this.spec.join,
      summary: this.spec.summary,
      label: this.spec.label,
      formula: this.spec.formula,
      function: this.spec.func,
      sortdir: this.spec.sort,
    };
  }
}

function parseSort(value: unknown): SortName {
  if (value === undefined || value === null || value === '') return 'NONE';
  const upper = typeof value === 'string' ? value.toUpperCase() : value;
  if (!isSort(upper)) throw nsError('WRONG_PARAMETER_TYPE', `Unknown sort direction '${String(value)}'.`);
  return upper;
}

/** 'join.name' strings name a joined column, as in search.create({columns: ['customer.email']}). */
function splitJoin(name: string, join: string | null): { name: string; join: string | null } {
  if (join || !name.includes('.')) return { name, join };
  const dot = name.indexOf('.');
  return { name: name.slice(dot + 1), join: name.slice(0, dot) };
}

/** search.createColumn(options). */
export function columnFromOptions(options: {
  name?: unknown;
  join?: unknown;
  summary?: unknown;
  formula?: unknown;
  function?: unknown;
  label?: unknown;
  sort?: unknown;
}): ColumnSpec {
  if (typeof options.name !== 'string' || options.name === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.createColumn: Missing a required argument: name');
  const split = splitJoin(
    options.name,
    typeof options.join === 'string' && options.join !== '' ? options.join : null,
  );
  return {
    name: split.name,
    join: split.join,
    summary: parseSummary(options.summary, 'SSS_INVALID_SRCH_COLUMN_SUM'),
    formula: typeof options.formula === 'string' ? options.formula : null,
    label: typeof options.label === 'string' ? options.label : null,
    sort: parseSort(options.sort),
    func: typeof options.function === 'string' ? options.function : null,
  };
}

/** What search.create's `columns` option and the Search.columns setter accept: Column objects or names. */
export function parseColumns(value: unknown): ColumnSpec[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((one) => {
    if (one instanceof SearchColumn) return one.toSpec();
    if (typeof one === 'string') return columnFromOptions({ name: one });
    throw nsError(
      'SSS_INVALID_SRCH_COLUMN',
      `An nlobjSearchColumn contains an invalid column, or is not in proper syntax: ${JSON.stringify(one)}.`,
    );
  });
}
