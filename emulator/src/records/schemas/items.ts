import { computed, field, inactive, itemType, mandatory, select, sublist } from '../schema-dsl';
import type { FieldSchema, RecordTypeSchema, SublistSchema } from '../types';

// Items share one internal-id and external-id group. Class "other" for governance.

const itemCommon: readonly FieldSchema[] = [
  mandatory('itemid', 'text', 'Item Name/Number'),
  field('displayname', 'text', 'Display Name/Code'),
  field('salesdescription', 'textarea', 'Sales Description'),
  field('upccode', 'text', 'UPC Code'),
  inactive,
  field('subsidiary', 'multiselect', 'Subsidiary', { selectType: 'subsidiary' }),
  field('includechildren', 'checkbox', 'Include Children', { defaultValue: false }),
  computed('created', 'datetime', 'Date Created'),
  computed('lastmodifieddate', 'datetime', 'Last Modified'),
];

const incomeAccount = select('incomeaccount', 'account', 'Income Account');

/**
 * Per-location stock, kept by the record layer (inventory.ts) as fulfilments, receipts, adjustments, transfers
 * and sales orders save. Read-only to scripts. Item searches expose these as inventorylocation and
 * locationquantity* columns, so the field ids here must stay as they are.
 */
const locations: SublistSchema = sublist('locations', [
  computed('location', 'select', 'Location', { selectType: 'location' }),
  computed('quantityonhand', 'float', 'On Hand'),
  computed('quantitycommitted', 'float', 'Committed'),
  computed('quantityavailable', 'float', 'Available'),
  computed('quantityonorder', 'float', 'On Order'),
  computed('quantitybackordered', 'float', 'Back Ordered'),
]);

export const inventoryitem: RecordTypeSchema = itemType(
  'inventoryitem',
  [
    ...itemCommon,
    incomeAccount,
    select('cogsaccount', 'account', 'COGS Account'),
    select('assetaccount', 'account', 'Asset Account'),
    field('cost', 'currency', 'Purchase Price'),
    // Totals over all locations, kept with the locations sublist.
    computed('quantityonhand', 'float', 'On Hand'),
    computed('quantityavailable', 'float', 'Available'),
    computed('quantitycommitted', 'float', 'Committed'),
    computed('quantitybackordered', 'float', 'Back Ordered'),
    computed('quantityonorder', 'float', 'On Order'),
  ],
  [locations],
);

/** A kit has no stock of its own: its members' stock moves when the kit is sold and fulfilled. */
export const kititem: RecordTypeSchema = itemType(
  'kititem',
  [...itemCommon, incomeAccount],
  [
    sublist('member', [
      mandatory('item', 'select', 'Item', { selectType: 'item' }),
      mandatory('quantity', 'float', 'Quantity'),
      field('memberdescr', 'text', 'Description'),
    ]),
  ],
);

/** Non-inventory item for sale. isfulfillable: "Can be Fulfilled/Received" (lines then go on fulfilments). */
export const noninventoryitem: RecordTypeSchema = itemType('noninventoryitem', [
  ...itemCommon,
  incomeAccount,
  field('isfulfillable', 'checkbox', 'Can be Fulfilled', { defaultValue: false }),
]);

export const serviceitem: RecordTypeSchema = itemType('serviceitem', [...itemCommon, incomeAccount]);

export const otherchargeitem: RecordTypeSchema = itemType('otherchargeitem', [...itemCommon, incomeAccount]);

/** A discount item; on a transaction line its rate is the (negative) amount of the discount. */
export const discountitem: RecordTypeSchema = itemType('discountitem', [
  ...itemCommon,
  select('account', 'account', 'Account'),
  field('rate', 'currency', 'Rate'),
]);

export const giftcertificateitem: RecordTypeSchema = itemType('giftcertificateitem', [
  ...itemCommon,
  select('liabilityaccount', 'account', 'Liability Account'),
]);

/** Shipping methods (the shipmethod body field of sales transactions points here). */
export const shipitem: RecordTypeSchema = itemType('shipitem', [
  ...itemCommon,
  field('description', 'text', 'Description'),
]);

export const ITEM_SCHEMAS: readonly RecordTypeSchema[] = [
  inventoryitem,
  kititem,
  noninventoryitem,
  serviceitem,
  otherchargeitem,
  discountitem,
  giftcertificateitem,
  shipitem,
];

/** Item types that may appear on a transaction's item sublist (the 'item' select group). */
export const SALE_ITEM_TYPES: readonly string[] = [
  'inventoryitem',
  'kititem',
  'noninventoryitem',
  'serviceitem',
  'otherchargeitem',
  'discountitem',
  'giftcertificateitem',
];

/** NetSuite's itemtype values on transaction lines, by item record type. */
export const LINE_ITEM_TYPE: Readonly<Record<string, string>> = {
  inventoryitem: 'InvtPart',
  kititem: 'Kit',
  noninventoryitem: 'NonInvtPart',
  serviceitem: 'Service',
  otherchargeitem: 'OthCharge',
  discountitem: 'Discount',
  giftcertificateitem: 'GiftCert',
};
