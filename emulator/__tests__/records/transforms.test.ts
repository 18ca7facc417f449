// record.transform along NetSuite's supported pairs (N/record record.transform, section_4267258715, and the
// pairs public SuiteScript uses); other pairs are INVALID_RCRD_TRANSFRM ("That type of record transformation is
// not allowed..."), a missing or unprocessable source INVALID_INITIALIZE_REF ("You can not initialize
// <type>: invalid reference <id>."). The target carries createdfrom and NetSuite's copied fields; fulfilments
// and bills write quantityfulfilled / quantitybilled back onto the order, whose status (SalesOrd A..H) follows.
import * as record from 'N/record';
import { stock, stockAt, world, type World } from './fixture';

function order(w: World, lines: Array<Record<string, unknown>>, body: Record<string, unknown> = {}): number {
  return w.account.make(
    'salesorder',
    { entity: String(w.customer), orderstatus: 'B', location: String(w.warehouse), ...body },
    { item: lines },
  );
}

const transform = (
  w: World,
  fromType: string,
  fromId: number,
  toType: string,
  defaultValues?: Record<string, unknown>,
) =>
  w.account.exec(() =>
    record.transform({ fromType, fromId, toType, ...(defaultValues ? { defaultValues } : {}) }).save(),
  );

describe('allowed pairs', () => {
  test('pairs NetSuite does not support are INVALID_RCRD_TRANSFRM', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [{ item: String(w.widget), quantity: 1, rate: 5 }]);
    for (const [fromType, fromId, toType] of [
      ['salesorder', so, 'creditmemo'],
      ['salesorder', so, 'customerpayment'],
      ['customer', w.customer, 'salesorder'],
    ] as const) {
      expect(() => w.account.exec(() => record.transform({ fromType, fromId, toType }))).toThrow(
        expect.objectContaining({ name: 'INVALID_RCRD_TRANSFRM' }),
      );
    }
  });

  test('a missing source, or an order pending approval, is INVALID_INITIALIZE_REF', () => {
    const w = world();
    const pending = order(w, [{ item: String(w.service), quantity: 1, rate: 5 }], { orderstatus: 'A' });
    expect(() => transform(w, 'salesorder', 777, 'invoice')).toThrow(
      'You can not initialize invoice: invalid reference 777.',
    );
    expect(() => transform(w, 'salesorder', pending, 'itemfulfillment')).toThrow(
      expect.objectContaining({ name: 'INVALID_INITIALIZE_REF' }),
    );
  });

  test("an order saved without a status takes the account's Default Sales Order Status (Pending Approval unless set)", () => {
    const w = world();
    const pending = order(w, [{ item: String(w.widget), quantity: 1, rate: 5 }], { orderstatus: null });
    expect(w.account.stored('salesorder', pending).fields['orderstatus']).toBe('A');
    w.account.settings.defaultSalesOrderStatus = 'B';
    const approved = order(w, [{ item: String(w.widget), quantity: 1, rate: 5 }], { orderstatus: null });
    expect(w.account.stored('salesorder', approved).fields['orderstatus']).toBe('B');
  });
});

