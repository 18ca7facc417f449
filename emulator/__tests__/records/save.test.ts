// Record.save, record.load/copy/delete/submitFields: governance per record class (NetSuite's governance table:
// transactions 10 to create/load/copy/transform/submitFields and 20 to save/delete, custom records 2/4, other
// records 5/10; section_157072844224 and the N/record method pages), mandatory fields (USER_ERROR "Please enter
// value(s) for: <label>"), references (INVALID_KEY_OR_REF), external ids unique per group case-insensitively
// (DUP_RCRD, section_N3432681), RCRD_DSNT_EXIST and optimistic locking (RCRD_HAS_BEEN_CHANGED).
import * as record from 'N/record';
import { customRecordSchema } from '../../src/records/registry';
import { field } from '../../src/records/schema-dsl';
import { world } from './fixture';

const newOrder = (w: ReturnType<typeof world>, externalid?: string) => {
  const so = record.create({ type: 'salesorder' });
  so.setValue({ fieldId: 'entity', value: w.customer });
  if (externalid) so.setValue({ fieldId: 'externalid', value: externalid });
  so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.service) });
  so.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
  so.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 10 });
  return so;
};

describe('governance', () => {
  test('transactions: create 10 + save 20, load 10, submitFields 10, delete 20; save returns the id as a number', () => {
    const w = world();
    const { result: id, meter } = w.account.run(() => newOrder(w).save());
    expect(typeof id).toBe('number');
    expect(meter.used()).toBe(30);
    expect(w.account.run(() => record.load({ type: 'salesorder', id })).meter.used()).toBe(10);
    expect(
      w.account
        .run(() => record.submitFields({ type: 'salesorder', id, values: { memo: 'x' } }))
        .meter.used(),
    ).toBe(10);
    expect(w.account.run(() => record.copy({ type: 'salesorder', id })).meter.used()).toBe(10);
    expect(w.account.run(() => record.delete({ type: 'salesorder', id })).meter.used()).toBe(20);
  });

  test('other records: create 5 + save 10, load 5, delete 10', () => {
    const w = world();
    const { result: id, meter } = w.account.run(() =>
      record.create({ type: 'location' }).setValue({ fieldId: 'name', value: 'Depot' }).save(),
    );
    expect(meter.used()).toBe(15);
    expect(w.account.run(() => record.load({ type: 'location', id })).meter.used()).toBe(5);
    expect(w.account.run(() => record.delete({ type: 'location', id })).meter.used()).toBe(10);
  });

  test('custom records: create 2 + save 4, load 2, submitFields 2, delete 4', () => {
    const w = world();
    w.account.schemas.register(
      customRecordSchema('customrecord_pwi_log', [field('custrecord_pwi_log_text', 'text')]),
    );
    const { result: id, meter } = w.account.run(() =>
      record
        .create({ type: 'customrecord_pwi_log' })
        .setValue({ fieldId: 'custrecord_pwi_log_text', value: 'hi' })
        .save(),
    );
    expect(meter.used()).toBe(6);
    expect(w.account.run(() => record.load({ type: 'customrecord_pwi_log', id })).meter.used()).toBe(2);
    expect(
      w.account
        .run(() => record.submitFields({ type: 'customrecord_pwi_log', id, values: { name: 'n' } }))
        .meter.used(),
    ).toBe(2);
    expect(w.account.run(() => record.delete({ type: 'customrecord_pwi_log', id })).meter.used()).toBe(4);
  });

  test('running out of units is SSS_USAGE_LIMIT_EXCEEDED and the record is not written', () => {
    const w = world();
    expect(() => w.account.run(() => newOrder(w, 'ORDER-LIMIT').save(), 25)).toThrow(
      expect.objectContaining({ name: 'SSS_USAGE_LIMIT_EXCEEDED' }),
    );
    expect(w.account.store.findByExternalId('salesorder', 'ORDER-LIMIT')).toBeUndefined();
  });
});

