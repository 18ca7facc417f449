// Transaction searches are line-level: one row per line unless ['mainline','is','T'] keeps the main line only
// (public SuiteScript usage throughout; "mainline" in the Records Browser transaction search filters). Type codes
// as the transaction search `type` filter takes them (['type','anyof',['CustInvc','SalesOrd']], public filter-
// expression examples). Joins: customer (customer.email; a 2.x script reads JSON.stringify(result) as
// values['customer.email'], while map/reduce scripts over the same column read values['email.customer']),
// createdfrom; `amount` in the base currency.
import * as search from 'N/search';
import { ITEM_LINES_ONLY, errorName, run, searchAccount, seedShop } from './fixture';

const account = searchAccount();
const ids = seedShop(account);

function rows(type: string, filters: unknown[], columns: (string | search.Column)[] = []) {
  return run(account, () =>
    search
      .create({ type, filters, columns })
      .run()
      .getRange({ start: 0, end: 100 })
      .map((r) => ({
        id: r.id,
        type: r.recordType,
        values: (r.toJSON() as { values: Record<string, unknown> }).values,
      })),
  );
}

describe('main line and item lines', () => {
  test("['mainline','is','T'] gives one row per transaction with body values and amount = total", () => {
    expect(
      rows('salesorder', [['mainline', 'is', 'T']], ['tranid', 'amount', 'item', 'orderstatus']),
    ).toEqual([
      {
        id: ids.so1,
        type: 'salesorder',
        values: {
          tranid: 'SO1',
          amount: '60.00',
          item: [],
          orderstatus: [{ value: 'B', text: 'Pending Fulfillment' }],
        },
      },
      // SO2 is in a foreign currency at 1.25: amount is in the base currency.
      {
        id: ids.so2,
        type: 'salesorder',
        values: {
          tranid: 'SO2',
          amount: '125.00',
          item: [],
          orderstatus: [{ value: 'A', text: 'Pending Approval' }],
        },
      },
    ]);
  });

  test('item lines: one row per line, line fields from the line and body fields repeated', () => {
    const lines = rows(
      'salesorder',
      [...ITEM_LINES_ONLY],
      ['tranid', 'item', 'quantity', 'amount', 'fxamount', 'location'],
    );
    expect(
      lines.map((line) => [
        line.id,
        line.values['tranid'],
        line.values['quantity'],
        line.values['amount'],
        line.values['fxamount'],
      ]),
    ).toEqual([
      [ids.so1, 'SO1', '2', '40.00', '40.00'],
      [ids.so1, 'SO1', '1', '20.00', '20.00'],
      [ids.so2, 'SO2', '5', '106.25', '85.00'],
    ]);
    expect(lines[1]?.values['item']).toEqual([{ value: ids.mug, text: 'MUG-01' }]);
    expect(lines[1]?.values['location']).toEqual([{ value: ids.store, text: 'shop floor' }]);
  });

  test('a line-level filter selects transactions by their lines', () => {
    const found = rows('salesorder', [...ITEM_LINES_ONLY, 'and', ['item', 'anyof', ids.mug]], ['tranid']);
    expect(found.map((row) => row.values['tranid'])).toEqual(['SO1']);
  });

  test('without a mainline filter the search would return tax and shipping lines, which the emulator does not model', () => {
    // SO2 has tax and shipping; SO1 has neither, so a search reaching only SO1's lines answers.
    expect(errorName(() => rows('salesorder', [['custbody_pwi_shopify_order_id', 'is', '5002']]))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
    const so1Rows = rows('salesorder', [['custbody_pwi_shopify_order_id', 'is', '5001']], ['tranid']);
    expect(so1Rows.map((row) => row.id)).toEqual([ids.so1, ids.so1, ids.so1]);
  });

  test('a fulfilment has COGS lines for inventory items: line searches must exclude them', () => {
    expect(errorName(() => rows('itemfulfillment', [['mainline', 'is', 'F']], ['item']))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
    const lines = rows('itemfulfillment', [...ITEM_LINES_ONLY], ['item']);
    expect(lines.map((row) => row.values['item'])).toEqual([[{ value: ids.tee, text: 'TEE-BLK-S' }]]);
  });

  test('amount and quantity on transaction types whose line signs are not pinned throw', () => {
    expect(errorName(() => rows('itemfulfillment', [['mainline', 'is', 'T']], ['amount']))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
    expect(errorName(() => rows('itemfulfillment', [...ITEM_LINES_ONLY], ['quantity']))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
  });

  test('mainline as a column is not emulated (only as a filter)', () => {
    expect(errorName(() => rows('salesorder', [['mainline', 'is', 'T']], ['mainline']))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
  });
});

describe('the transaction search type and type codes', () => {
  test("'transaction' spans every transaction type; type gives NetSuite's code and label", () => {
    const found = rows('transaction', [['mainline', 'is', 'T']], ['type', 'tranid', 'recordtype']);
    expect(found.map((row) => [row.type, row.values['type'], row.values['recordtype']])).toEqual([
      ['salesorder', [{ value: 'SalesOrd', text: 'Sales Order' }], 'salesorder'],
      ['salesorder', [{ value: 'SalesOrd', text: 'Sales Order' }], 'salesorder'],
      ['itemfulfillment', [{ value: 'ItemShip', text: 'Item Fulfillment' }], 'itemfulfillment'],
      ['journalentry', [{ value: 'Journal', text: 'Journal' }], 'journalentry'],
    ]);
  });

  test("['type','anyof',codes] picks types", () => {
    const found = rows(
      'transaction',
      [['mainline', 'is', 'T'], 'and', ['type', 'anyof', ['ItemShip', 'Journal']]],
      ['tranid'],
    );
    expect(found.map((row) => row.values['tranid'])).toEqual(['IF1', 'JE1']);
  });

  test('journal lines are not modelled: a line-level search reaching them throws', () => {
    expect(errorName(() => rows('transaction', [['type', 'anyof', 'Journal']]))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
  });
});

describe('transaction status', () => {
  test("filters take 'SalesOrd:B'; the column shows NetSuite's status id and getText the label", () => {
    const found = run(account, () =>
      search
        .create({
          type: 'transaction',
          filters: [['mainline', 'is', 'T'], 'and', ['status', 'anyof', 'SalesOrd:B', 'ItemShip:C']],
          columns: ['tranid', 'status'],
        })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => [r.getValue('tranid'), r.getValue('status'), r.getText('status')]),
    );
    expect(found).toEqual([
      ['SO1', 'pendingFulfillment', 'Pending Fulfillment'],
      ['IF1', 'shipped', 'Shipped'],
    ]);
  });

  test('statusref shows the same status id and label as a column', () => {
    const found = rows('salesorder', [['mainline', 'is', 'T']], ['statusref']);
    expect(found.map((row) => row.values['statusref'])).toEqual([
      [{ value: 'pendingFulfillment', text: 'Pending Fulfillment' }],
      [{ value: 'pendingApproval', text: 'Pending Approval' }],
    ]);
    expect(errorName(() => rows('salesorder', [['statusref', 'anyof', 'pendingApproval']]))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
  });

  test('status of a type whose status the records do not keep is not emulated', () => {
    expect(errorName(() => rows('journalentry', [['mainline', 'is', 'T']], ['status']))).toBe(
      'EMULATOR_NOT_EMULATED',
    );
    expect(
      errorName(() =>
        rows('transaction', [['mainline', 'is', 'T'], 'and', ['status', 'anyof', 'Journal:A']]),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
    expect(
      rows('transaction', [['mainline', 'is', 'T'], 'and', ['status', 'noneof', 'SalesOrd:B']]).map(
        (r) => r.id,
      ),
    ).toEqual([ids.so2, ids.fulfilment, ids.journal]);
  });
});

describe('joins', () => {
  test('customer.email and customermain.* follow entity to the customer', () => {
    const found = rows(
      'salesorder',
      [['mainline', 'is', 'T'], 'and', ['customer.email', 'is', 'ADA@example.com']],
      ['tranid', search.createColumn({ name: 'entityid', join: 'customermain' }), 'customer.email'],
    );
    expect(found).toEqual([
      {
        id: ids.so1,
        type: 'salesorder',
        values: {
          tranid: 'SO1',
          'customermain.entityid': 'Ada Lovelace',
          'customer.email': 'Ada@Example.com',
        },
      },
    ]);
  });

  test('createdfrom: the source transaction, its text "Sales Order #SO1", and fields through the join', () => {
    const found = rows(
      'itemfulfillment',
      [['mainline', 'is', 'T'], 'and', ['createdfrom.tranid', 'is', 'so1']],
      ['createdfrom', 'createdfrom.orderstatus', 'shipstatus'],
    );
    expect(found[0]?.values).toEqual({
      createdfrom: [{ value: ids.so1, text: 'Sales Order #SO1' }],
      'createdfrom.orderstatus': [{ value: 'B', text: 'Pending Fulfillment' }],
      shipstatus: [{ value: 'C', text: 'Shipped' }],
    });
  });

  test('item join on lines reaches item fields', () => {
    const found = rows(
      'salesorder',
      [...ITEM_LINES_ONLY, 'and', ['item.itemid', 'startswith', 'tee']],
      ['tranid', 'item.upccode'],
    );
    expect(found.map((row) => [row.values['tranid'], row.values['item.upccode']])).toEqual([
      ['SO1', '5000001'],
      ['SO2', '5000001'],
    ]);
  });
});