describe('sales order → fulfilment → bill', () => {
  test('the fulfilment takes the fulfillable lines still open, with orderline and itemreceive; transform costs 10', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [
      { item: String(w.widget), quantity: 3, rate: 10 },
      { item: String(w.service), quantity: 1, rate: 50 },
    ]);
    const { result: fulfilment, meter } = w.account.run(() => {
      const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
      expect(rec.getValue('createdfrom')).toBe(String(so));
      expect(rec.getValue('entity')).toBe(String(w.customer));
      expect(rec.getLineCount({ sublistId: 'item' })).toBe(1);
      expect(rec.getSublistValue({ sublistId: 'item', fieldId: 'orderline', line: 0 })).toBe(1);
      expect(rec.getSublistValue({ sublistId: 'item', fieldId: 'itemreceive', line: 0 })).toBe(true);
      rec.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 2 });
      return rec.save();
    });
    expect(meter.used()).toBe(30);
    const soAfter = w.account.stored('salesorder', so);
    expect(soAfter.sublists['item']?.[0]?.['quantityfulfilled']).toBe(2);
    // Some fulfilled, nothing billed: Pending Billing/Partially Fulfilled.
    expect(soAfter.fields['orderstatus']).toBe('E');
    expect(w.account.stored('itemfulfillment', fulfilment).fields['shipstatus']).toBe('C');
  });

  test('fulfilling more than is open is refused and changes nothing', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [{ item: String(w.widget), quantity: 2, rate: 10 }]);
    expect(() =>
      w.account.exec(() => {
        const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
        rec.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 3 });
        return rec.save();
      }),
    ).toThrow(/beyond the ordered 2/);
    expect(w.account.stored('salesorder', so).sublists['item']?.[0]?.['quantityfulfilled']).toBeUndefined();
    expect(w.account.store.scan('itemfulfillment')).toHaveLength(0);
  });

  test('a fulfilment with every line unticked is VALID_LINE_ITEM_REQD', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [{ item: String(w.widget), quantity: 2, rate: 10 }]);
    expect(() =>
      w.account.exec(() => {
        const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
        rec.setSublistValue({ sublistId: 'item', fieldId: 'itemreceive', line: 0, value: false });
        return rec.save();
      }),
    ).toThrow(expect.objectContaining({ name: 'VALID_LINE_ITEM_REQD' }));
  });

  test('defaultValues.inventorylocation limits the fulfilment to one location', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 5);
    stock(w, w.gadget, w.store2, 5);
    const so = order(w, [
      { item: String(w.widget), quantity: 1, rate: 10, location: String(w.warehouse) },
      { item: String(w.gadget), quantity: 1, rate: 10, location: String(w.store2) },
    ]);
    const id = transform(w, 'salesorder', so, 'itemfulfillment', { inventorylocation: w.store2 });
    const lines = w.account.stored('itemfulfillment', id).sublists['item'] ?? [];
    expect(lines.map((line) => line['item'])).toEqual([String(w.gadget)]);
  });

  test('billing takes fulfilled quantities of goods and all of services, with tax as ordered; status moves to Billed', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(
      w,
      [
        { item: String(w.widget), quantity: 2, rate: 10, taxcode: String(w.vat20), tax1amt: 3.99 },
        { item: String(w.service), quantity: 1, rate: 50, taxcode: String(w.vat20) },
      ],
      { shippingcost: 5 },
    );
    expect(w.account.stored('salesorder', so).fields['total']).toBe(88.99);
    transform(w, 'salesorder', so, 'itemfulfillment');
    expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('F');
    const sale = transform(w, 'salesorder', so, 'cashsale');
    const cash = w.account.stored('cashsale', sale);
    expect(cash.fields).toMatchObject({
      createdfrom: String(so),
      shippingcost: 5,
      taxtotal: 13.99,
      total: 88.99,
    });
    expect(cash.sublists['item']?.map((line) => [line['quantity'], line['amount'], line['tax1amt']])).toEqual(
      [
        [2, 20, 3.99],
        [1, 50, 10],
      ],
    );
    const soAfter = w.account.stored('salesorder', so);
    expect(soAfter.sublists['item']?.map((line) => line['quantitybilled'])).toEqual([2, 1]);
    expect(soAfter.fields['orderstatus']).toBe('G');
    // Nothing is left to bill or fulfil.
    expect(() => transform(w, 'salesorder', so, 'invoice')).toThrow(
      expect.objectContaining({ name: 'INVALID_INITIALIZE_REF' }),
    );
    // The order can no longer be deleted: records were created from it.
    expect(() => w.account.exec(() => record.delete({ type: 'salesorder', id: so }))).toThrow(
      /dependent records/,
    );
  });

  test('a discount line (no quantity) is billed once, with the first bill', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [
      { item: String(w.widget), quantity: 2, rate: 10 },
      { item: String(w.discount), rate: -3 },
    ]);
    expect(w.account.stored('salesorder', so).fields['total']).toBe(17);
    w.account.exec(() => {
      const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
      rec.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
      return rec.save();
    });
    const first = transform(w, 'salesorder', so, 'invoice');
    expect(w.account.stored('invoice', first).fields['total']).toBe(7);
    transform(w, 'salesorder', so, 'itemfulfillment');
    const second = transform(w, 'salesorder', so, 'invoice');
    expect(w.account.stored('invoice', second).fields['total']).toBe(10);
    expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('G');
  });

  test('a partial bill prices the part at the line rate and taxes it afresh', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [
      { item: String(w.widget), quantity: 3, rate: 10, taxcode: String(w.vat20), tax1amt: 6.01 },
    ]);
    w.account.exec(() => {
      const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'itemfulfillment' });
      rec.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
      return rec.save();
    });
    const invoice = transform(w, 'salesorder', so, 'invoice');
    expect(w.account.stored('invoice', invoice).sublists['item']?.[0]).toMatchObject({
      quantity: 1,
      amount: 10,
      tax1amt: 2,
    });
    expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('D');
  });

  test('changing the quantity on a transformed bill recomputes its amount and tax, as NetSuite does', () => {
    const w = world();
    const so = order(w, [
      { item: String(w.service), quantity: 2, rate: 10, taxcode: String(w.vat20), tax1amt: 4 },
    ]);
    const invoice = w.account.exec(() => {
      const rec = record.transform({ fromType: 'salesorder', fromId: so, toType: 'invoice' });
      expect(rec.getSublistValue({ sublistId: 'item', fieldId: 'amount', line: 0 })).toBe(20);
      rec.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
      return rec.save();
    });
    expect(w.account.stored('invoice', invoice).sublists['item']?.[0]).toMatchObject({
      quantity: 1,
      amount: 10,
      tax1amt: 2,
    });
    expect(w.account.stored('salesorder', so).sublists['item']?.[0]?.['quantitybilled']).toBe(1);
  });

  test('deleting a fulfilment gives the order its open quantity and the stock back', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    const so = order(w, [{ item: String(w.widget), quantity: 4, rate: 10 }]);
    const fulfilment = transform(w, 'salesorder', so, 'itemfulfillment');
    expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantityonhand: 6, quantitycommitted: 0 });
    w.account.exec(() => record.delete({ type: 'itemfulfillment', id: fulfilment }));
    expect(w.account.stored('salesorder', so).sublists['item']?.[0]?.['quantityfulfilled']).toBe(0);
    expect(w.account.stored('salesorder', so).fields['orderstatus']).toBe('B');
    expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({
      quantityonhand: 10,
      quantitycommitted: 4,
      quantityavailable: 6,
    });
  });
});

