// search.create, Search.run, ResultSet.each / getRange, Result: NS N/search Module (section_4345764122),
// ResultSet.each (section_457160888671: 10 units, at most 4,000 results), ResultSet.getRange (section_456010986327:
// 10 units, at most 1,000), search.Result (section_4345767679), governance table netsuite-runtime.md §1.1.
import * as search from 'N/search';
import * as emulated from '../../N/search';
import { errorName, run, runAs, searchAccount, seedShop } from './fixture';

test('the emulated module has every member of N/search as @hitc/netsuite-types declares it', () => {
  // A compile-time check: the assignment fails to type-check if a member is missing or its signature differs.
  const typed: typeof search = emulated;
  expect(typeof typed.create.promise).toBe('function');
  expect(emulated.Operator.ANYOF).toBe('anyof');
  expect(emulated.Summary.SUM).toBe('SUM');
  expect(emulated.Sort.DESC).toBe('DESC');
  expect(emulated.Type.SALES_ORDER).toBe('salesorder');
});

describe('search.create and Search.run', () => {
  const account = searchAccount();
  const ids = seedShop(account);

  test('search.create charges nothing; each charges 10 units per call, not per row', () => {
    const { result, units } = runAs(account, () => {
      const s = search.create({ type: 'customer', columns: ['entityid'] });
      const seen: string[] = [];
      s.run().each((result) => {
        seen.push(result.id);
        return true;
      });
      return seen;
    });
    expect(result).toEqual([ids.ada, ids.bob, ids.cat]);
    expect(units).toBe(10);
  });

  test('each stops when the callback does not return true', () => {
    const seen = run(account, () => {
      const out: string[] = [];
      search
        .create({ type: 'customer' })
        .run()
        .each((result) => {
          out.push(result.id);
          return false;
        });
      return out;
    });
    expect(seen).toEqual([ids.ada]);
  });

  test('getRange charges 10 units, end is exclusive, a range past the end comes back short', () => {
    const { result, units } = runAs(account, () => {
      const set = search.create({ type: 'customer', columns: ['entityid'] }).run();
      return [
        set.getRange({ start: 1, end: 3 }).map((r) => r.id),
        set.getRange({ start: 2, end: 50 }).length,
      ];
    });
    expect(result).toEqual([[ids.bob, ids.cat], 1]);
    expect(units).toBe(20);
  });

  test('getRange refuses more than 1,000 results per call', () => {
    expect(
      errorName(() =>
        run(account, () => search.create({ type: 'customer' }).run().getRange({ start: 0, end: 1001 })),
      ),
    ).toBe('SSS_SEARCH_RESULT_LIMIT_EXCEEDED');
  });

  test('results come in internal id order by default, with recordType and id', () => {
    const results = run(account, () =>
      search
        .create({ type: 'item', columns: ['itemid'] })
        .run()
        .getRange({ start: 0, end: 10 }),
    );
    expect(results.map((r) => [r.recordType, r.id, r.getValue('itemid')])).toEqual([
      ['inventoryitem', ids.tee, 'TEE-BLK-S'],
      ['inventoryitem', ids.mug, 'MUG-01'],
      ['kititem', ids.kit, 'GIFT-SET'],
      ['serviceitem', ids.wrap, 'gift wrap'],
    ]);
  });

  test('getValue: strings, booleans for check boxes, ids for selects, the user date format, currency to 2 places', () => {
    const [ada] = run(account, () =>
      search
        .create({
          type: 'customer',
          filters: [['internalid', 'anyof', ids.ada]],
          columns: ['entityid', 'isinactive', 'subsidiary', 'datecreated', 'creditlimit', 'companyname'],
        })
        .run()
        .getRange({ start: 0, end: 1 }),
    );
    expect(ada?.getValue('entityid')).toBe('Ada Lovelace');
    expect(ada?.getValue('isinactive')).toBe(false);
    expect(ada?.getValue('subsidiary')).toBe(ids.sub);
    expect(ada?.getText('subsidiary')).toBe('Brand UK Ltd');
    expect(ada?.getValue({ name: 'datecreated' })).toBe('1/3/2026 9:30 am');
    expect(ada?.getValue('creditlimit')).toBe('500.00');
    expect(ada?.getValue('companyname')).toBe('');
    expect(ada?.getValue('email')).toBeNull();
  });

  test('Result.toJSON is {recordType, id, values} with selects as [{value, text}] (what JSON.stringify prints)', () => {
    const [ada] = run(account, () =>
      search
        .create({
          type: 'customer',
          filters: [['internalid', 'anyof', ids.ada]],
          columns: ['entityid', 'subsidiary', 'isinactive', search.createColumn({ name: 'internalid' })],
        })
        .run()
        .getRange({ start: 0, end: 1 }),
    );
    expect(JSON.parse(JSON.stringify(ada))).toEqual({
      recordType: 'customer',
      id: ids.ada,
      values: {
        entityid: 'Ada Lovelace',
        subsidiary: [{ value: ids.sub, text: 'Brand UK Ltd' }],
        isinactive: false,
        internalid: [{ value: ids.ada, text: ids.ada }],
      },
    });
  });

  test('the map/reduce form of a result has single selects as {value, text} and check boxes as T/F', () => {
    const [ada] = run(account, () =>
      search
        .create({
          type: 'customer',
          filters: [['internalid', 'anyof', ids.ada]],
          columns: ['subsidiary', 'isinactive'],
        })
        .run()
        .getRange({ start: 0, end: 1 }),
    );
    const value = (ada as unknown as { toMapReduceValue(): unknown }).toMapReduceValue();
    expect(value).toEqual({
      recordType: 'customer',
      id: ids.ada,
      values: { subsidiary: { value: ids.sub, text: 'Brand UK Ltd' }, isinactive: 'F' },
    });
  });

  test("a joined column is keyed join.name in toJSON but name.join in the map/reduce form (public 2.x scripts read values['customer.email'] from JSON.stringify and values['internalid.item'] in map)", () => {
    const [ada] = run(account, () =>
      search
        .create({
          type: 'customer',
          filters: [['internalid', 'anyof', ids.ada]],
          columns: [search.createColumn({ name: 'name', join: 'subsidiary' })],
        })
        .run()
        .getRange({ start: 0, end: 1 }),
    );
    expect((JSON.parse(JSON.stringify(ada)) as { values: unknown }).values).toEqual({
      'subsidiary.name': 'Brand UK Ltd',
    });
    const framework = (ada as unknown as { toMapReduceValue(): { values: unknown } }).toMapReduceValue();
    expect(framework.values).toEqual({ 'name.subsidiary': 'Brand UK Ltd' });
  });

  test('getText on a column that is not a select is not emulated', () => {
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({ type: 'customer', columns: ['entityid'] })
            .run()
            .getRange({ start: 0, end: 1 })[0]
            ?.getText('entityid'),
        ),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
  });

  test('the promise forms resolve to the same answers (the work happens when called)', async () => {
    const { created, range } = run(account, () => ({
      created: search.create.promise({ type: 'customer' }),
      range: search.create({ type: 'customer' }).run().getRange.promise({ start: 0, end: 2 }),
    }));
    expect((await created).searchType).toBe('customer');
    expect((await range).map((r) => r.id)).toEqual([ids.ada, ids.bob]);
  });

  test('an unknown search type is the registry error at create', () => {
    expect(errorName(() => run(account, () => search.create({ type: 'nosuchtype' })))).toBe(
      'SSS_INVALID_RECORD_TYPE',
    );
  });

  test('running out of units stops the script with SSS_USAGE_LIMIT_EXCEEDED', () => {
    expect(
      errorName(() =>
        runAs(
          account,
          () => {
            const set = search.create({ type: 'customer' }).run();
            for (let i = 0; i < 101; i++) set.getRange({ start: 0, end: 1 });
          },
          'userevent',
        ),
      ),
    ).toBe('SSS_USAGE_LIMIT_EXCEEDED');
  });
});

describe('ResultSet.each over 4,000 results', () => {
  test('visits 4,000 rows and throws SSS_SEARCH_FOR_EACH_LIMIT_EXCEEDED at the next', () => {
    const account = searchAccount();
    for (let i = 0; i < 4001; i++) account.add('location', { name: `L${i}` });
    let visited = 0;
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({ type: 'location' })
            .run()
            .each(() => {
              visited++;
              return true;
            }),
        ),
      ),
    ).toBe('SSS_SEARCH_FOR_EACH_LIMIT_EXCEEDED');
    expect(visited).toBe(4000);
  });
});
