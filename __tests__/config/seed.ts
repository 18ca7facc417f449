/**
 * A small account for the configuration, customer, exception and health tests: two subsidiaries and currencies,
 * items for shipping/discount/tips, tax codes, a generic customer, and three channels — UK complete (with tax,
 * SKU, bundle and route configuration), US generic-customer, and BROKEN with settings missing.
 */
import * as path from 'node:path';
import { Account } from '../../emulator/src/account';
import type { Seed, SeedRecord } from '../../emulator/src/seed';

export const PROJECT = path.join(__dirname, '..', '..');

/** Custom list values get internal ids 1, 2, ... in Objects XML order. */
export const LIST = {
  salesOrder: '1',
  cashSale: '2',
  perShopper: '1',
  generic: '2',
  tag: '1',
  country: '2',
  postcode: '3',
  stock: '4',
} as const;

const records: SeedRecord[] = [
  {
    type: 'currency',
    key: 'gbp',
    fields: {
      name: 'British Pound',
      symbol: 'GBP',
      currencyprecision: 2,
      isbasecurrency: true,
      exchangerate: 1,
    },
  },
  {
    type: 'currency',
    key: 'usd',
    fields: { name: 'US Dollar', symbol: 'USD', currencyprecision: 2, exchangerate: 0.79 },
  },
  { type: 'subsidiary', key: 'sub-uk', fields: { name: 'Brand UK Ltd', currency: '@gbp', country: 'GB' } },
  {
    type: 'subsidiary',
    key: 'sub-us',
    fields: { name: 'Brand Inc', parent: '@sub-uk', currency: '@usd', country: 'US' },
  },
  {
    type: 'location',
    key: 'wh',
    fields: { name: 'Leeds Warehouse', subsidiary: '@sub-uk', makeinventoryavailable: true },
  },
  {
    type: 'location',
    key: 'shop',
    fields: { name: 'London Shop', subsidiary: '@sub-uk', makeinventoryavailable: true },
  },
  {
    type: 'account',
    key: 'income',
    fields: { acctnumber: '4000', acctname: 'Sales', accttype: 'Income', subsidiary: ['@sub-uk', '@sub-us'] },
  },
  {
    type: 'account',
    key: 'vat',
    fields: { acctnumber: '2200', acctname: 'VAT', accttype: 'OthCurrLiab', subsidiary: ['@sub-uk'] },
  },
  { type: 'salestaxitem', key: 'vat20', fields: { itemid: 'VAT:S-GB', rate: 20, taxaccount: '@vat' } },
  { type: 'salestaxitem', key: 'vat0', fields: { itemid: 'VAT:Z-GB', rate: 0, taxaccount: '@vat' } },
  {
    type: 'otherchargeitem',
    key: 'ship',
    fields: {
      itemid: 'SHIPPING',
      subsidiary: ['@sub-uk', '@sub-us'],
      includechildren: true,
      incomeaccount: '@income',
    },
  },
  {
    type: 'discountitem',
    key: 'disc',
    fields: {
      itemid: 'DISCOUNT',
      subsidiary: ['@sub-uk', '@sub-us'],
      includechildren: true,
      account: '@income',
    },
  },
  {
    type: 'otherchargeitem',
    key: 'tip',
    fields: {
      itemid: 'TIP',
      subsidiary: ['@sub-uk', '@sub-us'],
      includechildren: true,
      incomeaccount: '@income',
    },
  },
  {
    type: 'otherchargeitem',
    key: 'tee',
    fields: {
      itemid: 'TEE-BLK-S',
      subsidiary: ['@sub-uk', '@sub-us'],
      includechildren: true,
      incomeaccount: '@income',
    },
  },
  {
    type: 'otherchargeitem',
    key: 'sock',
    fields: {
      itemid: 'SOCK-BLK',
      subsidiary: ['@sub-uk', '@sub-us'],
      includechildren: true,
      incomeaccount: '@income',
    },
  },
  {
    type: 'employee',
    key: 'emp-integration',
    fields: {
      entityid: 'Patchworks Integration',
      firstname: 'Patchworks',
      lastname: 'Integration',
      subsidiary: '@sub-uk',
    },
  },
  {
    type: 'customer',
    key: 'guest-uk',
    fields: {
      entityid: 'UK Guest',
      companyname: 'UK Guest Checkouts',
      isperson: 'F',
      subsidiary: '@sub-uk',
      currency: '@gbp',
    },
  },
  {
    type: 'customer',
    key: 'guest-us',
    fields: {
      entityid: 'US Guest',
      companyname: 'US Guest Checkouts',
      isperson: 'F',
      subsidiary: '@sub-us',
      currency: '@usd',
    },
  },
  {
    type: 'customer',
    key: 'eleanor',
    fields: {
      entityid: 'Eleanor Shaw',
      isperson: 'T',
      firstname: 'Eleanor',
      lastname: 'Shaw',
      email: 'eleanor.shaw@example.co.uk',
      subsidiary: '@sub-uk',
      currency: '@gbp',
    },
  },
  {
    type: 'customrecord_pwi_channel',
    key: 'ch-uk',
    fields: {
      name: 'Shopify UK',
      custrecord_pwi_ch_code: 'UK',
      custrecord_pwi_ch_shop_domain: 'brand-uk.myshopify.com',
      custrecord_pwi_ch_subsidiary: '@sub-uk',
      custrecord_pwi_ch_currency: '@gbp',
      custrecord_pwi_ch_location: '@wh',
      custrecord_pwi_ch_order_type: LIST.salesOrder,
      custrecord_pwi_ch_type_by_status: 'paid=Cash Sale',
      custrecord_pwi_ch_customer_mode: LIST.perShopper,
      custrecord_pwi_ch_generic_customer: '@guest-uk',
      custrecord_pwi_ch_shipping_item: '@ship',
      custrecord_pwi_ch_discount_item: '@disc',
      custrecord_pwi_ch_giftcard_pay_item: '@ship',
      custrecord_pwi_ch_tip_item: '@tip',
      custrecord_pwi_ch_tax_code: '@vat20',
      custrecord_pwi_ch_zero_tax_code: '@vat0',
      custrecord_pwi_ch_sku_field: 'itemid',
    },
  },
  {
    type: 'customrecord_pwi_channel',
    key: 'ch-us',
    fields: {
      name: 'Shopify US',
      custrecord_pwi_ch_code: 'US',
      custrecord_pwi_ch_subsidiary: '@sub-us',
      custrecord_pwi_ch_currency: '@usd',
      custrecord_pwi_ch_location: '@wh',
      custrecord_pwi_ch_order_type: LIST.cashSale,
      custrecord_pwi_ch_customer_mode: LIST.generic,
      custrecord_pwi_ch_generic_customer: '@guest-us',
      custrecord_pwi_ch_shipping_item: '@ship',
      custrecord_pwi_ch_discount_item: '@disc',
      custrecord_pwi_ch_giftcard_pay_item: '@ship',
      custrecord_pwi_ch_tip_item: '@tip',
      custrecord_pwi_ch_tax_code: '@vat0',
      custrecord_pwi_ch_zero_tax_code: '@vat0',
    },
  },
  {
    type: 'customrecord_pwi_channel',
    key: 'ch-broken',
    fields: {
      name: 'Half-configured EU store',
      custrecord_pwi_ch_code: 'EU',
      custrecord_pwi_ch_subsidiary: '@sub-uk',
      custrecord_pwi_ch_customer_mode: LIST.perShopper,
      custrecord_pwi_ch_shipping_item: '@ship',
    },
  },
  {
    type: 'customrecord_pwi_tax_map',
    fields: {
      name: 'UK VAT',
      custrecord_pwi_tm_channel: '@ch-uk',
      custrecord_pwi_tm_title: 'GB VAT',
      custrecord_pwi_tm_rate: '20%',
      custrecord_pwi_tm_tax_code: '@vat20',
    },
  },
  {
    type: 'customrecord_pwi_sku_map',
    fields: {
      name: 'Legacy tee',
      custrecord_pwi_sm_channel: '@ch-uk',
      custrecord_pwi_sm_sku: 'OLD-TEE',
      custrecord_pwi_sm_item: '@tee',
    },
  },
  {
    type: 'customrecord_pwi_bundle_map',
    fields: {
      name: 'Duo 1',
      custrecord_pwi_bm_channel: '@ch-uk',
      custrecord_pwi_bm_sku: 'DUO',
      custrecord_pwi_bm_item: '@tee',
      custrecord_pwi_bm_quantity: 1,
      custrecord_pwi_bm_sequence: 1,
    },
  },
  {
    type: 'customrecord_pwi_bundle_map',
    fields: {
      name: 'Duo 2',
      custrecord_pwi_bm_channel: '@ch-uk',
      custrecord_pwi_bm_sku: 'DUO',
      custrecord_pwi_bm_item: '@sock',
      custrecord_pwi_bm_quantity: 2,
      custrecord_pwi_bm_sequence: 2,
    },
  },
  {
    type: 'customrecord_pwi_route_rule',
    fields: {
      name: 'Collect',
      custrecord_pwi_rr_channel: '@ch-uk',
      custrecord_pwi_rr_sequence: 10,
      custrecord_pwi_rr_kind: LIST.tag,
      custrecord_pwi_rr_match: 'click-and-collect',
      custrecord_pwi_rr_location: '@shop',
    },
  },
  {
    type: 'customrecord_pwi_route_rule',
    fields: {
      name: 'Stock 1',
      custrecord_pwi_rr_channel: '@ch-uk',
      custrecord_pwi_rr_sequence: 20,
      custrecord_pwi_rr_kind: LIST.stock,
      custrecord_pwi_rr_location: '@wh',
    },
  },
  {
    type: 'customrecord_pwi_route_rule',
    fields: {
      name: 'Stock 2',
      custrecord_pwi_rr_channel: '@ch-uk',
      custrecord_pwi_rr_sequence: 30,
      custrecord_pwi_rr_kind: LIST.stock,
      custrecord_pwi_rr_location: '@shop',
    },
  },
];

export function testSeed(overrides: Partial<Seed> = {}): Seed {
  return {
    accountId: 'TSTDRV0000001',
    secrets: { custsecret_pwi_outbound_signing: 'f'.repeat(64) },
    records,
    ...overrides,
  };
}

export function deploy(overrides: Partial<Seed> = {}): Account {
  return Account.deploy(PROJECT, { seed: testSeed(overrides) });
}

export function body<T>(response: { body: string }): T {
  return JSON.parse(response.body) as T;
}
