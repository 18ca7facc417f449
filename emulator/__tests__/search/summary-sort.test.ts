// Summary columns (search.Summary GROUP, COUNT, SUM, AVG, MIN, MAX: section_4345781922) read back with
// getValue({name, summary}) and keyed 'SUM(amount)' in the result JSON (public map/reduce logs show
// "GROUP(trandate)", "COUNT(item)"); search.Sort ASC/DESC on columns (section_4345782446); default order internal
// id ascending. Count is NetSuite's count of distinct values.
import * as search from 'N/search';
import { ITEM_LINES_ONLY, errorName, run, searchAccount, seedShop } from './fixture';

const account = searchAccount();
const ids = seedShop(account);

describe('summary columns', () => {
  test('group by item: sum of quantity and amount, count of orders, min and max rate, average', () => {
    const found = run(account, () =>
      search
        .create({
          type: 'salesorder',
          filters: ITEM_LINES_ONLY,
          columns: [
            search.createColumn({ name: 'item', summary: search.Summary.GROUP }),
            search.createColumn({ name: 'quantity', summary: search.Summary.SUM }),
            search.createColumn({ name: 'amount', summary: search.Summary.SUM }),
            search.createColumn({ name: 'internalid', summary: search.Summary.COUNT }),
            search.createColumn({ name: 'rate', summary: search.Summary.MIN }),
            search.createColumn({ name: 'rate', summary: search.Summary.MAX }),
            search.createColumn({ name: 'rate', summary: 'avg' as unknown as search.Summary }),
          ],
        })
        .run()
        .getRange({ start: 0, end: 10 }),
    );
    expect(
      found.map((r) => [
        r.getValue({ name: 'item', summary: search.Summary.GROUP }),
        r.getText({ name: 'item', summary: search.Summary.GROUP }),
        r.getValue({ name: 'quantity', summary: search.Summary.SUM }),
        r.getValue({ name: 'amount', summary: search.Summary.SUM }),
        r.getValue({ name: 'internalid', summary: search.Summary.COUNT }),
        r.getValue({ name: 'rate', summary: search.Summary.MIN }),
        r.getValue({ name: 'rate', summary: search.Summary.MAX }),
        r.getValue({ name: 'rate', summary: search.Summary.AVG }),
      ]),
    ).toEqual([
      // Groups come back in group order: MUG-01 before TEE-BLK-S by text.
      [ids.mug, 'MUG-01', '1', '20.00', '1', '20', '20', '20'],
      [ids.tee, 'TEE-BLK-S', '7', '146.25', '2', '17', '20', '18.5'],
    ]);
    expect(found[0]?.recordType).toBeNull();
    expect(found[0]?.id).toBeUndefined();
    expect(found[0]?.getValue('quantity')).toBeNull();
  });

  test('count counts distinct values: internal ids over lines count transactions', () => {
    const [row] = run(account, () =>
      search
        .create({
          type: 'salesorder',
          filters: ITEM_LINES_ONLY,
          columns: [search.createColumn({ name: 'internalid', summary: search.Summary.COUNT })],
        })
        .run()
        .getRange({ start: 0, end: 1 }),
    );
    expect(row?.getValue({ name: 'internalid', summary: search.Summary.COUNT })).toBe('2');
  });

  test("summary JSON keys are 'SUMMARY(name)' with recordType null", () => {
    const [row] = run(account, () =>
      search
        .create({
          type: 'customer',
          columns: [
            search.createColumn({ name: 'subsidiary', summary: search.Summary.GROUP }),
            search.createColumn({ name: 'entityid', summary: search.Summary.COUNT }),
          ],
        })
        .run()
        .getRange({ start: 0, end: 1 }),
    );
    expect(JSON.parse(JSON.stringify(row))).toEqual({
      recordType: null,
      id: null,
      values: { 'GROUP(subsidiary)': [{ value: ids.sub, text: 'Brand UK Ltd' }], 'COUNT(entityid)': '2' },
    });
  });

  test('a summary with no group over no rows still answers one row; mixing plain and summary columns throws', () => {
    const counts = run(account, () =>
      search
        .create({
          type: 'customer',
          filters: [['entityid', 'is', 'nobody']],
          columns: [search.createColumn({ name: 'internalid', summary: search.Summary.COUNT })],
        })
        .run()
        .getRange({ start: 0, end: 5 })
        .map((r) => r.getValue({ name: 'internalid', summary: search.Summary.COUNT })),
    );
    expect(counts).toEqual(['0']);
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({
              type: 'customer',
              columns: [
                'entityid',
                search.createColumn({ name: 'internalid', summary: search.Summary.COUNT }),
              ],
            })
            .run()
            .getRange({ start: 0, end: 5 }),
        ),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
  });

  test('sum of a text column is not emulated', () => {
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({
              type: 'customer',
              columns: [search.createColumn({ name: 'email', summary: search.Summary.SUM })],
            })
            .run()
            .getRange({ start: 0, end: 5 }),
        ),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
  });
});

describe('sorting', () => {
  function names(columns: search.Column[], filters: unknown[] = []): string[] {
    return run(account, () =>
      search
        .create({ type: 'customer', filters, columns })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => String(r.getValue('entityid'))),
    );
  }

  test('text sorts without regard to case, ascending and descending', () => {
    expect(names([search.createColumn({ name: 'entityid', sort: search.Sort.ASC })])).toEqual([
      'Ada Lovelace',
      'bob builder',
      'Cat',
    ]);
    expect(names([search.createColumn({ name: 'entityid', sort: search.Sort.DESC })])).toEqual([
      'Cat',
      'bob builder',
      'Ada Lovelace',
    ]);
  });

  test('several sort columns in column order; empty values last ascending, first descending', () => {
    expect(
      names([
        search.createColumn({ name: 'isinactive', sort: search.Sort.ASC }),
        search.createColumn({ name: 'entityid', sort: search.Sort.DESC }),
      ]),
    ).toEqual(['Cat', 'Ada Lovelace', 'bob builder']);
    expect(
      names([
        search.createColumn({ name: 'email', sort: search.Sort.ASC }),
        search.createColumn({ name: 'entityid' }),
      ]),
    ).toEqual(['Ada Lovelace', 'bob builder', 'Cat']);
    expect(
      names([
        search.createColumn({ name: 'email', sort: search.Sort.DESC }),
        search.createColumn({ name: 'entityid' }),
      ]),
    ).toEqual(['Cat', 'bob builder', 'Ada Lovelace']);
  });

  test('numbers sort as numbers and selects by their text; a column sort can be set after creation', () => {
    const byLocation = run(account, () => {
      const location = search.createColumn({ name: 'inventorylocation' });
      location.sort = search.Sort.ASC;
      return search
        .create({ type: 'item', filters: [['internalid', 'anyof', ids.tee]], columns: [location] })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => r.getText(location));
    });
    expect(byLocation).toEqual(['shop floor', 'Warehouse']);
    const byAvailable = run(account, () =>
      search
        .create({
          type: 'item',
          filters: [['inventorylocation', 'anyof', ids.warehouse, ids.store]],
          columns: [
            search.createColumn({ name: 'locationquantityavailable', sort: search.Sort.DESC }),
            'itemid',
          ],
        })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => `${String(r.getValue('itemid'))}@${String(r.getValue('locationquantityavailable'))}`),
    );
    expect(byAvailable).toEqual(['TEE-BLK-S@35', 'TEE-BLK-S@3', 'MUG-01@0']);
  });
});
