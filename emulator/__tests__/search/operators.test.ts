// Filter operators: which apply to which field type ("SuiteScript 2.x Search Operators", article_4094344956),
// search.Operator values (section_4345782273), check boxes filtered with IS and T/F (search.Filter,
// section_4345767603), @NONE@ for empty selects (search.Filter, ibid.), date values in the user's date format
// and the account's time zone (N/format, section_4388721627).
import * as search from 'N/search';
import { errorName, run, searchAccount, seedShop } from './fixture';

const account = searchAccount();
const ids = seedShop(account);

function idsOf(type: string, filters: unknown[]): string[] {
  return run(account, () =>
    search
      .create({ type, filters })
      .run()
      .getRange({ start: 0, end: 100 })
      .map((r) => r.id),
  );
}

function orderIds(filters: unknown[]): string[] {
  return idsOf('salesorder', [['mainline', 'is', 'T'], 'and', filters]);
}

describe('operator against field type (SSS_INVALID_SRCH_OPERATOR)', () => {
  test.each([
    ['is on a select', ['subsidiary', 'is', '1']],
    ['anyof on a text field', ['email', 'anyof', 'x']],
    ['isempty on a select', ['subsidiary', 'isempty', '']],
    ['contains on a currency field', ['creditlimit', 'contains', '5']],
    ['greaterthan on a date/time field', ['datecreated', 'greaterthan', '1/3/2026']],
    ['isnot on a check box', ['isinactive', 'isnot', 'T']],
    ['equalto on text', ['entityid', 'equalto', 'Ada']],
  ])('%s', (_label, filter) => {
    expect(errorName(() => idsOf('customer', [filter]))).toBe('SSS_INVALID_SRCH_OPERATOR');
  });

  test('an operator NetSuite does not have is refused when the filter is made', () => {
    expect(
      errorName(() =>
        run(account, () => search.createFilter({ name: 'email', operator: 'equals' as never })),
      ),
    ).toBe('SSS_INVALID_SRCH_OPERATOR');
  });

  test('operators take their number of values', () => {
    expect(errorName(() => idsOf('customer', [['creditlimit', 'between', '1']]))).toBe(
      'SSS_INVALID_SRCH_FILTER',
    );
    expect(errorName(() => idsOf('customer', [['email', 'is']]))).toBe('SSS_INVALID_SRCH_FILTER');
  });
});

describe('text operators ignore case', () => {
  test.each([
    ['is', ['email', 'is', 'ada@example.COM'], ['ada']],
    ['isnot', ['email', 'isnot', 'ADA@example.com'], ['bob', 'cat']],
    ['contains', ['entityid', 'contains', 'BUILD'], ['bob']],
    ['doesnotcontain', ['entityid', 'doesnotcontain', 'a'], ['bob']],
    ['startswith', ['entityid', 'startswith', 'ada'], ['ada']],
    ['doesnotstartwith', ['entityid', 'doesnotstartwith', 'B'], ['ada', 'cat']],
    ['isempty', ['email', 'isempty', ''], ['cat']],
    ['isnotempty', ['email', 'isnotempty', ''], ['ada', 'bob']],
  ] as const)('%s', (_label, filter, expected) => {
    expect(idsOf('customer', [filter])).toEqual(expected.map((name) => ids[name]));
  });
});

describe('number operators', () => {
  test.each([
    ['equalto', ['total', 'equalto', '60'], ['so1']],
    ['notequalto', ['total', 'notequalto', 60], ['so2']],
    ['greaterthan', ['total', 'greaterthan', '60'], ['so2']],
    ['greaterthanorequalto', ['total', 'greaterthanorequalto', '60'], ['so1', 'so2']],
    ['lessthan', ['total', 'lessthan', 100], ['so1']],
    ['lessthanorequalto', ['total', 'lessthanorequalto', '100.00'], ['so1', 'so2']],
    ['between (inclusive)', ['total', 'between', '60', '99.99'], ['so1']],
    ['notbetween', ['total', 'notbetween', '0', '60'], ['so2']],
  ] as const)('%s', (_label, filter, expected) => {
    expect(orderIds([...filter])).toEqual(expected.map((name) => ids[name]));
  });

  test('an empty number matches no comparison, and isempty', () => {
    expect(idsOf('customer', [['creditlimit', 'lessthan', '1000']])).toEqual([ids.ada]);
    expect(idsOf('customer', [['creditlimit', 'notequalto', '500']])).toEqual([]);
    expect(idsOf('customer', [['creditlimit', 'isempty', '']])).toEqual([ids.bob, ids.cat]);
  });
});

