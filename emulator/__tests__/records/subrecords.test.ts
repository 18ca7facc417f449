// Address subrecords (Using SuiteScript 2.x to Create/Edit a Subrecord in a Sublist Field, section_4686991741 /
// section_4675630276: getSublistSubrecord / getCurrentSublistSubrecord with sublistId 'addressbook' and fieldId
// 'addressbookaddress'; body subrecords through getSubrecord). Values save with the parent record.
import * as record from 'N/record';
import { NotEmulatedError } from '../../src/errors';
import { world } from './fixture';

test('standard mode: an address book line written through addressbookaddress saves and loads with the customer', () => {
  const w = world();
  const id = w.account.exec(() => {
    const customer = record.create({ type: 'customer' });
    customer.setValue({ fieldId: 'companyname', value: 'Harbour Goods' });
    customer.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
    customer.insertLine({ sublistId: 'addressbook', line: 0 });
    customer.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultshipping', line: 0, value: true });
    const address = customer.getSublistSubrecord({
      sublistId: 'addressbook',
      fieldId: 'addressbookaddress',
      line: 0,
    });
    address.setValue({ fieldId: 'country', value: 'GB' });
    address.setValue({ fieldId: 'addressee', value: 'Harbour Goods' });
    address.setValue({ fieldId: 'addr1', value: '1 Quay St' });
    address.setValue({ fieldId: 'city', value: 'Bristol' });
    address.setValue({ fieldId: 'zip', value: 'BS1 1AA' });
    return customer.save();
  });
  w.account.exec(() => {
    const loaded = record.load({ type: 'customer', id });
    expect(
      loaded.hasSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line: 0 }),
    ).toBe(true);
    const address = loaded.getSublistSubrecord({
      sublistId: 'addressbook',
      fieldId: 'addressbookaddress',
      line: 0,
    });
    expect(address.getValue({ fieldId: 'city' })).toBe('Bristol');
    expect(address.getValue({ fieldId: 'addrtext' })).toBe('Harbour Goods\n1 Quay St\nBristol BS1 1AA\nGB');
    expect(address.getValue({ fieldId: 'addr2' })).toBe('');
  });
});

test('dynamic mode: the current line subrecord commits with the line', () => {
  const w = world();
  const id = w.account.exec(() => {
    const customer = record.create({ type: 'customer', isDynamic: true });
    customer.setValue({ fieldId: 'companyname', value: 'Dyn Ltd' });
    customer.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
    customer.selectNewLine({ sublistId: 'addressbook' });
    const address = customer.getCurrentSublistSubrecord({
      sublistId: 'addressbook',
      fieldId: 'addressbookaddress',
    });
    address.setValue({ fieldId: 'country', value: 'US' });
    address.setValue({ fieldId: 'city', value: 'Austin' });
    customer.commitLine({ sublistId: 'addressbook' });
    return customer.save();
  });
  expect(w.account.stored('customer', id).sublists['addressbook']?.[0]?.['addressbookaddress.city']).toBe(
    'Austin',
  );
});

test("a new order takes the customer's default shipping address; body subrecords can be set directly", () => {
  const w = world();
  const customer = w.account.exec(() => {
    const rec = record.create({ type: 'customer' });
    rec.setValue({ fieldId: 'companyname', value: 'Ship Co' });
    rec.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
    rec.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultshipping', line: 0, value: true });
    const address = rec.getSublistSubrecord({
      sublistId: 'addressbook',
      fieldId: 'addressbookaddress',
      line: 0,
    });
    address.setValue({ fieldId: 'country', value: 'US' });
    address.setValue({ fieldId: 'addr1', value: '9 Elm Rd' });
    return rec.save();
  });
  const so = w.account.make(
    'salesorder',
    { entity: String(customer), orderstatus: 'B' },
    { item: [{ item: String(w.service), quantity: 1, rate: 1 }] },
  );
  expect(w.account.stored('salesorder', so).fields['shipaddress']).toBe('9 Elm Rd\nUS');
  const other = w.account.exec(() => {
    const rec = record.create({ type: 'salesorder' });
    rec.setValue({ fieldId: 'entity', value: customer });
    rec.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.service) });
    rec.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
    rec.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 1 });
    const ship = rec.getSubrecord({ fieldId: 'shippingaddress' });
    ship.setValue({ fieldId: 'country', value: 'CA' });
    ship.setValue({ fieldId: 'city', value: 'Toronto' });
    return rec.save();
  });
  expect(w.account.stored('salesorder', other).fields['shipaddress']).toBe('Toronto\nCA');
});

test('country must be an upper-case ISO code; subrecords the emulator lacks are not emulated; no save of its own', () => {
  const w = world();
  w.account.exec(() => {
    const so = record.create({ type: 'salesorder' });
    const ship = so.getSubrecord({ fieldId: 'shippingaddress' });
    expect(() => ship.setValue({ fieldId: 'country', value: 'uk' })).toThrow(
      expect.objectContaining({ name: 'INVALID_FLD_VALUE' }),
    );
    expect(() => so.getSubrecord({ fieldId: 'inventorydetail' })).toThrow(NotEmulatedError);
    expect(() => (ship as unknown as { save: () => number }).save()).toThrow(NotEmulatedError);
  });
});
