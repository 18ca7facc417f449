// Item searches: 'item' covers every item type; `type` answers NetSuite's item type codes (InvtPart, Kit, ...).
// Per-location stock through inventorylocation and locationquantity* columns, one row per item and location
// (netsuite-runtime.md §5.2, from many public scripts); kit members through memberitem / memberquantity, one row per
// member; item-level quantityavailable etc. are totals over locations.
import * as search from 'N/search';
import { errorName, run, searchAccount, seedShop } from './fixture';

const account = searchAccount();
const ids = seedShop(account);

function values(filters: unknown[], columns: (string | search.Column)[]) {
  return run(account, () =>
    search
      .create({ type: 'item', filters, columns })
      .run()
      .getRange({ start: 0, end: 100 })
      .map((r) => [r.id, ...columns.map((column) => r.getValue(column as string))]),
  );
}

test("the 'item' type spans item types; type is the code, getText its label", () => {
  const found = run(account, () =>
    search
      .create({ type: 'item', filters: [['isinactive', 'is', 'F']], columns: ['itemid', 'type'] })
      .run()
      .getRange({ start: 0, end: 10 })
      .map((r) => [r.recordType, r.getValue('type'), r.getText('type')]),
  );
  expect(found).toEqual([
    ['inventoryitem', 'InvtPart', 'Inventory Item'],
    ['inventoryitem', 'InvtPart', 'Inventory Item'],
    ['kititem', 'Kit', 'Kit/Package'],
  ]);
  expect(values([['type', 'anyof', 'Kit', 'Service']], ['itemid'])).toEqual([
    [ids.kit, 'GIFT-SET'],
    [ids.wrap, 'gift wrap'],
  ]);
});

test('inventorylocation columns give one row per item and location', () => {
  expect(
    values(
      [['internalid', 'anyof', ids.tee, ids.mug]],
      [
        'itemid',
        'inventorylocation',
        'locationquantityavailable',
        'locationquantityonhand',
        'locationquantitycommitted',
      ],
    ),
  ).toEqual([
    [ids.tee, 'TEE-BLK-S', ids.warehouse, '35', '40', '5'],
    [ids.tee, 'TEE-BLK-S', ids.store, '3', '3', '0'],
    [ids.mug, 'MUG-01', ids.warehouse, '0', '0', '0'],
  ]);
});

test('filtering on inventorylocation and available quantity, as a stock check does', () => {
  expect(
    values(
      [
        ['internalid', 'anyof', ids.tee, ids.mug],
        'and',
        ['inventorylocation', 'anyof', ids.store],
        'and',
        ['locationquantityavailable', 'greaterthan', '0'],
      ],
      ['itemid', 'locationquantityavailable'],
    ),
  ).toEqual([[ids.tee, 'TEE-BLK-S', '3']]);
});

test('inventorylocation joins to the location record', () => {
  const found = run(account, () =>
    search
      .create({
        type: 'item',
        filters: [['internalid', 'anyof', ids.tee]],
        columns: [search.createColumn({ name: 'name', join: 'inventorylocation' })],
      })
      .run()
      .getRange({ start: 0, end: 10 })
      .map((r) => r.getValue({ name: 'name', join: 'inventorylocation' })),
  );
  expect(found).toEqual(['Warehouse', 'shop floor']);
});

test('item-level quantities are totals over the locations', () => {
  expect(values([['internalid', 'anyof', ids.tee]], ['quantityavailable', 'quantityonhand'])).toEqual([
    [ids.tee, '38', '43'],
  ]);
});

test('kit members: memberitem / memberquantity give one row per member; memberitem joins to the member item', () => {
  const found = run(account, () =>
    search
      .create({
        type: 'kititem',
        filters: [['internalid', 'anyof', ids.kit]],
        columns: [
          'itemid',
          'memberitem',
          'memberquantity',
          search.createColumn({ name: 'itemid', join: 'memberitem' }),
        ],
      })
      .run()
      .getRange({ start: 0, end: 10 })
      .map((r) => [
        r.getValue('memberitem'),
        r.getText('memberitem'),
        r.getValue('memberquantity'),
        r.getValue({ name: 'itemid', join: 'memberitem' }),
      ]),
  );
  expect(found).toEqual([
    [ids.tee, 'TEE-BLK-S', '2', 'TEE-BLK-S'],
    [ids.mug, 'MUG-01', '1', 'MUG-01'],
  ]);
});

test('naming location and member fields in one search is not emulated', () => {
  expect(errorName(() => values([], ['memberitem', 'inventorylocation']))).toBe('EMULATOR_NOT_EMULATED');
});