describe('date operators (D/M/YYYY preference)', () => {
  test.each([
    ['on', ['trandate', 'on', '5/3/2026'], ['so1']],
    ['noton', ['trandate', 'noton', '5/3/2026'], ['so2']],
    ['before', ['trandate', 'before', '7/3/2026'], ['so1']],
    ['after', ['trandate', 'after', '5/3/2026'], ['so2']],
    ['onorafter', ['trandate', 'onorafter', '5/3/2026'], ['so1', 'so2']],
    ['onorbefore', ['trandate', 'onorbefore', '6/3/2026'], ['so1']],
    ['within', ['trandate', 'within', '6/3/2026', '31/3/2026'], ['so2']],
    ['notwithin', ['trandate', 'notwithin', '6/3/2026', '31/3/2026'], ['so1']],
    ['notbefore', ['trandate', 'notbefore', '7/3/2026'], ['so2']],
    ['notafter', ['trandate', 'notafter', '5/3/2026'], ['so1']],
  ] as const)('%s', (_label, filter, expected) => {
    expect(orderIds([...filter])).toEqual(expected.map((name) => ids[name]));
  });

  test('date/time fields compare days in the user time zone, or instants when the value has a time', () => {
    // Ada was created 1 March 09:30 London, Bob 2 March 23:30 London.
    expect(idsOf('customer', [['datecreated', 'on', '1/3/2026']])).toEqual([ids.ada]);
    expect(idsOf('customer', [['datecreated', 'after', '1/3/2026 9:00 am']])).toEqual([ids.ada, ids.bob]);
    expect(idsOf('customer', [['datecreated', 'before', '1/3/2026 10:00 am']])).toEqual([ids.ada]);
    expect(idsOf('customer', [['datecreated', 'isempty', '']])).toEqual([ids.cat]);
    const tokyo = searchAccount({ timeZone: 'Asia/Tokyo' });
    const shop = seedShop(tokyo);
    const onThird = run(tokyo, () =>
      search
        .create({ type: 'customer', filters: [['datecreated', 'on', '3/3/2026']] })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => r.id),
    );
    expect(onThird).toEqual([shop.bob]);
  });

  test('a date in another format, or a relative date, is not emulated', () => {
    expect(errorName(() => orderIds(['trandate', 'on', '2026-03-05']))).toBe('EMULATOR_NOT_EMULATED');
    expect(errorName(() => orderIds(['trandate', 'within', 'thismonth']))).toBe('EMULATOR_NOT_EMULATED');
    expect(errorName(() => orderIds(['trandate', 'on', 'today']))).toBe('EMULATOR_NOT_EMULATED');
  });
});

describe('select, multi-select, check box, internal and external ids', () => {
  test('anyof / noneof with @NONE@ for an empty select; noneof keeps empty values', () => {
    expect(idsOf('customer', [['subsidiary', 'anyof', '@NONE@']])).toEqual([ids.cat]);
    expect(idsOf('customer', [['subsidiary', 'anyof', ids.sub, '99']])).toEqual([ids.ada, ids.bob]);
    expect(idsOf('customer', [['subsidiary', 'noneof', ids.sub]])).toEqual([ids.cat]);
    expect(idsOf('customer', [['subsidiary', 'noneof', '@NONE@']])).toEqual([ids.ada, ids.bob]);
  });

  test('internalid anyof takes a list in one array or as several values', () => {
    expect(idsOf('customer', [['internalid', 'anyof', [ids.cat, ids.ada]]])).toEqual([ids.ada, ids.cat]);
    expect(idsOf('customer', [['internalid', 'anyof', ids.bob, ids.cat]])).toEqual([ids.bob, ids.cat]);
    expect(idsOf('customer', [['internalidnumber', 'greaterthan', ids.ada]])).toEqual([ids.bob, ids.cat]);
  });

  test('a multi-select matches when any of its values is listed', () => {
    expect(idsOf('customrecord_pwi_channel', [['custrecord_pwi_ch_locations', 'anyof', ids.store]])).toEqual([
      ids.channelUk,
    ]);
    expect(idsOf('customrecord_pwi_channel', [['custrecord_pwi_ch_locations', 'noneof', ids.store]])).toEqual(
      [ids.channelPos],
    );
  });

  test('check boxes: is T / is F, equalto; other values are not what NetSuite documents', () => {
    expect(idsOf('customer', [['isinactive', 'is', 'T']])).toEqual([ids.bob]);
    expect(idsOf('customer', [['isinactive', 'is', 'F']])).toEqual([ids.ada, ids.cat]);
    expect(idsOf('customer', [['isinactive', 'equalto', 'T']])).toEqual([ids.bob]);
    expect(errorName(() => idsOf('customer', [['isinactive', 'is', 'yes']]))).toBe('EMULATOR_NOT_EMULATED');
  });

  test('external ids match without regard to case (they are unique that way)', () => {
    expect(idsOf('customer', [['externalid', 'anyof', 'SHOPIFY-uk-1001']])).toEqual([ids.ada]);
    expect(idsOf('customer', [['externalidstring', 'startswith', 'shopify-']])).toEqual([ids.ada]);
    expect(idsOf('customer', [['externalid', 'anyof', '@NONE@']])).toEqual([ids.bob, ids.cat]);
  });
});
