import type { Account } from '../../src/account';
import type { Seed } from '../../src/seed';
import { deployBasic } from './helpers';

const seed: Seed = {
  records: [
    { type: 'currency', key: 'gbp', fields: { name: 'British Pound', symbol: 'GBP', currencyprecision: 2 } },
    { type: 'subsidiary', key: 'sub', fields: { name: 'Fixture Ltd', currency: '@gbp' } },
    { type: 'location', key: 'wh', fields: { name: 'Warehouse', subsidiary: '@sub' } },
    {
      type: 'customer',
      key: 'cus',
      fields: { companyname: 'Acme Ltd', subsidiary: '@sub', currency: '@gbp' },
    },
    { type: 'salestaxitem', key: 'vat', fields: { itemid: 'VAT20', rate: 20 } },
    {
      type: 'inventoryitem',
      key: 'tee',
      fields: { itemid: 'TEE' },
      sublists: { locations: [{ location: '@wh', quantityonhand: 10 }] },
    },
  ],
};

function ids(account: Account): { customer: number; item: number; location: number; vat: number } {
  const one = (type: string) => account.ui.findRecords(type)[0]?.id ?? -1;
  return {
    customer: one('customer'),
    item: one('inventoryitem'),
    location: one('location'),
    vat: one('salestaxitem'),
  };
}

describe('ui helpers: a person in the NetSuite UI (emulator/README.md)', () => {
  it('createRecord, loadRecord (computed fields included), transformRecord, editRecord, deleteRecord, findRecords', () => {
    const account = deployBasic({ seed });
    const w = ids(account);
    const so = account.ui.createRecord('salesorder', {
      fields: {
        entity: String(w.customer),
        location: String(w.location),
        trandate: '2026-01-05T12:00:00.000Z',
        orderstatus: 'B',
      },
      sublists: { item: [{ item: String(w.item), quantity: 3, rate: 10, taxcode: String(w.vat) }] },
    });
    const loaded = account.ui.loadRecord('salesorder', so);
    expect(loaded.fields).toMatchObject({ subtotal: 30, taxtotal: 6, total: 36 });
    expect(loaded.fields['trandate']).toBeInstanceOf(Date);

    const fulfilment = account.ui.transformRecord('salesorder', so, 'itemfulfillment', {
      fields: { shipstatus: 'C' },
      sublists: { item: [{ quantity: 2 }] },
    });
    expect(account.ui.loadRecord('itemfulfillment', fulfilment).fields['createdfrom']).toBe(String(so));
    expect(account.ui.loadRecord('inventoryitem', w.item).fields['quantityonhand']).toBe(8);

    account.ui.editRecord('salesorder', so, { fields: { memo: 'edited' } });
    expect(account.ui.findRecords('salesorder', { memo: 'EDITED' }).map((r) => r.id)).toEqual([so]);

    account.ui.deleteRecord('itemfulfillment', fulfilment);
    expect(account.ui.findRecords('itemfulfillment')).toHaveLength(0);
    expect(account.ui.loadRecord('inventoryitem', w.item).fields['quantityonhand']).toBe(10);
  });

  it('UI actions charge no governance and are not script executions', () => {
    const account = deployBasic({ seed });
    for (let i = 0; i < 300; i++)
      account.ui.createRecord('customrecord_fx_note', { fields: { name: `n${i}` } });
    expect(account.ui.findRecords('customrecord_fx_note')).toHaveLength(300);
    expect(account.executions().every((e) => e.scriptType === 'USEREVENT')).toBe(true);
    // Not vacuous: every create did run the record's user events (each in its own budget), and only those.
    const noteBeforeSubmits = account
      .executions()
      .filter((e) => e.scriptId === 'customscript_fx_note_ue' && e.entryPoint === 'beforeSubmit');
    expect(noteBeforeSubmits).toHaveLength(300);
    expect(noteBeforeSubmits.every((e) => e.budget === 'userevent')).toBe(true);
  });

  it('shipFulfillment is the Ship button: status Shipped, user event type ship (NS section_51193402706)', () => {
    const account = deployBasic({ seed });
    const w = ids(account);
    const so = account.ui.createRecord('salesorder', {
      fields: { entity: String(w.customer), location: String(w.location), orderstatus: 'B' },
      sublists: { item: [{ item: String(w.item), quantity: 1, rate: 10, taxcode: String(w.vat) }] },
    });
    const fulfilment = account.ui.transformRecord('salesorder', so, 'itemfulfillment', {
      fields: { shipstatus: 'A' },
    });
    account.ui.shipFulfillment(fulfilment);
    expect(account.ui.loadRecord('itemfulfillment', fulfilment).fields['shipstatus']).toBe('C');
    const traces = account
      .executions()
      .flatMap((e) => e.logs)
      .filter((l) => l.title === 'trace')
      .map((l) => JSON.parse(l.details) as Record<string, unknown>);
    expect(traces).toEqual([
      { type: 'create', context: 'USERINTERFACE', oldStatus: null, newStatus: 'A' },
      { type: 'ship', context: 'USERINTERFACE', oldStatus: 'A', newStatus: 'C' },
    ]);
  });
});
