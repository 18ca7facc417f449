// The record layer inside the runtime's real Account: a seed in NetSuite's vocabulary (opening stock in the
// item's locations sublist), UI actions that fire user events, and the same rules as scripts get.
import type { Account } from '../../src/account';
import { deployBasic } from '../runtime/helpers';

function deploy(): Account {
  return deployBasic({
    seed: {
      records: [
        { type: 'currency', key: 'usd', fields: { name: 'US Dollar', symbol: 'USD', currencyprecision: 2 } },
        { type: 'subsidiary', key: 'sub', fields: { name: 'Parent', currency: '@usd' } },
        { type: 'location', key: 'wh', fields: { name: 'Warehouse', subsidiary: '@sub' } },
        {
          type: 'customer',
          key: 'acme',
          fields: { companyname: 'Acme', subsidiary: '@sub', externalid: 'SHOP-1' },
        },
        { type: 'salestaxitem', key: 'tax', fields: { itemid: 'T8', rate: 8 } },
        {
          type: 'inventoryitem',
          key: 'widget',
          fields: { itemid: 'WIDGET' },
          sublists: { locations: [{ location: '@wh', quantityonhand: 5 }] },
        },
      ],
    },
  });
}

test('a UI-entered order commits seeded stock, and its fulfilment ships it', () => {
  const account = deploy();
  const [customer] = account.ui.findRecords('customer', { externalid: 'SHOP-1' });
  const [item] = account.ui.findRecords('inventoryitem', { itemid: 'WIDGET' });
  const [location] = account.ui.findRecords('location', { name: 'Warehouse' });
  const [tax] = account.ui.findRecords('salestaxitem', { itemid: 'T8' });
  const so = account.ui.createRecord('salesorder', {
    fields: { entity: String(customer?.id), orderstatus: 'B', location: String(location?.id) },
    sublists: { item: [{ item: String(item?.id), quantity: 2, rate: 12.35, taxcode: String(tax?.id) }] },
  });
  // 24.70 × 8 % = 1.976 → 1.98 on the line.
  expect(account.ui.loadRecord('salesorder', so).fields).toMatchObject({
    subtotal: 24.7,
    taxtotal: 1.98,
    total: 26.68,
  });
  const committed = account.ui.loadRecord('inventoryitem', item?.id ?? 0).sublists['locations']?.[0];
  expect(committed).toMatchObject({ quantityonhand: 5, quantitycommitted: 2, quantityavailable: 3 });

  account.ui.transformRecord('salesorder', so, 'itemfulfillment');
  const shipped = account.ui.loadRecord('inventoryitem', item?.id ?? 0).sublists['locations']?.[0];
  expect(shipped).toMatchObject({ quantityonhand: 3, quantitycommitted: 0, quantityavailable: 3 });
  expect(account.ui.loadRecord('salesorder', so).fields['orderstatus']).toBe('F');
});

test('UI actions get the same validation: a duplicate external id is DUP_RCRD', () => {
  const account = deploy();
  const [subsidiary] = account.ui.findRecords('subsidiary', { name: 'Parent' });
  expect(() =>
    account.ui.createRecord('customer', {
      fields: { companyname: 'Other', subsidiary: String(subsidiary?.id), externalid: 'shop-1' },
    }),
  ).toThrow(expect.objectContaining({ name: 'DUP_RCRD' }));
});
