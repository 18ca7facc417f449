import { NotEmulatedError, nsError } from '../errors';
import {
  isOperator,
  isSummary,
  type FilterNode,
  type FilterOperand,
  type FilterSpec,
  type OperatorName,
  type SummaryName,
} from './model';

/** search.Filter: read-only name/join/operator/summary, settable formula (Oracle stub Filter.js). */
export class SearchFilter {
  constructor(private spec: FilterSpec) {}

  get name(): string {
    return this.spec.name;
  }
  get join(): string {
    return this.spec.join ?? (undefined as unknown as string);
  }
  get operator(): OperatorName {
    return this.spec.operator;
  }
  get summary(): SummaryName {
    return this.spec.summary ?? (undefined as unknown as SummaryName);
  }
  get formula(): string {
    return this.spec.formula ?? (undefined as unknown as string);
  }
  set formula(value: string) {
    this.spec = { ...this.spec, formula: value };
  }

  /** The definition the engine runs. */
  toSpec(): FilterSpec {
    return this.spec;
  }

  toString(): string {
    return 'search.Filter';
  }

  toJSON() {
    return {
      name: this.spec.name,
      join: this.spec.join,
      operator: this.spec.operator,
      summary: this.spec.summary,
      formula: this.spec.formula,
      values: this.spec.values.map(operandText),
      isor: false,
      isnot: false,
      leftparens: 0,
      rightparens: 0,
    };
  }
}

function operandText(value: FilterOperand): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  return String(value);
}

function invalidExpression(detail: string): Error {
  return nsError(
    'SSS_INVALID_SRCH_FILTER_EXPR',
    `The options.filters parameter is not a valid search filter, filter array, or filter expression: ${detail}`,
  );
}

export function parseOperator(value: unknown, field: string): OperatorName {
  const lower = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (!isOperator(lower))
    throw nsError(
      'SSS_INVALID_SRCH_OPERATOR',
      `An nlobjSearchFilter contains an invalid operator, or is not in proper syntax: ${field}. Unknown operator '${String(value)}'.`,
    );
  return lower;
}

export function parseSummary(value: unknown, code: string): SummaryName | null {
  if (value === undefined || value === null || value === '') return null;
  const upper = typeof value === 'string' ? value.trim().toUpperCase() : value;
  if (!isSummary(upper)) throw nsError(code, `Unknown summary type '${String(value)}'.`);
  return upper;
}

function flattenOperands(values: readonly unknown[]): FilterOperand[] {
  const out: FilterOperand[] = [];
  for (const value of values) {
    if (Array.isArray(value)) out.push(...flattenOperands(value));
    else if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      value instanceof Date
    )
      out.push(value);
    else if (value !== undefined) throw invalidExpression(`filter value ${JSON.stringify(value)}`);
  }
  return out;
}

