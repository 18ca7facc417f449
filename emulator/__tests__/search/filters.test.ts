// Filters and filter expressions: search.create accepts a Filter, Filter[] (implicit AND) or a filter expression
// (search.create, section_4345764122; Search.filterExpression, SearchInstance stub: SSS_INVALID_SRCH_FILTER_EXPR),
// search.createFilter (section_4345780810), unknown names SSS_INVALID_SRCH_FILTER / SSS_INVALID_SRCH_COLUMN and
// joins SSS_INVALID_SRCH_FILTER_JOIN (nlapiSearchRecord's documented exceptions, carried into 2.x).
import * as search from 'N/search';
import { errorName, run, searchAccount, seedShop } from './fixture';

const account = searchAccount();
const ids = seedShop(account);

function customerIds(options: { filters?: unknown; filterExpression?: unknown[] }): string[] {
  return run(account, () =>
    search
      .create({ type: 'customer', ...(options as object) })
      .run()
      .getRange({ start: 0, end: 100 })
      .map((r) => r.id),
  );
}

describe('filter expressions', () => {
  test("'and' / 'or' in any case, brackets by nesting, 'not' before an operand", () => {
    expect(customerIds({ filters: [['isinactive', 'is', 'F'], 'AND', ['email', 'isnotempty', '']] })).toEqual(
      [ids.ada],
    );
    expect(
      customerIds({ filters: [['entityid', 'startswith', 'ada'], 'or', ['entityid', 'startswith', 'cat']] }),
    ).toEqual([ids.ada, ids.cat]);
    expect(
      customerIds({
        filters: [
          ['isinactive', 'is', 'F'],
          'and',
          [['entityid', 'startswith', 'bob'], 'or', ['email', 'isempty', '']],
        ],
      }),
    ).toEqual([ids.cat]);
    expect(customerIds({ filters: ['not', ['isinactive', 'is', 'T']] })).toEqual([ids.ada, ids.cat]);
    expect(
      customerIds({ filters: [['isinactive', 'is', 'F'], 'and', 'NOT', ['entityid', 'is', 'cat']] }),
    ).toEqual([ids.ada]);
  });

  test('a single term on its own, and filterExpression as an option', () => {
    expect(customerIds({ filters: ['isinactive', 'is', 'T'] })).toEqual([ids.bob]);
    expect(customerIds({ filterExpression: [['isinactive', 'is', 'T']] })).toEqual([ids.bob]);
  });

  test('malformed expressions are SSS_INVALID_SRCH_FILTER_EXPR', () => {
    for (const filters of [
      [['isinactive', 'is', 'F'], 'and'],
      [
        ['isinactive', 'is', 'F'],
        ['email', 'isempty', ''],
      ],
      [['isinactive', 'is', 'F'], 'xor', ['email', 'isempty', '']],
      ['and', ['isinactive', 'is', 'F']],
    ]) {
      expect(errorName(() => customerIds({ filters }))).toBe('SSS_INVALID_SRCH_FILTER_EXPR');
    }
  });

  test("mixing 'and' and 'or' without brackets is refused (precedence not pinned to a source)", () => {
    expect(
      errorName(() =>
        customerIds({
          filters: [
            ['isinactive', 'is', 'F'],
            'and',
            ['email', 'isempty', ''],
            'or',
            ['entityid', 'is', 'x'],
          ],
        }),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
  });

  test('formula and summary filters are not emulated', () => {
    expect(errorName(() => customerIds({ filters: [['formulatext: {entityid}', 'is', 'Cat']] }))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
    expect(errorName(() => customerIds({ filters: [['max(creditlimit)', 'greaterthan', '1']] }))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
  });
});

describe('Filter objects', () => {
  test('an array of Filters is an implicit AND; createFilter takes join', () => {
    const found = run(account, () =>
      search
        .create({
          type: 'salesorder',
          filters: [
            search.createFilter({ name: 'mainline', operator: search.Operator.IS, values: 'T' }),
            search.createFilter({
              name: 'email',
              join: 'customer',
              operator: search.Operator.IS,
              values: 'ada@example.com',
            }),
          ],
        })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => r.id),
    );
    expect(found).toEqual([ids.so1]);
  });

  test('Search.filters is live: a Filter pushed onto it takes part in the next run', () => {
    const found = run(account, () => {
      const s = search.create({ type: 'customer', filters: [['isinactive', 'is', 'F']] });
      s.filters.push(
        search.createFilter({ name: 'entityid', operator: search.Operator.STARTSWITH, values: 'c' }),
      );
      return s
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => r.id);
    });
    expect(found).toEqual([ids.cat]);
  });

  test('filterExpression reads back as written; filters of an OR expression are not a plain list', () => {
    const [expression, error] = run(account, () => {
      const s = search.create({
        type: 'customer',
        filters: [['isinactive', 'is', 'F'], 'or', ['email', 'isempty', '']],
      });
      return [s.filterExpression, errorName(() => s.filters)];
    });
    expect(expression).toEqual([['isinactive', 'is', 'F'], 'or', ['email', 'isempty', '']]);
    expect(error).toBe('EMULATOR_NOT_EMULATED');
  });

  test('a Filter list reads back as an AND expression, and toJSON shows the filter', () => {
    const [expression, json] = run(account, () => {
      const filter = search.createFilter({
        name: 'email',
        operator: search.Operator.CONTAINS,
        values: ['x'],
      });
      const s = search.create({ type: 'customer', filters: [filter] });
      s.filters = [
        ...s.filters,
        search.createFilter({ name: 'isinactive', operator: search.Operator.IS, values: 'F' }),
      ];
      return [s.filterExpression, JSON.parse(JSON.stringify(filter))];
    });
    expect(expression).toEqual([['email', 'contains', 'x'], 'AND', ['isinactive', 'is', 'F']]);
    expect(json).toMatchObject({
      name: 'email',
      operator: 'contains',
      values: ['x'],
      isor: false,
      isnot: false,
    });
  });

  test('Filter and Column properties NetSuite makes read-only do not change', () => {
    const filter = search.createFilter({ name: 'email', operator: search.Operator.ISEMPTY });
    expect(() => {
      (filter as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(filter.name).toBe('email');
  });
});

describe('unknown names', () => {
  test('an unknown filter field is SSS_INVALID_SRCH_FILTER, an unknown column SSS_INVALID_SRCH_COLUMN', () => {
    expect(errorName(() => customerIds({ filters: [['nosuchfield', 'is', 'x']] }))).toBe(
      'SSS_INVALID_SRCH_FILTER',
    );
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({ type: 'customer', columns: ['nosuchfield'] })
            .run()
            .getRange({ start: 0, end: 1 }),
        ),
      ),
    ).toBe('SSS_INVALID_SRCH_COLUMN');
  });

  test('an unknown join is SSS_INVALID_SRCH_FILTER_JOIN / SSS_INVALID_SRCH_COLUMN_JOIN; an unknown joined field names itself', () => {
    expect(errorName(() => customerIds({ filters: [['nosuchjoin.name', 'is', 'x']] }))).toBe(
      'SSS_INVALID_SRCH_FILTER_JOIN',
    );
    expect(errorName(() => customerIds({ filters: [['email.name', 'is', 'x']] }))).toBe(
      'SSS_INVALID_SRCH_FILTER_JOIN',
    );
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({
              type: 'customer',
              columns: [search.createColumn({ name: 'name', join: 'nosuchjoin' })],
            })
            .run()
            .getRange({ start: 0, end: 1 }),
        ),
      ),
    ).toBe('SSS_INVALID_SRCH_COLUMN_JOIN');
    expect(errorName(() => customerIds({ filters: [['subsidiary.nosuchfield', 'is', 'x']] }))).toBe(
      'SSS_INVALID_SRCH_FILTER',
    );
  });

  test('createColumn requires a name and a known summary type', () => {
    expect(errorName(() => search.createColumn({ name: '' }))).toBe('SSS_MISSING_REQD_ARGUMENT');
    expect(errorName(() => search.createColumn({ name: 'amount', summary: 'median' as never }))).toBe(
      'SSS_INVALID_SRCH_COLUMN_SUM',
    );
  });
});
