// N/search on the real emulated account: the records layer's standard schemas and computed values (transaction
// totals, per-location stock committed by a sales order), a project's custom record type and custom list, and
// the account's saved-search slot. Same NetSuite sources as the unit tests (search.Result section_4345767679,
// lookupFields section_4345776651, transaction mainline and item inventorylocation searches).
import * as search from 'N/search';
import type { Account } from '../../src/account';
import { deployBasic } from '../runtime/helpers';
import type { Seed } from '../../src/seed';
import { run, runAs } from './fixture';

const seed: Seed = {
  accountId: 'TSTDRV7654321',
  settings: { timeZone: 'Europe/London', concurrencyLimit: 2, defaultLogLevel: 'DEBUG' },
  records: [
    {
      type: 'currency',
      key: 'gbp',
      fields: { name: 'British Pound', symbol: 'GBP', isbasecurrency: true, exchangerate: 1 },
    },
    { type: 'subsidiary', key: 'sub', fields: { name: 'Fixture Ltd', currency: '@gbp', country: 'GB' } },
    { type: 'location', key: 'wh', fields: { name: 'Warehouse', subsidiary: '@sub' } },
    { type: 'location', key: 'shop', fields: { name: 'Shop', subsidiary: '@sub' } },
    { type: 'account', key: 'inc', fields: { acctnumber: '4000', acctname: 'Sales', accttype: 'Income' } },
    {
      type: 'customer',
      key: 'ada',
      fields: {
        companyname: 'Ada Ltd',
        email: 'ada@example.com',
        subsidiary: '@sub',
        externalid: 'shopify-1',
      },
    },
    {
      type: 'inventoryitem',
      key: 'tee',
      fields: { itemid: 'TEE-S', subsidiary: ['@sub'] },
      sublists: {
        locations: [
          { location: '@wh', quantityonhand: 40 },
          { location: '@shop', quantityonhand: 2 },
        ],
      },
    },
    { type: 'customrecord_fx_note', key: 'note', fields: { name: 'First', custrecord_fx_note_count: 3 } },
  ],
};

function deploy(): Account {
  return deployBasic({ seed });
}

function idOf(account: Account, type: string, fields: Record<string, string>): string {
  const found = account.ui.findRecords(type, fields)[0];
  if (!found) throw new Error(`no ${type} ${JSON.stringify(fields)}`);
  return String(found.id);
}

test('a sales order entered in the UI: main-line search with computed total, joins, and stock it committed', () => {
  const account = deploy();
  const ada = idOf(account, 'customer', { companyname: 'Ada Ltd' });
  const tee = idOf(account, 'inventoryitem', { itemid: 'TEE-S' });
  const wh = idOf(account, 'location', { name: 'Warehouse' });
  const so = String(
    account.ui.createRecord('salesorder', {
      fields: { entity: ada, location: wh, externalid: 'order-1', orderstatus: 'B' },
      sublists: { item: [{ item: tee, quantity: 3, rate: 12.5, location: wh }] },
    }),
  );
  const { result, units } = runAs(account, () => {
    const orders = search
      .create({
        type: search.Type.SALES_ORDER,
        filters: [['mainline', 'is', 'T'], 'and', ['externalid', 'anyof', 'ORDER-1']],
        columns: ['tranid', 'total', 'amount', 'customer.email', 'entity'],
      })
      .run()
      .getRange({ start: 0, end: 10 })
      .map((r) => JSON.parse(JSON.stringify(r)) as unknown);
    const stock = search
      .create({
        type: search.Type.ITEM,
        filters: [['internalid', 'anyof', tee], 'and', ['inventorylocation', 'anyof', wh]],
        columns: [
          'itemid',
          'locationquantityonhand',
          'locationquantitycommitted',
          'locationquantityavailable',
        ],
      })
      .run()
      .getRange({ start: 0, end: 10 })
      .map((r) => [
        r.getValue('itemid'),
        r.getValue('locationquantityonhand'),
        r.getValue('locationquantitycommitted'),
        r.getValue('locationquantityavailable'),
      ]);
    const looked = search.lookupFields({
      type: 'salesorder',
      id: so,
      columns: ['total', 'entity', 'externalid'],
    });
    return { orders, stock, looked };
  });
  const tranid = account.ui.loadRecord('salesorder', Number(so)).fields['tranid'];
  expect(result.orders).toEqual([
    {
      recordType: 'salesorder',
      id: so,
      values: {
        tranid,
        total: '37.50',
        amount: '37.50',
        'customer.email': 'ada@example.com',
        entity: [{ value: ada, text: expect.any(String) as string }],
      },
    },
  ]);
  expect(result.stock).toEqual([['TEE-S', '40', '3', '37']]);
  expect(result.looked).toMatchObject({
    total: '37.50',
    externalid: [{ value: 'order-1', text: 'order-1' }],
  });
  expect(units).toBe(10 + 10 + 1);
});

test('custom record types and lists deployed from Objects are searchable; saved searches live on the account', () => {
  const account = deploy();
  const names = run(account, () => {
    const s = search.create({
      type: 'customrecord_fx_note',
      title: 'Fixture notes',
      id: 'customsearch_fx_notes',
      filters: [
        ['custrecord_fx_note_count', 'greaterthan', '2'],
        'and',
        ['custrecord_fx_note_done', 'is', 'F'],
      ],
      columns: ['name', 'custrecord_fx_note_count', 'custrecord_fx_note_colour'],
    });
    s.save();
    return search
      .load({ id: 'customsearch_fx_notes' })
      .run()
      .getRange({ start: 0, end: 10 })
      .map((r) => [
        r.getValue('name'),
        r.getValue('custrecord_fx_note_count'),
        r.getValue('custrecord_fx_note_colour'),
      ]);
  });
  expect(names).toEqual([['First', '3', '']]);
  expect(account.savedSearches.has('customsearch_fx_notes')).toBe(true);
});