describe('validation on save', () => {
  const w = world();

  test('a missing mandatory field is USER_ERROR naming its label, and nothing is saved', () => {
    const before = w.account.store.scan('salesorder').length;
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.service) });
      expect(() => so.save()).toThrow(
        expect.objectContaining({ name: 'USER_ERROR', message: 'Please enter value(s) for: Customer' }),
      );
    });
    expect(w.account.store.scan('salesorder').length).toBe(before);
  });

  test('a sales transaction with no lines does not save', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      so.setValue({ fieldId: 'entity', value: w.customer });
      expect(() => so.save()).toThrow('You must enter at least one line item for this transaction.');
    });
  });

  test('ignoreMandatoryFields skips that check (but not references)', () => {
    w.account.exec(() => {
      const location = record.create({ type: 'location' });
      expect(location.save({ ignoreMandatoryFields: true })).toBeGreaterThan(0);
    });
  });

  test('a company customer needs its company name; a person customer first and last names', () => {
    w.account.exec(() => {
      const company = record.create({ type: 'customer' });
      company.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
      expect(() => company.save()).toThrow('Please enter value(s) for: Company Name');
      const person = record.create({ type: 'customer' });
      person.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
      person.setValue({ fieldId: 'isperson', value: 'T' });
      person.setValue({ fieldId: 'firstname', value: 'Ada' });
      expect(() => person.save()).toThrow('Please enter value(s) for: Last Name');
      person.setValue({ fieldId: 'lastname', value: 'Lovelace' });
      const id = person.save();
      expect(record.load({ type: 'customer', id }).getValue('entityid')).toBe('Ada Lovelace');
    });
  });

  test('a select pointing at no record is INVALID_KEY_OR_REF, on the body and on lines', () => {
    w.account.exec(() => {
      const so = newOrder(w);
      so.setValue({ fieldId: 'entity', value: 9999 });
      expect(() => so.save()).toThrow(
        expect.objectContaining({
          name: 'INVALID_KEY_OR_REF',
          message: 'Invalid entity reference key 9999.',
        }),
      );
      const other = newOrder(w);
      other.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.customer) });
      expect(() => other.save()).toThrow(expect.objectContaining({ name: 'INVALID_KEY_OR_REF' }));
    });
  });

  test('an unbalanced journal entry does not save; a balanced one does', () => {
    w.account.exec(() => {
      const je = record.create({ type: 'journalentry' });
      je.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
      je.setSublistValue({ sublistId: 'line', fieldId: 'account', line: 0, value: w.adjustAccount });
      je.setSublistValue({ sublistId: 'line', fieldId: 'debit', line: 0, value: 100 });
      je.setSublistValue({ sublistId: 'line', fieldId: 'account', line: 1, value: w.adjustAccount });
      je.setSublistValue({ sublistId: 'line', fieldId: 'credit', line: 1, value: 99.99 });
      expect(() => je.save()).toThrow(/out of balance/);
      je.setSublistValue({ sublistId: 'line', fieldId: 'credit', line: 1, value: 100 });
      expect(je.save()).toBeGreaterThan(0);
    });
  });
});

describe('identity', () => {
  test('external ids are unique per group, case-insensitively: DUP_RCRD across transaction types', () => {
    const w = world();
    w.account.exec(() => newOrder(w, 'shopify-1001').save());
    w.account.exec(() => {
      expect(() => newOrder(w, 'SHOPIFY-1001').save()).toThrow(expect.objectContaining({ name: 'DUP_RCRD' }));
      const sale = record.create({ type: 'cashsale' });
      sale.setValue({ fieldId: 'entity', value: w.customer });
      sale.setValue({ fieldId: 'externalid', value: 'Shopify-1001' });
      sale.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.service) });
      sale.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
      sale.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 1 });
      expect(() => sale.save()).toThrow(expect.objectContaining({ name: 'DUP_RCRD' }));
      // Customers are another group: the same external id is free there.
      const customer = record.create({ type: 'customer' });
      customer.setValue({ fieldId: 'companyname', value: 'Other' });
      customer.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
      customer.setValue({ fieldId: 'externalid', value: 'shopify-1001' });
      expect(customer.save()).toBeGreaterThan(0);
    });
  });

  test('loading a missing record is RCRD_DSNT_EXIST', () => {
    const w = world();
    w.account.exec(() => {
      expect(() => record.load({ type: 'salesorder', id: 4242 })).toThrow(
        expect.objectContaining({ name: 'RCRD_DSNT_EXIST' }),
      );
      expect(() => record.delete({ type: 'salesorder', id: 4242 })).toThrow(
        expect.objectContaining({ name: 'RCRD_DSNT_EXIST' }),
      );
    });
  });

  test('saving a copy loaded before someone else saved is RCRD_HAS_BEEN_CHANGED', () => {
    const w = world();
    const id = w.account.exec(() => newOrder(w).save());
    w.account.exec(() => {
      const first = record.load({ type: 'salesorder', id });
      const second = record.load({ type: 'salesorder', id });
      first.setValue({ fieldId: 'memo', value: 'first' });
      first.save();
      second.setValue({ fieldId: 'memo', value: 'second' });
      expect(() => second.save()).toThrow(expect.objectContaining({ name: 'RCRD_HAS_BEEN_CHANGED' }));
      // The saved object stands for the new version, so saving it again is fine.
      first.setValue({ fieldId: 'memo', value: 'again' });
      expect(first.save()).toBe(id);
    });
    expect(w.account.stored('salesorder', id).fields['memo']).toBe('again');
  });
});

