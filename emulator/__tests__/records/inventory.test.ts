// Per-location stock of inventory items (the item's locations sublist; item searches read it as
// inventorylocation / locationquantity*): adjustments (adjustqtyby) and receipts raise on hand, shipped
// fulfilments lower it, transfers move it; approved sales orders commit stock at their line location, and what
// on hand cannot cover is backordered; available = on hand − committed. Kits move their members' stock.
import * as record from 'N/record';
import { stock, stockAt, world, type World } from './fixture';

function order(w: World, lines: Array<Record<string, unknown>>, status = 'B'): number {
  return w.account.make(
    'salesorder',
    { entity: String(w.customer), orderstatus: status, location: String(w.warehouse) },
    { item: lines.map((line) => ({ rate: 1, ...line })) },
  );
}

test('an inventory adjustment raises on hand at its location, and the item totals follow', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 7);
  stock(w, w.widget, w.store2, 3);
  expect(stockAt(w, w.widget, w.warehouse)).toEqual({
    location: String(w.warehouse),
    quantityonhand: 7,
    quantitycommitted: 0,
    quantityavailable: 7,
    quantitybackordered: 0,
    quantityonorder: 0,
  });
  expect(w.account.stored('inventoryitem', w.widget).fields).toMatchObject({
    quantityonhand: 10,
    quantityavailable: 10,
  });
});

test('stock cannot go below zero; the adjustment that would do it is not saved', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 2);
  expect(() => stock(w, w.widget, w.warehouse, -3)).toThrow(/Insufficient quantity on hand/);
  expect(w.account.store.scan('inventoryadjustment')).toHaveLength(1);
});

test('an approved order commits what is on hand and backorders the rest; pending approval commits nothing', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  const pending = order(w, [{ item: String(w.widget), quantity: 3 }], 'A');
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantitycommitted: 0, quantityavailable: 5 });
  w.account.exec(() =>
    record.submitFields({ type: 'salesorder', id: pending, values: { orderstatus: 'B' } }),
  );
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantitycommitted: 3, quantityavailable: 2 });
  order(w, [{ item: String(w.widget), quantity: 4 }]);
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({
    quantityonhand: 5,
    quantitycommitted: 5,
    quantityavailable: 0,
    quantitybackordered: 2,
  });
  // New stock goes to the backorder first.
  stock(w, w.widget, w.warehouse, 10);
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({
    quantitycommitted: 7,
    quantitybackordered: 0,
    quantityavailable: 8,
  });
});

test('closing an order line releases its commitment; an order with every line closed is Closed (H)', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  const so = order(w, [{ item: String(w.widget), quantity: 3 }]);
  w.account.exec(() => {
    const rec = record.load({ type: 'salesorder', id: so });
    rec.setSublistValue({ sublistId: 'item', fieldId: 'isclosed', line: 0, value: true });
    rec.save();
  });
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantitycommitted: 0, quantityavailable: 5 });
  expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('H');
});

test('a picked fulfilment moves nothing; marking it shipped lowers on hand and commitment', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  const so = order(w, [{ item: String(w.widget), quantity: 2 }]);
  const fulfilment = w.account.exec(() => {
    const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
    rec.setValue({ fieldId: 'shipstatus', value: 'A' });
    return rec.save();
  });
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantityonhand: 5, quantitycommitted: 2 });
  expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('B');
  w.account.exec(() =>
    record.submitFields({ type: 'itemfulfillment', id: fulfilment, values: { shipstatus: 'C' } }),
  );
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({
    quantityonhand: 3,
    quantitycommitted: 0,
    quantityavailable: 3,
  });
  expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('F');
});

test('an inventory transfer moves stock between locations', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  w.account.make(
    'inventorytransfer',
    { subsidiary: String(w.subsidiary), location: String(w.warehouse), transferlocation: String(w.store2) },
    { inventory: [{ item: String(w.widget), adjustqtyby: 2 }] },
  );
  expect(stockAt(w, w.widget, w.warehouse)?.['quantityonhand']).toBe(3);
  expect(stockAt(w, w.widget, w.store2)?.['quantityonhand']).toBe(2);
});

test("a kit has no stock of its own: ordering and shipping it moves its members' stock", () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 10);
  stock(w, w.gadget, w.warehouse, 10);
  const so = order(w, [{ item: String(w.kit), quantity: 2 }]);
  expect(stockAt(w, w.widget, w.warehouse)?.['quantitycommitted']).toBe(4);
  expect(stockAt(w, w.gadget, w.warehouse)?.['quantitycommitted']).toBe(2);
  w.account.exec(() =>
    record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' }).save(),
  );
  expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantityonhand: 6, quantitycommitted: 0 });
  expect(stockAt(w, w.gadget, w.warehouse)).toMatchObject({ quantityonhand: 8, quantitycommitted: 0 });
  expect(w.account.stored('kititem', w.kit).sublists['locations']).toBeUndefined();
});

test('goods need a location to ship from (multi-location inventory)', () => {
  const w = world();
  expect(() =>
    w.account.make(
      'cashsale',
      { entity: String(w.customer) },
      { item: [{ item: String(w.widget), quantity: 1, rate: 1 }] },
    ),
  ).toThrow('Please enter value(s) for: Location');
});

test('scripts cannot write the locations sublist', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 1);
  w.account.exec(() => {
    const item = record.load({ type: 'inventoryitem', id: w.widget });
    expect(item.getSublistValue({ sublistId: 'locations', fieldId: 'quantityonhand', line: 0 })).toBe(1);
    expect(() =>
      item.setSublistValue({ sublistId: 'locations', fieldId: 'quantityonhand', line: 0, value: 100 }),
    ).toThrow(/set by NetSuite, and its answer to a script is not sourced/);
  });
});