describe('payments, credits, refunds and returns', () => {
  test('invoice → customer payment applies the amount due; the invoice shows it paid', () => {
    const w = world();
    const invoice = w.account.make(
      'invoice',
      { entity: String(w.customer) },
      { item: [{ item: String(w.service), quantity: 1, rate: 40 }] },
    );
    const payment = w.account.exec(() => {
      const rec = record.transform({ fromType: 'invoice', fromId: invoice, toType: 'customerpayment' });
      expect(rec.getValue('customer')).toBe(String(w.customer));
      expect(rec.getSublistValue({ sublistId: 'apply', fieldId: 'doc', line: 0 })).toBe(String(invoice));
      return rec.save();
    });
    expect(w.account.stored('customerpayment', payment).fields).toMatchObject({
      payment: 40,
      applied: 40,
      unapplied: 0,
    });
    expect(w.account.stored('invoice', invoice).fields).toMatchObject({ amountpaid: 40, amountremaining: 0 });
    expect(() => transform(w, 'invoice', invoice, 'customerpayment')).toThrow(
      expect.objectContaining({ name: 'INVALID_INITIALIZE_REF' }),
    );
  });

  test('invoice → credit memo → customer refund', () => {
    const w = world();
    const invoice = w.account.make(
      'invoice',
      { entity: String(w.customer) },
      { item: [{ item: String(w.service), quantity: 2, rate: 15 }] },
    );
    const credit = transform(w, 'invoice', invoice, 'creditmemo');
    expect(w.account.stored('creditmemo', credit).fields).toMatchObject({
      createdfrom: String(invoice),
      total: 30,
      unapplied: 30,
    });
    const refund = transform(w, 'creditmemo', credit, 'customerrefund');
    expect(w.account.stored('customerrefund', refund).fields).toMatchObject({
      customer: String(w.customer),
      total: 30,
    });
  });

  test('cash sale → return authorisation → item receipt brings stock back; → cash refund', () => {
    const w = world();
    stock(w, w.widget, w.warehouse, 5);
    const sale = w.account.make(
      'cashsale',
      { entity: String(w.customer), location: String(w.warehouse) },
      { item: [{ item: String(w.widget), quantity: 2, rate: 10 }] },
    );
    // A stand-alone cash sale ships its goods itself.
    expect(stockAt(w, w.widget, w.warehouse)?.['quantityonhand']).toBe(3);
    const rma = w.account.exec(() => {
      const rec = record.transform({ fromType: 'cashsale', fromId: sale, toType: 'returnauthorization' });
      rec.setValue({ fieldId: 'orderstatus', value: 'B' });
      return rec.save();
    });
    const receipt = transform(w, 'returnauthorization', rma, 'itemreceipt');
    expect(w.account.stored('itemreceipt', receipt).sublists['item']?.[0]).toMatchObject({
      quantity: 2,
      itemreceive: true,
    });
    expect(stockAt(w, w.widget, w.warehouse)?.['quantityonhand']).toBe(5);
    expect(w.account.stored('returnauthorization', rma).sublists['item']?.[0]?.['quantityreceived']).toBe(2);
    const refund = transform(w, 'returnauthorization', rma, 'cashrefund');
    expect(w.account.stored('cashrefund', refund).fields['total']).toBe(20);
    // Credited from the return, the refund does not add the stock a second time.
    expect(stockAt(w, w.widget, w.warehouse)?.['quantityonhand']).toBe(5);
  });
});