/** search.createFilter({name, join, operator, values, formula, summary}). */
export function filterFromOptions(options: {
  name?: unknown;
  join?: unknown;
  operator?: unknown;
  values?: unknown;
  formula?: unknown;
  summary?: unknown;
}): FilterSpec {
  if (typeof options.name !== 'string' || options.name === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.createFilter: Missing a required argument: name');
  if (options.operator === undefined || options.operator === null || options.operator === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.createFilter: Missing a required argument: operator');
  const values = options.values === undefined ? [] : flattenOperands([options.values]);
  return {
    name: options.name,
    join: typeof options.join === 'string' && options.join !== '' ? options.join : null,
    operator: parseOperator(options.operator, options.name),
    values,
    summary: parseSummary(options.summary, 'SSS_INVALID_SRCH_FILTER_SUM'),
    formula: typeof options.formula === 'string' ? options.formula : null,
  };
}

/** A term of a filter expression: ['name' | 'join.name' | 'sum(name)' | 'formulatext: ...', operator, values...]. */
function termFromArray(term: readonly unknown[]): FilterSpec {
  const [head, operator, ...values] = term;
  if (typeof head !== 'string') throw invalidExpression(`term ${JSON.stringify(term)}`);
  let name = head.trim();
  let summary: SummaryName | null = null;
  let formula: string | null = null;
  const summarised = /^(group|count|sum|avg|min|max)\((.+)\)$/i.exec(name);
  if (summarised) {
    summary = parseSummary(summarised[1], 'SSS_INVALID_SRCH_FILTER_SUM');
    name = (summarised[2] ?? '').trim();
  }
  const formulaMatch = /^(formula\w+)\s*:\s*([\s\S]*)$/i.exec(name);
  if (formulaMatch) {
    name = (formulaMatch[1] ?? '').toLowerCase();
    formula = formulaMatch[2] ?? '';
  }
  return {
    name,
    join: null,
    operator: parseOperator(operator, name),
    values: flattenOperands(values),
    summary,
    formula,
  };
}

function isTerm(value: readonly unknown[]): boolean {
  const [head, second] = value;
  return (
    typeof head === 'string' &&
    head.trim().toLowerCase() !== 'not' &&
    typeof second === 'string' &&
    !['and', 'or'].includes(second.trim().toLowerCase())
  );
}

/**
 * Parses a filter expression: terms joined by 'and'/'or' (any case), 'not' before an operand, brackets by nested
 * arrays. Mixing 'and' and 'or' at one level is refused: NetSuite's precedence between them is not pinned to a
 * source here, so the script must bracket.
 */
export function parseExpression(expression: readonly unknown[]): FilterNode {
  if (isTerm(expression)) return { kind: 'term', filter: termFromArray(expression) };
  const operands: FilterNode[] = [];
  const joiners = new Set<'and' | 'or'>();
  let negations = 0;
  let expectOperand = true;
  for (const element of expression) {
    const word = typeof element === 'string' ? element.trim().toLowerCase() : null;
    if (expectOperand) {
      if (word === 'not') {
        negations++;
        continue;
      }
      if (!Array.isArray(element))
        throw invalidExpression(`expected a term or bracket, got ${JSON.stringify(element)}`);
      let node = parseExpression(element);
      for (; negations > 0; negations--) node = { kind: 'not', child: node };
      operands.push(node);
      expectOperand = false;
    } else {
      if (word !== 'and' && word !== 'or')
        throw invalidExpression(`expected 'and' or 'or' between terms, got ${JSON.stringify(element)}`);
      joiners.add(word);
      expectOperand = true;
    }
  }
  if (operands.length === 0) throw invalidExpression('empty expression');
  if (expectOperand) throw invalidExpression('dangling operator');
  if (joiners.size > 1)
    throw new NotEmulatedError(
      "a filter expression mixing 'and' and 'or' without brackets (bracket the terms to state the grouping)",
    );
  const only = operands[0];
  if (operands.length === 1 && only) return only;
  return { kind: joiners.has('or') ? 'or' : 'and', children: operands };
}

/** A list of filters is an implicit AND. */
export function andOf(filters: readonly FilterSpec[]): FilterNode | null {
  if (filters.length === 0) return null;
  const terms: FilterNode[] = filters.map((filter) => ({ kind: 'term', filter }));
  const only = terms[0];
  return terms.length === 1 && only ? only : { kind: 'and', children: terms };
}

/** The terms of a tree that is a plain AND of terms (what Search.filters can show), or null when it is not. */
export function plainTerms(node: FilterNode | null): FilterSpec[] | null {
  if (!node) return [];
  if (node.kind === 'term') return [node.filter];
  if (node.kind !== 'and') return null;
  const out: FilterSpec[] = [];
  for (const child of node.children) {
    if (child.kind !== 'term') return null;
    out.push(child.filter);
  }
  return out;
}

/** Writes a tree back as a filter expression (Search.filterExpression). */
export function toExpression(node: FilterNode | null): unknown[] {
  if (!node) return [];
  switch (node.kind) {
    case 'term': {
      const filter = node.filter;
      let name = filter.join ? `${filter.join}.${filter.name}` : filter.name;
      if (filter.formula !== null) name = `${name}: ${filter.formula}`;
      if (filter.summary) name = `${filter.summary.toLowerCase()}(${name})`;
      return [name, filter.operator, ...filter.values];
    }
    case 'not':
      return ['NOT', toExpression(node.child)];
    default: {
      const out: unknown[] = [];
      node.children.forEach((child, index) => {
        if (index > 0) out.push(node.kind.toUpperCase());
        out.push(toExpression(child));
      });
      return out;
    }
  }
}

/**
 * What search.create's `filters` option accepts: a Filter, an array of Filters (implicit AND), or a filter
 * expression. Plain option objects ({name, operator, values}) are read as createFilter would read them.
 */
export function parseFiltersOption(value: unknown): FilterNode | null {
  if (value === undefined || value === null) return null;
  if (value instanceof SearchFilter) return andOf([value.toSpec()]);
  if (!Array.isArray(value)) throw invalidExpression(`filters of type ${typeof value}`);
  if (value.length === 0) return null;
  const objects = value.filter((one) => one !== null && typeof one === 'object' && !Array.isArray(one));
  if (objects.length === value.length) {
    return andOf(
      value.map((one: unknown) =>
        one instanceof SearchFilter ? one.toSpec() : filterFromOptions(one as Record<string, unknown>),
      ),
    );
  }
  if (objects.length > 0) throw invalidExpression('Filter objects mixed with expression terms');
  return parseExpression(value);
}
