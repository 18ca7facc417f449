// User events around writes (beforeSubmit/afterSubmit, section_4407992070 and section_4407992281): create for
// new records (transformed ones included), edit for loaded ones, xedit for submitFields with only the edited
// fields, delete; oldRecord absent on create; changes made in beforeSubmit are saved, and a throw there means
// nothing is written.
import * as record from 'N/record';
import type { EmulatedAccount } from '../../src/account-api';
import { markShipped } from '../../src/records/persistence';
import type { EmulatedRecord } from '../../src/records/record';
import { stock, world } from './fixture';

function order(w: ReturnType<typeof world>, status = 'B'): number {
  return w.account.make(
    'salesorder',
    { entity: String(w.customer), orderstatus: status, location: String(w.warehouse) },
    { item: [{ item: String(w.widget), quantity: 1, rate: 10 }] },
  );
}

test('create: beforeSubmit sees the new record with no id and no oldRecord; afterSubmit the saved one', () => {
  const w = world();
  const id = order(w);
  w.account.events.length = 0;
  let idSeenBefore: number | null | undefined;
  w.account.beforeSubmit = (event) => {
    idSeenBefore = event.newRecord.id;
  };
  const created = w.account.exec(() => {
    const so = record.create({ type: 'salesorder' });
    so.setValue({ fieldId: 'entity', value: w.customer });
    so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.service) });
    so.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
    so.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 3 });
    return so.save();
  });
  const [before, after] = w.account.events;
  expect(before).toMatchObject({ stage: 'beforeSubmit', type: 'create', oldRecord: null });
  expect(idSeenBefore).toBeNull();
  expect(after).toMatchObject({ stage: 'afterSubmit', type: 'create', oldRecord: null });
  expect(after?.newRecord.id).toBe(created);
  // afterSubmit's record holds what NetSuite computed on save.
  expect((after?.newRecord as EmulatedRecord).getValue('total')).toBe(3);
  expect(created).not.toBe(id);
});

test('edit: oldRecord is the stored version; a change made in beforeSubmit is saved', () => {
  const w = world();
  const id = order(w);
  w.account.beforeSubmit = (event) => {
    (event.newRecord as EmulatedRecord).setValue({ fieldId: 'memo', value: 'stamped by UE' });
  };
  w.account.exec(() => {
    const so = record.load({ type: 'salesorder', id });
    so.setValue({ fieldId: 'otherrefnum', value: 'PO-1' });
    so.save();
  });
  const [before] = w.account.events;
  expect(before?.type).toBe('edit');
  expect((before?.oldRecord as EmulatedRecord).getValue('otherrefnum')).toBe('');
  expect(w.account.stored('salesorder', id).fields).toMatchObject({
    memo: 'stamped by UE',
    otherrefnum: 'PO-1',
  });
});

test('a beforeSubmit that throws stops the write: nothing saved, nothing moved', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  w.account.beforeSubmit = () => {
    throw new Error('vetoed');
  };
  const before = w.account.store.scan('salesorder').length;
  expect(() =>
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      so.setValue({ fieldId: 'entity', value: w.customer });
      so.setValue({ fieldId: 'orderstatus', value: 'B' });
      so.setValue({ fieldId: 'location', value: w.warehouse });
      so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.widget) });
      so.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 2 });
      so.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 1 });
      return so.save();
    }),
  ).toThrow('vetoed');
  expect(w.account.store.scan('salesorder').length).toBe(before);
  expect(w.account.stored('inventoryitem', w.widget).fields['quantitycommitted']).toBe(0);
  expect(w.account.events.filter((event) => event.stage === 'afterSubmit')).toEqual([]);
});

test('submitFields fires xedit whose newRecord holds only the edited fields', () => {
  const w = world();
  const id = order(w);
  w.account.exec(() => record.submitFields({ type: 'salesorder', id, values: { memo: 'inline' } }));
  const [before, after] = w.account.events;
  expect(before?.type).toBe('xedit');
  const partial = before?.newRecord as EmulatedRecord;
  expect(partial.getValue('memo')).toBe('inline');
  expect(partial.getValue('entity')).toBe('');
  expect((before?.oldRecord as EmulatedRecord).getValue('entity')).toBe(String(w.customer));
  expect(after?.type).toBe('xedit');
  expect((after?.newRecord as EmulatedRecord).getValue('entity')).toBe('');
  expect((after?.newRecord as EmulatedRecord).getValue('memo')).toBe('inline');
});

test('a transformed record fires create; delete fires delete with the record as old and new', () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  const id = order(w);
  const fulfilment = w.account.exec(() =>
    record.transform({ fromType: 'salesorder', fromId: id, toType: 'itemfulfillment' }).save(),
  );
  expect(w.account.events.map((event) => `${event.stage}:${event.type}:${event.newRecord.type}`)).toEqual([
    'beforeSubmit:create:itemfulfillment',
    'afterSubmit:create:itemfulfillment',
  ]);
  w.account.events.length = 0;
  w.account.exec(() => record.delete({ type: 'itemfulfillment', id: fulfilment }));
  const [before] = w.account.events;
  expect(before).toMatchObject({ type: 'delete' });
  expect(before?.oldRecord?.id).toBe(fulfilment);
});

test("the Ship button (markShipped) fires 'ship' and ships the fulfilment; a scripted status edit fires 'edit'", () => {
  const w = world();
  stock(w, w.widget, w.warehouse, 5);
  const so = order(w);
  const packed = w.account.exec(() => {
    const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
    rec.setValue({ fieldId: 'shipstatus', value: 'B' });
    return rec.save();
  });
  w.account.events.length = 0;
  w.account.exec(() => markShipped(w.account as unknown as EmulatedAccount, packed));
  expect(w.account.events.map((event) => event.type)).toEqual(['ship', 'ship']);
  expect(w.account.stored('itemfulfillment', packed).fields['shipstatus']).toBe('C');
  expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('F');
  expect(() => w.account.exec(() => markShipped(w.account as unknown as EmulatedAccount, packed))).toThrow(
    /already shipped/,
  );
});
