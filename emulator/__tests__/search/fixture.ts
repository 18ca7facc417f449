// A small account for N/search's tests: a handful of record types written here with NetSuite's field ids, a
// RecordStore seeded with records, and a way to run code as a script execution with a governance meter.
import type { EmulatedAccount } from '../../src/account-api';
import type { GovernanceMeter, UsageBudget } from '../../src/governance';
import {
  computed,
  field,
  itemType,
  listSelect,
  recordType,
  select,
  sublist,
  transactionType,
} from '../../src/records/schema-dsl';
import { customRecordSchema } from '../../src/records/registry';
import { RecordStore } from '../../src/records/store';
import { SERVER_TIME_ZONE, instantOf } from '../../src/modules/datetime';
import type { FieldValue, RecordTypeSchema, SublistLine } from '../../src/records/types';
import { testAccount, thrown } from '../support/account';
import { runTestExecution } from '../support/execution';
import { testRegistry } from '../support/registry';

const itemLines = sublist('item', [
  select('item', 'item', 'Item'),
  field('quantity', 'float', 'Quantity'),
  field('rate', 'float', 'Rate'),
  field('amount', 'currency', 'Amount'),
  select('location', 'location', 'Location'),
  field('isclosed', 'checkbox', 'Closed'),
]);

const transactionBody = [
  field('tranid', 'text', 'Number'),
  field('trandate', 'date', 'Date'),
  field('memo', 'text', 'Memo'),
  select('entity', 'customer', 'Customer'),
  select('location', 'location', 'Location'),
  field('exchangerate', 'float', 'Exchange Rate'),
  computed('createdfrom', 'select', 'Created From', { selectType: 'transaction' }),
  computed('taxtotal', 'currency', 'Tax'),
  computed('total', 'currency', 'Total'),
  field('shippingcost', 'currency', 'Shipping Cost'),
  computed('lastmodifieddate', 'datetime', 'Last Modified'),
  field('custbody_pwi_shopify_order_id', 'text', 'Shopify Order Id'),
];

export const SCHEMAS: readonly RecordTypeSchema[] = [
  recordType({
    type: 'subsidiary',
    recordClass: 'other',
    externalIdGroup: 'subsidiary',
    nameField: 'name',
    fields: [field('name', 'text', 'Name')],
  }),
  recordType({
    type: 'location',
    recordClass: 'other',
    externalIdGroup: 'location',
    nameField: 'name',
    fields: [field('name', 'text', 'Name'), field('isinactive', 'checkbox', 'Inactive')],
  }),
  recordType({
    type: 'customer',
    recordClass: 'other',
    externalIdGroup: 'entity',
    nameField: 'entityid',
    fields: [
      field('entityid', 'text', 'ID'),
      field('companyname', 'text', 'Company'),
      field('email', 'email', 'Email'),
      field('isinactive', 'checkbox', 'Inactive'),
      select('subsidiary', 'subsidiary', 'Subsidiary'),
      field('datecreated', 'datetime', 'Date Created'),
      field('creditlimit', 'currency', 'Credit Limit'),
    ],
  }),
  itemType(
    'inventoryitem',
    [
      field('itemid', 'text', 'Name'),
      field('displayname', 'text', 'Display Name'),
      field('upccode', 'text', 'UPC'),
      field('isinactive', 'checkbox', 'Inactive'),
    ],
    [
      sublist('locations', [
        select('location', 'location', 'Location'),
        field('quantityonhand', 'float', 'On Hand'),
        field('quantitycommitted', 'float', 'Committed'),
        field('quantityavailable', 'float', 'Available'),
        field('quantityonorder', 'float', 'On Order'),
        field('quantitybackordered', 'float', 'Back Ordered'),
      ]),
    ],
  ),
  itemType(
    'kititem',
    [field('itemid', 'text', 'Name'), field('isinactive', 'checkbox', 'Inactive')],
    [sublist('member', [select('item', 'item', 'Item'), field('quantity', 'float', 'Quantity')])],
  ),
  itemType('serviceitem', [field('itemid', 'text', 'Name'), field('isinactive', 'checkbox', 'Inactive')]),
  transactionType(
    'salesorder',
    [
      ...transactionBody,
      listSelect('orderstatus', { A: 'Pending Approval', B: 'Pending Fulfillment' }, 'Status'),
    ],
    [itemLines],
  ),
  transactionType(
    'itemfulfillment',
    [...transactionBody, listSelect('shipstatus', { A: 'Picked', B: 'Packed', C: 'Shipped' })],
    [itemLines],
  ),
  transactionType(
    'journalentry',
    [field('tranid', 'text', 'Number'), field('trandate', 'date', 'Date')],
    [sublist('line', [field('debit', 'currency'), field('credit', 'currency')])],
  ),
  customRecordSchema('customrecord_pwi_channel', [
    field('custrecord_pwi_ch_code', 'text', 'Code'),
    select('custrecord_pwi_ch_subsidiary', 'subsidiary', 'Subsidiary'),
    select('custrecord_pwi_ch_kind', 'customlist_pwi_kind', 'Kind'),
    field('custrecord_pwi_ch_locations', 'multiselect', 'Locations', { selectType: 'location' }),
    field('custrecord_pwi_ch_since', 'datetime', 'Since'),
  ]),
];

