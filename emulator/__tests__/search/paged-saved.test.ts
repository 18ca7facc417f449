// Search.runPaged (section_4486596158: 5 units, pageSize 5-1000, default 50), PagedData.fetch (section_4486609298:
// 5 units, INVALID_PAGE_RANGE), Search.save (section_452655578613: 5 units; SSS_MISSING_REQD_ARGUMENT without a
// title, NAME_ALREADY_IN_USE, SSS_DUPLICATE_SEARCH_SCRIPT_ID), search.load and search.delete (5 units each; Oracle
// stub search.js), INVALID_SEARCH for a missing saved search.
import * as search from 'N/search';
import { errorName, run, runAs, searchAccount, seedShop } from './fixture';

describe('runPaged and fetch', () => {
  const account = searchAccount();
  for (let i = 0; i < 12; i++) account.add('location', { name: `L${String(i).padStart(2, '0')}` });

  test('count, page ranges and pages; 5 units for runPaged and 5 per fetch', () => {
    const { result, units } = runAs(account, () => {
      const paged = search.create({ type: 'location', columns: ['name'] }).runPaged({ pageSize: 5 });
      const pages = paged.pageRanges.map((range) => paged.fetch({ index: range.index }));
      return {
        count: paged.count,
        ranges: paged.pageRanges.map((range) => [range.index, range.compoundLabel]),
        names: pages.map((page) => page.data.map((r) => r.getValue('name'))),
        flags: pages.map((page) => [page.isFirst, page.isLast]),
      };
    });
    expect(result.count).toBe(12);
    expect(result.ranges).toEqual([
      [0, '1 - 5'],
      [1, '6 - 10'],
      [2, '11 - 12'],
    ]);
    expect(result.names[2]).toEqual(['L10', 'L11']);
    expect(result.flags).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(units).toBe(5 + 3 * 5);
  });

  test('page size defaults to 50; next() and prev() fetch neighbours; a page past the end is INVALID_PAGE_RANGE', () => {
    const { result, units } = runAs(account, () => {
      const paged = search.create({ type: 'location' }).runPaged();
      const small = search.create({ type: 'location' }).runPaged({ pageSize: 10 });
      const second = small.fetch({ index: 0 }).next();
      return {
        size: paged.pageSize,
        pages: paged.pageRanges.length,
        second: second.data.length,
        back: second.prev().data.length,
        beyond: errorName(() => second.next()),
        missing: errorName(() => small.fetch({ index: 7 })),
      };
    });
    expect(result).toEqual({
      size: 50,
      pages: 1,
      second: 2,
      back: 10,
      beyond: 'INVALID_PAGE_RANGE',
      missing: 'INVALID_PAGE_RANGE',
    });
    expect(units).toBe(5 + 5 + 5 * 3);
  });

  test('page sizes outside 5-1000 are refused', () => {
    expect(
      errorName(() => run(account, () => search.create({ type: 'location' }).runPaged({ pageSize: 4 }))),
    ).toBe('EMULATOR_NOT_EMULATED');
    expect(
      errorName(() => run(account, () => search.create({ type: 'location' }).runPaged({ pageSize: 1001 }))),
    ).toBe('EMULATOR_NOT_EMULATED');
  });
});

describe('saved searches', () => {
  const account = searchAccount();
  seedShop(account);

  test('save (5 units) returns the internal id; load (5 units) by script id or internal id runs the same search', () => {
    const saved = runAs(account, () => {
      const s = search.create({
        type: 'customer',
        title: 'PWI active customers',
        id: 'customsearch_pwi_active_customers',
        filters: [['isinactive', 'is', 'F'], 'or', ['email', 'isempty', '']],
        columns: [search.createColumn({ name: 'entityid', sort: search.Sort.DESC })],
      });
      return { internalId: s.save(), scriptId: s.id, searchId: s.searchId };
    });
    expect(saved.units).toBe(5);
    expect(saved.result).toEqual({
      internalId: 1,
      scriptId: 'customsearch_pwi_active_customers',
      searchId: 1,
    });
    const loaded = runAs(account, () => {
      const byScriptId = search.load({ id: 'customsearch_pwi_active_customers' });
      const byInternalId = search.load({ id: 1 });
      return {
        names: byScriptId
          .run()
          .getRange({ start: 0, end: 10 })
          .map((r) => r.getValue('entityid')),
        expression: byInternalId.filterExpression,
        title: byInternalId.title,
        type: byInternalId.searchType,
      };
    });
    expect(loaded.units).toBe(5 + 5 + 10);
    expect(loaded.result).toEqual({
      names: ['Cat', 'Ada Lovelace'],
      expression: [['isinactive', 'is', 'F'], 'or', ['email', 'isempty', '']],
      title: 'PWI active customers',
      type: 'customer',
    });
  });

  test('a loaded search takes extra filters and saves back under the same id', () => {
    const names = run(account, () => {
      const s = search.create({
        type: 'customer',
        title: 'PWI by name',
        id: 'customsearch_pwi_by_name',
        columns: ['entityid'],
      });
      s.save();
      const loaded = search.load({ id: 'customsearch_pwi_by_name' });
      loaded.filters.push(
        search.createFilter({ name: 'entityid', operator: search.Operator.STARTSWITH, values: 'b' }),
      );
      loaded.save();
      return search
        .load({ id: 'customsearch_pwi_by_name' })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => r.getValue('entityid'));
    });
    expect(names).toEqual(['bob builder']);
  });

  test('a search saved without an id gets a customsearch id', () => {
    const id = run(account, () => {
      const s = search.create({ type: 'location', title: 'PWI locations' });
      s.save();
      return s.id;
    });
    expect(id).toMatch(/^customsearch\d+$/);
  });

  test('title required; duplicate title NAME_ALREADY_IN_USE; duplicate id SSS_DUPLICATE_SEARCH_SCRIPT_ID', () => {
    run(account, () =>
      search.create({ type: 'customer', title: 'PWI dup', id: 'customsearch_pwi_dup' }).save(),
    );
    expect(errorName(() => run(account, () => search.create({ type: 'customer' }).save()))).toBe(
      'SSS_MISSING_REQD_ARGUMENT',
    );
    expect(
      errorName(() =>
        run(account, () =>
          search.create({ type: 'customer', title: 'pwi DUP', id: 'customsearch_pwi_dup2' }).save(),
        ),
      ),
    ).toBe('NAME_ALREADY_IN_USE');
    expect(
      errorName(() =>
        run(account, () =>
          search.create({ type: 'customer', title: 'Other', id: 'customsearch_pwi_dup' }).save(),
        ),
      ),
    ).toBe('SSS_DUPLICATE_SEARCH_SCRIPT_ID');
  });

  test('delete (5 units); loading or deleting a missing search is INVALID_SEARCH', () => {
    run(account, () =>
      search.create({ type: 'customer', title: 'PWI gone', id: 'customsearch_pwi_gone' }).save(),
    );
    const { units } = runAs(account, () => search.delete({ id: 'customsearch_pwi_gone' }));
    expect(units).toBe(5);
    expect(errorName(() => run(account, () => search.load({ id: 'customsearch_pwi_gone' })))).toBe(
      'INVALID_SEARCH',
    );
    expect(errorName(() => run(account, () => search.delete({ id: 'customsearch_nothing' })))).toBe(
      'INVALID_SEARCH',
    );
    expect(account.savedSearches.has('customsearch_pwi_gone')).toBe(false);
  });
});
