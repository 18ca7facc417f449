import { computed, field, listSelect, mandatory, recordType, select, sublist } from '../schema-dsl';
import type { RecordTypeSchema } from '../types';

// Setup records (class "other" for governance). Field ids follow NetSuite's Records Browser; external ids of
// these are unique per type, except accounts, which share the account group with tax accounts.

export const subsidiary: RecordTypeSchema = recordType({
  type: 'subsidiary',
  recordClass: 'other',
  externalIdGroup: 'subsidiary',
  nameField: 'name',
  fields: [
    mandatory('name', 'text', 'Name'),
    select('parent', 'subsidiary', 'Subsidiary Of'),
    mandatory('currency', 'select', 'Currency', { selectType: 'currency' }),
    field('country', 'text', 'Country'),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

export const location: RecordTypeSchema = recordType({
  type: 'location',
  recordClass: 'other',
  externalIdGroup: 'location',
  nameField: 'name',
  fields: [
    mandatory('name', 'text', 'Name'),
    select('parent', 'location', 'Sub-Location Of'),
    select('subsidiary', 'subsidiary', 'Subsidiary'),
    field('makeinventoryavailable', 'checkbox', 'Make Inventory Available', { defaultValue: true }),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

/** NetSuite's account types (accttype internal values). */
const ACCOUNT_TYPES = {
  Bank: 'Bank',
  AcctRec: 'Accounts Receivable',
  OthCurrAsset: 'Other Current Asset',
  FixedAsset: 'Fixed Asset',
  OthAsset: 'Other Asset',
  AcctPay: 'Accounts Payable',
  CredCard: 'Credit Card',
  OthCurrLiab: 'Other Current Liability',
  LongTermLiab: 'Long Term Liability',
  Equity: 'Equity',
  Income: 'Income',
  COGS: 'Cost of Goods Sold',
  Expense: 'Expense',
  OthIncome: 'Other Income',
  OthExpense: 'Other Expense',
  NonPosting: 'Non Posting',
  DeferRevenue: 'Deferred Revenue',
  DeferExpense: 'Deferred Expense',
  UnbilledRec: 'Unbilled Receivable',
  Stat: 'Statistical',
} as const;

export const account: RecordTypeSchema = recordType({
  type: 'account',
  recordClass: 'other',
  externalIdGroup: 'account',
  nameField: 'acctname',
  fields: [
    field('acctnumber', 'text', 'Number'),
    mandatory('acctname', 'text', 'Name'),
    listSelect('accttype', ACCOUNT_TYPES, 'Type', { mandatory: true }),
    select('currency', 'currency', 'Currency'),
    field('subsidiary', 'multiselect', 'Subsidiary', { selectType: 'subsidiary' }),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

export const currency: RecordTypeSchema = recordType({
  type: 'currency',
  recordClass: 'other',
  externalIdGroup: 'currency',
  nameField: 'name',
  fields: [
    mandatory('name', 'text', 'Name'),
    mandatory('symbol', 'text', 'ISO Code'),
    // Decimal places of amounts in this currency: 2 for USD/EUR/GBP, 0 for JPY.
    field('currencyprecision', 'integer', 'Currency Precision', { defaultValue: 2 }),
    field('exchangerate', 'float', 'Default Exchange Rate', { defaultValue: 1 }),
    field('isbasecurrency', 'checkbox', 'Is Base Currency', { defaultValue: false }),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

export const paymentmethod: RecordTypeSchema = recordType({
  type: 'paymentmethod',
  recordClass: 'other',
  externalIdGroup: 'paymentmethod',
  nameField: 'name',
  fields: [
    mandatory('name', 'text', 'Name'),
    select('account', 'account', 'Account'),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

export const pricelevel: RecordTypeSchema = recordType({
  type: 'pricelevel',
  recordClass: 'other',
  externalIdGroup: 'pricelevel',
  nameField: 'name',
  fields: [
    mandatory('name', 'text', 'Name'),
    field('discountpct', 'percent', 'Markup/Discount %'),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

/**
 * Legacy tax codes. `rate` is a percent held as a number (20 for 20 %). Tax codes are items in NetSuite, so
 * their internal ids and external ids live in the item group.
 */
export const salestaxitem: RecordTypeSchema = recordType({
  type: 'salestaxitem',
  recordClass: 'other',
  externalIdGroup: 'item',
  nameField: 'itemid',
  fields: [
    mandatory('itemid', 'text', 'Tax Name'),
    mandatory('rate', 'percent', 'Rate'),
    field('description', 'text', 'Description'),
    select('taxaccount', 'account', 'Tax Account'),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
});

/** A tax group charges the sum of its member codes' rates; `rate` is computed on save. */
export const taxgroup: RecordTypeSchema = recordType({
  type: 'taxgroup',
  recordClass: 'other',
  externalIdGroup: 'item',
  nameField: 'itemid',
  fields: [
    mandatory('itemid', 'text', 'Tax Name'),
    computed('rate', 'percent', 'Rate'),
    field('description', 'text', 'Description'),
    field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
  ],
  sublists: [
    sublist('taxitem', [
      mandatory('taxname', 'select', 'Tax Code', { selectType: 'salestaxitem' }),
      computed('rate', 'percent', 'Rate'),
    ]),
  ],
});

/** Segments: departments and classes (record type id 'classification'). */
function segment(type: string): RecordTypeSchema {
  return recordType({
    type,
    recordClass: 'other',
    externalIdGroup: type,
    nameField: 'name',
    fields: [
      mandatory('name', 'text', 'Name'),
      select('parent', type, 'Subsidiary Of'),
      field('subsidiary', 'multiselect', 'Subsidiary', { selectType: 'subsidiary' }),
      field('isinactive', 'checkbox', 'Inactive', { defaultValue: false }),
    ],
  });
}

export const department: RecordTypeSchema = segment('department');
export const classification: RecordTypeSchema = segment('classification');

export const SETUP_SCHEMAS: readonly RecordTypeSchema[] = [
  department,
  classification,
  subsidiary,
  location,
  account,
  currency,
  paymentmethod,
  pricelevel,
  salestaxitem,
  taxgroup,
];