describe('edits, copies and submitFields', () => {
  const w = world();

  test('new transactions are numbered; totals are computed on save and recomputed when a line changes', () => {
    const id = w.account.exec(() => newOrder(w).save());
    const stored = w.account.stored('salesorder', id);
    expect(stored.fields['tranid']).toBe(String(id));
    expect(stored.fields['total']).toBe(10);
    w.account.exec(() => {
      const so = record.load({ type: 'salesorder', id });
      so.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 3 });
      so.save();
    });
    expect(w.account.stored('salesorder', id).sublists['item']?.[0]?.['amount']).toBe(30);
    expect(w.account.stored('salesorder', id).fields['total']).toBe(30);
  });

  test('a line given an amount and no rate gets its rate from the amount; tax1amt given stays as given', () => {
    const id = w.account.make(
      'salesorder',
      { entity: String(w.customer) },
      {
        item: [{ item: String(w.service), quantity: 3, amount: 10, taxcode: String(w.vat20), tax1amt: 2.01 }],
      },
    );
    const line = w.account.stored('salesorder', id).sublists['item']?.[0];
    expect(line).toMatchObject({ amount: 10, tax1amt: 2.01, grossamt: 12.01 });
    expect(line?.['rate']).toBeCloseTo(3.333333, 5);
    expect(w.account.stored('salesorder', id).fields).toMatchObject({
      subtotal: 10,
      taxtotal: 2.01,
      total: 12.01,
    });
  });

  test('record.copy keeps the values but not the identity, numbering or computed fields', () => {
    const id = w.account.exec(() => newOrder(w, 'COPY-SOURCE').save());
    const copyId = w.account.exec(() => {
      const copy = record.copy({ type: 'salesorder', id });
      expect(copy.id).toBeNull();
      expect(copy.getValue('externalid')).toBe('');
      expect(copy.getValue('total')).toBe('');
      return copy.save();
    });
    expect(copyId).not.toBe(id);
    expect(w.account.stored('salesorder', copyId).fields['total']).toBe(10);
  });

  test('submitFields changes body fields without loading, and validates their values', () => {
    const id = w.account.exec(() => newOrder(w).save());
    w.account.exec(() =>
      record.submitFields({ type: 'salesorder', id, values: { memo: 'edited', otherrefnum: 'PO-9' } }),
    );
    expect(w.account.stored('salesorder', id).fields).toMatchObject({ memo: 'edited', otherrefnum: 'PO-9' });
    w.account.exec(() => {
      expect(() =>
        record.submitFields({ type: 'salesorder', id, values: { trandate: 'yesterday' } }),
      ).toThrow(expect.objectContaining({ name: 'INVALID_FLD_VALUE' }));
    });
  });
});

describe('what the record object shows after save', () => {
  // N/record Record.save: in standard mode "sourced, calculated and defaulted values (e.g. taxtotal and total)
  // appear only after save and reload"; dynamic mode calculates as lines are committed.
  test('standard mode: totals are not on the saved object, only on a reload; a second save keeps them', () => {
    const w = world();
    const { so, id } = w.account.exec(() => {
      const rec = newOrder(w);
      return { so: rec, id: rec.save() };
    });
    w.account.exec(() => {
      expect(so.id).toBe(id);
      expect(so.getValue('total')).toBe('');
      expect(record.load({ type: 'salesorder', id }).getValue('total')).toBe(10);
      so.setValue({ fieldId: 'memo', value: 'second save' });
      so.save();
    });
    expect(w.account.stored('salesorder', id).fields).toMatchObject({ total: 10, memo: 'second save' });
    expect(w.account.stored('salesorder', id).fields['createddate']).toBeInstanceOf(Date);
  });

  test('dynamic mode: committing lines keeps amounts, tax and totals current before the save', () => {
    const w = world();
    w.account.exec(() => {
      const rec = record.create({ type: 'salesorder', isDynamic: true });
      rec.setValue({ fieldId: 'entity', value: w.customer });
      rec.selectNewLine({ sublistId: 'item' });
      rec.setCurrentSublistValue({ sublistId: 'item', fieldId: 'item', value: String(w.service) });
      rec.setCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity', value: 3 });
      rec.setCurrentSublistValue({ sublistId: 'item', fieldId: 'rate', value: 2.5 });
      rec.setCurrentSublistValue({ sublistId: 'item', fieldId: 'taxcode', value: String(w.vat20) });
      rec.commitLine({ sublistId: 'item' });
      expect(rec.getSublistValue({ sublistId: 'item', fieldId: 'amount', line: 0 })).toBe(7.5);
      expect(rec.getValue('total')).toBe(9);
      rec.selectLine({ sublistId: 'item', line: 0 });
      rec.setCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity', value: 4 });
      rec.commitLine({ sublistId: 'item' });
      expect(rec.getSublistValue({ sublistId: 'item', fieldId: 'amount', line: 0 })).toBe(10);
      expect(rec.getValue('taxtotal')).toBe(2);
      expect(rec.getValue('total')).toBe(12);
      rec.removeLine({ sublistId: 'item', line: 0 });
      expect(rec.getValue('total')).toBe(0);
    });
  });
});

