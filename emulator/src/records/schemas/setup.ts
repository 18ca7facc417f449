import { computed, field, inactive, listSelect, mandatory, recordType, select, sublist } from '../schema-dsl';
import type { FieldSchema, RecordTypeSchema } from '../types';

// Setup records (class "other" for governance). Field ids follow NetSuite's Records Browser; external ids of
// these are unique per type, except accounts, which share the account group with tax accounts.

/** A setup type named by a mandatory Name, with external ids unique within the type, and an Inactive box. */
function namedType(type: string, fields: readonly FieldSchema[]): RecordTypeSchema {
  return recordType({
    type,
    recordClass: 'other',
    externalIdGroup: type,
    nameField: 'name',
    fields: [mandatory('name', 'text', 'Name'), ...fields, inactive],
  });
}

export const subsidiary: RecordTypeSchema = namedType('subsidiary', [
  select('parent', 'subsidiary', 'Subsidiary Of'),
  mandatory('currency', 'select', 'Currency', { selectType: 'currency' }),
  field('country', 'text', 'Country'),
]);

export const location: RecordTypeSchema = namedType('location', [
  select('parent', 'location', 'Sub-Location Of'),
  select('subsidiary', 'subsidiary', 'Subsidiary'),
  field('makeinventoryavailable', 'checkbox', 'Make Inventory Available', { defaultValue: true }),
]);

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
    inactive,
  ],
});

export const currency: RecordTypeSchema = namedType('currency', [
  mandatory('symbol', 'text', 'ISO Code'),
  // Decimal places of amounts in this currency: 2 for USD/EUR/GBP, 0 for JPY.
  field('currencyprecision', 'integer', 'Currency Precision', { defaultValue: 2 }),
  field('exchangerate', 'float', 'Default Exchange Rate', { defaultValue: 1 }),
  field('isbasecurrency', 'checkbox', 'Is Base Currency', { defaultValue: false }),
]);

export const paymentmethod: RecordTypeSchema = namedType('paymentmethod', [
  select('account', 'account', 'Account'),
]);

export const pricelevel: RecordTypeSchema = namedType('pricelevel', [
  field('discountpct', 'percent', 'Markup/Discount %'),
]);

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
    inactive,
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
    inactive,
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
  return namedType(type, [
    select('parent', type, 'Subsidiary Of'),
    field('subsidiary', 'multiselect', 'Subsidiary', { selectType: 'subsidiary' }),
  ]);
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