export interface SearchAccount extends EmulatedAccount {
  /** Inserts a record straight into the store (no record rules), returning its internal id as a string. */
  add(type: string, fields: Record<string, FieldValue>, sublists?: Record<string, SublistLine[]>): string;
}

/** The filter expression for a transaction's item lines only (no main, tax, shipping or COGS lines). */
export const ITEM_LINES_ONLY = [
  ['mainline', 'is', 'F'],
  'and',
  ['taxline', 'is', 'F'],
  'and',
  ['shipping', 'is', 'F'],
  'and',
  ['cogs', 'is', 'F'],
];

/** A date field's value: midnight of that day on the server's Pacific calendar (as N/format reads dates). */
export function day(year: number, month: number, date: number): Date {
  return instantOf({ year, month, day: date, hour: 0, minute: 0, second: 0 }, SERVER_TIME_ZONE);
}

export function searchAccount(settings: Partial<EmulatedAccount['settings']> = {}): SearchAccount {
  const schemas = testRegistry(SCHEMAS);
  const store = new RecordStore((type) => schemas.schemaOf(type));
  const account = testAccount({
    store,
    schemas,
    customLists: new Map([
      [
        'customlist_pwi_kind',
        [
          { id: '1', scriptId: 'val_shopify', value: 'Shopify' },
          { id: '2', scriptId: 'val_pos', value: 'Point of Sale' },
        ],
      ],
    ]),
    settings: { dateFormat: 'D/M/YYYY', timeFormat: 'h:mm a', ...settings },
  });
  return Object.assign(account, {
    add(type: string, fields: Record<string, FieldValue>, sublists: Record<string, SublistLine[]> = {}) {
      return String(store.insert(type, fields, sublists));
    },
  });
}

/** Runs `body` as a RESTlet execution (or the given budget) and returns its result and the units it spent. */
export function runAs<T>(
  account: EmulatedAccount,
  body: () => T,
  budget: UsageBudget = 'restlet',
): { result: T; units: number; meter: GovernanceMeter } {
  const { result, meter } = runTestExecution(account, body, {
    scriptId: 'customscript_search_test',
    deploymentId: 'customdeploy_search_test',
    entryPoint: 'get',
    budget,
  });
  return { result, units: meter.used(), meter };
}

/** Runs `body` as a script and returns only its result. */
export function run<T>(account: EmulatedAccount, body: () => T): T {
  return runAs(account, body).result;
}

/** The NetSuite error name a call throws (SuiteScriptError name, or EMULATOR_NOT_EMULATED). */
export function errorName(body: () => unknown): string {
  return thrown(body).name;
}

/**
 * A shop: two locations, a subsidiary, customers, items with stock per location, a kit, sales orders (one in a
 * foreign currency) with lines, a fulfilment and a journal. Returns the internal ids by name.
 */
