/**
 * A small account for the order tests: UK (GBP, VAT included) and US (USD, tax on top) channels, the items the
 * Shopify fixtures sell (one a NetSuite kit, one sold through a bundle map), tax codes, two warehouses with stock
 * and one known customer. Written here in NetSuite's vocabulary, as the emulator's seed format takes it.
 */
import type { Seed, SeedRecord } from '../../emulator/src/seed';

const item = (key: string, itemid: string, displayname: string): SeedRecord => ({
  type: 'inventoryitem',
  key,
  fields: {
    itemid,
    displayname,
    subsidiary: ['@sub-uk', '@sub-us'],
    includechildren: true,
    incomeaccount: '@acct-sales',
    cogsaccount: '@acct-cogs',
    assetaccount: '@acct-inventory',
  },
});

const charge = (key: string, itemid: string): SeedRecord => ({
  type: 'otherchargeitem',
  key,
  fields: { itemid, subsidiary: ['@sub-uk', '@sub-us'], includechildren: true, incomeaccount: '@acct-sales' },
});

const account = (key: string, acctnumber: string, acctname: string, accttype: string): SeedRecord => ({
  type: 'account',
  key,
  fields: { acctnumber, acctname, accttype, subsidiary: ['@sub-uk', '@sub-us'] },
});