test('a tax group charges the sum of its codes, and a line taxed by it rounds once per line', () => {
  const w = world();
  const state = w.account.make('salestaxitem', { itemid: 'STATE', rate: 6.25 });
  const county = w.account.make('salestaxitem', { itemid: 'COUNTY', rate: 1 });
  const group = w.account.make(
    'taxgroup',
    { itemid: 'TX-GROUP' },
    { taxitem: [{ taxname: String(state) }, { taxname: String(county) }] },
  );
  expect(w.account.stored('taxgroup', group).fields['rate']).toBe(7.25);
  const so = w.account.make(
    'salesorder',
    { entity: String(w.customer) },
    { item: [{ item: String(w.service), quantity: 1, rate: 19.99, taxcode: String(group) }] },
  );
  // 19.99 × 7.25 % = 1.449275 → 1.45
  expect(w.account.stored('salesorder', so).fields).toMatchObject({ taxtotal: 1.45, total: 21.44 });
});

test("OneWorld: a transaction's customer, locations and items must belong to its subsidiary", () => {
  const w = world();
  const child = w.account.make('subsidiary', {
    name: 'Child Inc',
    parent: String(w.subsidiary),
    currency: String(w.usd),
  });
  const childLocation = w.account.make('location', { name: 'Child WH', subsidiary: String(child) });
  const parentOnly = w.account.make('serviceitem', {
    itemid: 'PARENT-ONLY',
    subsidiary: [String(w.subsidiary)],
  });
  const shared = w.account.make('serviceitem', {
    itemid: 'SHARED',
    subsidiary: [String(w.subsidiary)],
    includechildren: true,
  });
  const childCustomer = w.account.make('customer', { companyname: 'Kid Co', subsidiary: String(child) });
  const attempt = (fields: Record<string, unknown>, item: number) => () =>
    w.account.make('salesorder', fields, { item: [{ item: String(item), quantity: 1, rate: 1 }] });
  expect(attempt({ entity: String(w.customer), location: String(childLocation) }, w.service)).toThrow(
    `Invalid location reference key ${childLocation} for subsidiary ${w.subsidiary}.`,
  );
  expect(attempt({ entity: String(w.customer), subsidiary: String(child) }, w.service)).toThrow(
    expect.objectContaining({ name: 'INVALID_KEY_OR_REF', message: expect.stringContaining('entity') }),
  );
  expect(attempt({ entity: String(childCustomer) }, parentOnly)).toThrow(/Invalid item reference key/);
  expect(
    attempt({ entity: String(childCustomer), location: String(childLocation) }, shared)(),
  ).toBeGreaterThan(0);
});

test("amounts round to the transaction currency's precision: whole yen for JPY", () => {
  const w = world();
  const jpy = w.account.make('currency', { name: 'Yen', symbol: 'JPY', currencyprecision: 0 });
  const so = w.account.make(
    'salesorder',
    { entity: String(w.customer), currency: String(jpy) },
    { item: [{ item: String(w.service), quantity: 3, rate: 333.5, taxcode: String(w.vat20) }] },
  );
  // 3 × 333.5 = 1000.5 → 1001; 1001 × 20 % = 200.2 → 200
  expect(w.account.stored('salesorder', so).sublists['item']?.[0]).toMatchObject({
    amount: 1001,
    tax1amt: 200,
  });
  expect(w.account.stored('salesorder', so).fields).toMatchObject({
    subtotal: 1001,
    taxtotal: 200,
    total: 1201,
  });
});