export function seedShop(account: SearchAccount) {
  const sub = account.add('subsidiary', { name: 'Brand UK Ltd' });
  const warehouse = account.add('location', { name: 'Warehouse', isinactive: false });
  const store = account.add('location', { name: 'shop floor', isinactive: false });
  const ada = account.add('customer', {
    entityid: 'Ada Lovelace',
    email: 'Ada@Example.com',
    isinactive: false,
    subsidiary: sub,
    externalid: 'shopify-UK-1001',
    datecreated: new Date('2026-03-01T09:30:00Z'),
    creditlimit: 500,
  });
  const bob = account.add('customer', {
    entityid: 'bob builder',
    email: 'bob@example.org',
    isinactive: true,
    subsidiary: sub,
    datecreated: new Date('2026-03-02T23:30:00Z'),
  });
  const cat = account.add('customer', { entityid: 'Cat', email: '', isinactive: false });
  const tee = account.add(
    'inventoryitem',
    { itemid: 'TEE-BLK-S', displayname: 'Tee Black S', upccode: '5000001', isinactive: false },
    {
      locations: [
        { location: warehouse, quantityonhand: 40, quantitycommitted: 5, quantityavailable: 35 },
        { location: store, quantityonhand: 3, quantitycommitted: 0, quantityavailable: 3 },
      ],
    },
  );
  const mug = account.add(
    'inventoryitem',
    { itemid: 'MUG-01', displayname: 'Mug', isinactive: false },
    { locations: [{ location: warehouse, quantityonhand: 0, quantitycommitted: 0, quantityavailable: 0 }] },
  );
  const kit = account.add(
    'kititem',
    { itemid: 'GIFT-SET', isinactive: false },
    {
      member: [
        { item: tee, quantity: 2 },
        { item: mug, quantity: 1 },
      ],
    },
  );
  const wrap = account.add('serviceitem', { itemid: 'gift wrap', isinactive: true });
  const so1 = account.add(
    'salesorder',
    {
      tranid: 'SO1',
      trandate: day(2026, 3, 5),
      entity: ada,
      location: warehouse,
      total: 60,
      taxtotal: 0,
      shippingcost: 0,
      orderstatus: 'B',
      externalid: 'UK-5001',
      custbody_pwi_shopify_order_id: '5001',
      lastmodifieddate: new Date('2026-03-05T14:05:00Z'),
    },
    {
      item: [
        { item: tee, quantity: 2, rate: 20, amount: 40, location: warehouse },
        { item: mug, quantity: 1, rate: 20, amount: 20, location: store },
      ],
    },
  );
  const so2 = account.add(
    'salesorder',
    {
      tranid: 'SO2',
      trandate: day(2026, 3, 7),
      entity: bob,
      location: store,
      total: 100,
      exchangerate: 1.25,
      taxtotal: 10,
      shippingcost: 5,
      orderstatus: 'A',
      custbody_pwi_shopify_order_id: '5002',
    },
    { item: [{ item: tee, quantity: 5, rate: 17, amount: 85, location: store }] },
  );
  const fulfilment = account.add(
    'itemfulfillment',
    {
      tranid: 'IF1',
      trandate: day(2026, 3, 6),
      entity: ada,
      createdfrom: so1,
      shipstatus: 'C',
    },
    { item: [{ item: tee, quantity: 2, location: warehouse }] },
  );
  const journal = account.add(
    'journalentry',
    { tranid: 'JE1', trandate: day(2026, 3, 8) },
    {
      line: [{ debit: 10 }, { credit: 10 }],
    },
  );
  const channelUk = account.add('customrecord_pwi_channel', {
    name: 'UK store',
    isinactive: false,
    custrecord_pwi_ch_code: 'UK',
    custrecord_pwi_ch_subsidiary: sub,
    custrecord_pwi_ch_kind: '1',
    custrecord_pwi_ch_locations: [warehouse, store],
    custrecord_pwi_ch_since: new Date('2026-01-15T10:00:00Z'),
  });
  const channelPos = account.add('customrecord_pwi_channel', {
    name: 'POS',
    isinactive: true,
    custrecord_pwi_ch_code: 'pos',
    custrecord_pwi_ch_kind: '2',
  });
  return {
    sub,
    warehouse,
    store,
    ada,
    bob,
    cat,
    tee,
    mug,
    kit,
    wrap,
    so1,
    so2,
    fulfilment,
    journal,
    channelUk,
    channelPos,
  };
}