export const ORDER_SEED: Seed = {
  accountId: 'TSTDRV-ORDERS',
  settings: { timeZone: 'Europe/London', concurrencyLimit: 5, defaultLogLevel: 'DEBUG' },
  records: [
    {
      type: 'currency',
      key: 'cur-gbp',
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
      key: 'cur-usd',
      fields: { name: 'US Dollar', symbol: 'USD', currencyprecision: 2, exchangerate: 0.79 },
    },
    {
      type: 'subsidiary',
      key: 'sub-uk',
      fields: { name: 'Hartley & Rowe Ltd', currency: '@cur-gbp', country: 'GB' },
    },
    {
      type: 'subsidiary',
      key: 'sub-us',
      fields: { name: 'Hartley & Rowe Inc', parent: '@sub-uk', currency: '@cur-usd', country: 'US' },
    },
    account('acct-sales', '4000', 'Sales', 'Income'),
    account('acct-cogs', '5000', 'Cost of Sales', 'COGS'),
    account('acct-inventory', '1300', 'Inventory', 'OthCurrAsset'),
    account('acct-adjust', '5100', 'Stock Adjustments', 'Expense'),
    account('acct-tax', '2200', 'Sales Tax and VAT', 'OthCurrLiab'),
    {
      type: 'location',
      key: 'loc-leeds',
      fields: { name: 'Leeds Warehouse', subsidiary: '@sub-uk', makeinventoryavailable: true },
    },
    {
      type: 'location',
      key: 'loc-belfast',
      fields: { name: 'Belfast Store', subsidiary: '@sub-uk', makeinventoryavailable: true },
    },
    {
      type: 'location',
      key: 'loc-nj',
      fields: { name: 'New Jersey 3PL', subsidiary: '@sub-us', makeinventoryavailable: true },
    },
    {
      type: 'salestaxitem',
      key: 'tax-vat20',
      fields: { itemid: 'VAT:S-GB', rate: 20, taxaccount: '@acct-tax' },
    },
    {
      type: 'salestaxitem',
      key: 'tax-zero',
      fields: { itemid: 'VAT:Z-GB', rate: 0, taxaccount: '@acct-tax' },
    },
    {
      type: 'salestaxitem',
      key: 'tax-us',
      fields: { itemid: 'US-AS-SENT', rate: 0, taxaccount: '@acct-tax' },
    },
    item('item-shirt-lin-m', 'SHIRT-LIN-M', 'Linen Shirt M'),
    item('item-shirt-lin-l', 'SHIRT-LIN-L', 'Linen Shirt L'),
    item('item-tote', 'TOTE-CNV', 'Canvas Tote'),
    item('item-oxford', 'SHIRT-OXF-L', 'Oxford Shirt L'),
    item('item-sock', 'SOCK-WOOL', 'Wool Socks'),
    item('item-scarf', 'SCARF-MER', 'Merino Scarf'),
    item('item-belt', 'BELT-LTH', 'Leather Belt'),
    {
      type: 'kititem',
      key: 'item-kit-travel',
      fields: {
        itemid: 'KIT-TRAVEL',
        displayname: 'Travel Kit',
        subsidiary: ['@sub-uk', '@sub-us'],
        includechildren: true,
        incomeaccount: '@acct-sales',
      },
      sublists: {
        member: [
          { item: '@item-tote', quantity: 1 },
          { item: '@item-sock', quantity: 2 },
        ],
      },
    },
    charge('item-shipping', 'SHOPIFY-SHIPPING'),
    charge('item-tip', 'SHOPIFY-TIP'),
    charge('item-giftcard-payment', 'SHOPIFY-GIFT-CARD-PAYMENT'),
    {
      type: 'discountitem',
      key: 'item-discount',
      fields: {
        itemid: 'SHOPIFY-DISCOUNT',
        subsidiary: ['@sub-uk', '@sub-us'],
        includechildren: true,
        account: '@acct-sales',
      },
    },
    {
      type: 'inventoryadjustment',
      key: 'opening-stock',
      fields: {
        subsidiary: '@sub-uk',
        account: '@acct-adjust',
        trandate: '2026-01-04',
        memo: 'Opening stock',
      },
      sublists: {
        inventory: [
          { item: '@item-shirt-lin-m', location: '@loc-leeds', adjustqtyby: 20, unitcost: 9 },
          { item: '@item-tote', location: '@loc-leeds', adjustqtyby: 1, unitcost: 4 },
          { item: '@item-tote', location: '@loc-belfast', adjustqtyby: 10, unitcost: 4 },
          { item: '@item-shirt-lin-m', location: '@loc-belfast', adjustqtyby: 5, unitcost: 9 },
          { item: '@item-sock', location: '@loc-belfast', adjustqtyby: 10, unitcost: 1 },
        ],
      },
    },
    {
      type: 'inventoryadjustment',
      key: 'opening-stock-us',
      fields: {
        subsidiary: '@sub-us',
        account: '@acct-adjust',
        trandate: '2026-01-04',
        memo: 'Opening stock US',
      },
      sublists: {
        inventory: [
          { item: '@item-oxford', location: '@loc-nj', adjustqtyby: 10, unitcost: 12 },
          { item: '@item-sock', location: '@loc-nj', adjustqtyby: 30, unitcost: 1 },
        ],
      },
    },
    {
      type: 'customer',
      key: 'cust-olivia',
      fields: {
        entityid: 'Olivia Hughes',
        isperson: 'T',
        firstname: 'Olivia',
        lastname: 'Hughes',
        email: 'olivia.hughes@example.co.uk',
        externalid: 'pwi:uk:customer:115310627314723954',
        subsidiary: '@sub-uk',
        currency: '@cur-gbp',
      },
    },
    {
      type: 'customrecord_pwi_channel',
      key: 'channel-uk',
      fields: {
        name: 'Shopify UK',
        custrecord_pwi_ch_code: 'UK',
        custrecord_pwi_ch_subsidiary: '@sub-uk',
        custrecord_pwi_ch_currency: '@cur-gbp',
        custrecord_pwi_ch_location: '@loc-leeds',
        custrecord_pwi_ch_giftcard_pay_item: '@item-giftcard-payment',
        custrecord_pwi_ch_order_type: '1',
        custrecord_pwi_ch_customer_mode: '1',
        custrecord_pwi_ch_shipping_item: '@item-shipping',
        custrecord_pwi_ch_discount_item: '@item-discount',
        custrecord_pwi_ch_tip_item: '@item-tip',
        custrecord_pwi_ch_tax_code: '@tax-vat20',
        custrecord_pwi_ch_zero_tax_code: '@tax-zero',
        custrecord_pwi_ch_sku_field: 'itemid',
      },
    },
    {
      type: 'customrecord_pwi_channel',
      key: 'channel-us',
      fields: {
        name: 'Shopify US',
        custrecord_pwi_ch_code: 'US',
        custrecord_pwi_ch_subsidiary: '@sub-us',
        custrecord_pwi_ch_currency: '@cur-usd',
        custrecord_pwi_ch_location: '@loc-nj',
        custrecord_pwi_ch_order_type: '2',
        custrecord_pwi_ch_customer_mode: '1',
        custrecord_pwi_ch_shipping_item: '@item-shipping',
        custrecord_pwi_ch_discount_item: '@item-discount',
        custrecord_pwi_ch_tip_item: '@item-tip',
        custrecord_pwi_ch_tax_code: '@tax-us',
        custrecord_pwi_ch_zero_tax_code: '@tax-us',
        custrecord_pwi_ch_sku_field: 'itemid',
      },
    },
    {
      type: 'customrecord_pwi_tax_map',
      key: 'tm-uk-vat',
      fields: {
        name: 'UK VAT 20%',
        custrecord_pwi_tm_channel: '@channel-uk',
        custrecord_pwi_tm_title: 'VAT',
        custrecord_pwi_tm_rate: '0.2',
        custrecord_pwi_tm_tax_code: '@tax-vat20',
      },
    },
    {
      type: 'customrecord_pwi_tax_map',
      key: 'tm-us-state',
      fields: {
        name: 'US NY state',
        custrecord_pwi_tm_channel: '@channel-us',
        custrecord_pwi_tm_title: 'NY State Tax',
        custrecord_pwi_tm_tax_code: '@tax-us',
      },
    },
    {
      type: 'customrecord_pwi_tax_map',
      key: 'tm-us-city',
      fields: {
        name: 'US NYC',
        custrecord_pwi_tm_channel: '@channel-us',
        custrecord_pwi_tm_title: 'New York City Tax',
        custrecord_pwi_tm_tax_code: '@tax-us',
      },
    },
    {
      type: 'customrecord_pwi_bundle_map',
      key: 'bm-gift-1',
      fields: {
        name: 'GIFTSET-01 shirt',
        custrecord_pwi_bm_channel: '@channel-uk',
        custrecord_pwi_bm_sku: 'GIFTSET-01',
        custrecord_pwi_bm_item: '@item-shirt-lin-m',
        custrecord_pwi_bm_quantity: 1,
        custrecord_pwi_bm_sequence: 1,
      },
    },
    {
      type: 'customrecord_pwi_bundle_map',
      key: 'bm-gift-2',
      fields: {
        name: 'GIFTSET-01 tote',
        custrecord_pwi_bm_channel: '@channel-uk',
        custrecord_pwi_bm_sku: 'GIFTSET-01',
        custrecord_pwi_bm_item: '@item-tote',
        custrecord_pwi_bm_quantity: 1,
        custrecord_pwi_bm_sequence: 2,
      },
    },
  ] satisfies SeedRecord[],
  parameters: { customdeploy_pwi_order_rl: { custscript_pwi_order_default_channel: 'UK' } },
};
