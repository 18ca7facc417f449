import type { EmulatedAccount } from '../account-api';
import type { RecordTypeSchema, StoredRecord } from '../records/types';

/**
 * What searches know about record types beyond their schemas: the families a search type spans, and the type
 * codes NetSuite's `type` column answers with (the values scripts filter on, e.g. ['type','anyof','SalesOrd']).
 */
export type SearchFamily = 'transaction' | 'item' | 'entity' | 'record';

/** Transaction type codes and labels (transaction search `type` column: value / text). */
export const TRANSACTION_TYPE_CODES: Readonly<Record<string, readonly [code: string, label: string]>> = {
  salesorder: ['SalesOrd', 'Sales Order'],
  cashsale: ['CashSale', 'Cash Sale'],
  invoice: ['CustInvc', 'Invoice'],
  returnauthorization: ['RtnAuth', 'Return Authorization'],
  creditmemo: ['CustCred', 'Credit Memo'],
  cashrefund: ['CashRfnd', 'Cash Refund'],
  customerrefund: ['CustRfnd', 'Customer Refund'],
  customerpayment: ['CustPymt', 'Payment'],
  customerdeposit: ['CustDep', 'Customer Deposit'],
  itemfulfillment: ['ItemShip', 'Item Fulfillment'],
  itemreceipt: ['ItemRcpt', 'Item Receipt'],
  inventoryadjustment: ['InvAdjst', 'Inventory Adjustment'],
  inventorytransfer: ['InvTrnfr', 'Inventory Transfer'],
  journalentry: ['Journal', 'Journal'],
  estimate: ['Estimate', 'Quote'],
  purchaseorder: ['PurchOrd', 'Purchase Order'],
  transferorder: ['TrnfrOrd', 'Transfer Order'],
  vendorbill: ['VendBill', 'Bill'],
  deposit: ['Deposit', 'Deposit'],
};

/** Item type codes and labels (item search `type` column). */
export const ITEM_TYPE_CODES: Readonly<Record<string, readonly [code: string, label: string]>> = {
  inventoryitem: ['InvtPart', 'Inventory Item'],
  kititem: ['Kit', 'Kit/Package'],
  noninventoryitem: ['NonInvtPart', 'Non-inventory Item'],
  otherchargeitem: ['OthCharge', 'Other Charge'],
  discountitem: ['Discount', 'Discount'],
  giftcertificateitem: ['GiftCert', 'Gift Certificate'],
  serviceitem: ['Service', 'Service'],
  assemblyitem: ['Assembly', 'Assembly/Bill of Materials'],
  itemgroup: ['Group', 'Item Group'],
  markupitem: ['Markup', 'Markup'],
  paymentitem: ['Payment', 'Payment'],
  subtotalitem: ['Subtotal', 'Subtotal'],
  descriptionitem: ['Description', 'Description'],
  downloaditem: ['DwnLdItem', 'Download Item'],
};

/** Item types whose lines carry inventory cost, so a posting transaction has COGS lines for them. */
export const INVENTORY_COSTED_ITEM_TYPES: ReadonlySet<string> = new Set([
  'inventoryitem',
  'assemblyitem',
  'kititem',
  'lotnumberedinventoryitem',
  'serializedinventoryitem',
  'lotnumberedassemblyitem',
  'serializedassemblyitem',
]);

export function familyOfSchema(schema: RecordTypeSchema): SearchFamily {
  if (schema.recordClass === 'transaction') return 'transaction';
  if (schema.externalIdGroup === 'item') return 'item';
  if (schema.externalIdGroup === 'entity') return 'entity';
  return 'record';
}

function allSchemas(account: EmulatedAccount): RecordTypeSchema[] {
  return account.schemas.types().map((type) => account.schemas.schemaOf(type));
}

/**
 * The record types a search type covers: itself, or for the generic types 'transaction', 'item' and 'entity'
 * every registered type of that family. An unknown type is the registry's error.
 */
export function schemasOfSearchType(
  account: EmulatedAccount,
  searchType: string,
): { family: SearchFamily; schemas: RecordTypeSchema[] } {
  const lower = searchType.toLowerCase();
  if (lower === 'transaction' || lower === 'item' || lower === 'entity') {
    if (!account.schemas.has(lower)) {
      const schemas = allSchemas(account).filter((schema) => familyOfSchema(schema) === lower);
      return { family: lower, schemas };
    }
  }
  const schema = account.schemas.schemaOf(lower);
  return { family: familyOfSchema(schema), schemas: [schema] };
}

/** The schemas a select field's target names: one record type, or every type of a generic family. */
export function targetSchemas(account: EmulatedAccount, selectType: string): RecordTypeSchema[] {
  if (account.schemas.has(selectType)) return [account.schemas.schemaOf(selectType)];
  // NetSuite's tax code selects point at tax codes and tax groups alike.
  if (selectType === 'taxcode')
    return ['salestaxitem', 'taxgroup']
      .filter((type) => account.schemas.has(type))
      .map((type) => account.schemas.schemaOf(type));
  if (selectType === 'transaction' || selectType === 'item' || selectType === 'entity')
    return allSchemas(account).filter((schema) => familyOfSchema(schema) === selectType);
  return [];
}

/** Finds the record a select value points at among the target schemas (internal ids are unique per group). */
export function findTarget(
  account: EmulatedAccount,
  schemas: readonly RecordTypeSchema[],
  id: string,
): { record: StoredRecord; schema: RecordTypeSchema } | null {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  for (const schema of schemas) {
    const record = account.store.find(schema.type, numeric);
    if (record) return { record, schema };
  }
  return null;
}

/**
 * A record's display text, as a select pointing at it shows (getText): the schema's name field; transactions as
 * NetSuite prints them in lists, "<Type label> #<tranid>".
 */
export function displayTextOf(record: StoredRecord, schema: RecordTypeSchema): string {
  if (schema.recordClass === 'transaction') {
    const label = TRANSACTION_TYPE_CODES[schema.type]?.[1];
    const tranid = record.fields['tranid'];
    if (label && typeof tranid === 'string' && tranid !== '') return `${label} #${tranid}`;
  }
  const candidates = [schema.nameField, 'name', 'entityid', 'itemid', 'companyname', 'tranid'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const value = record.fields[candidate];
    if (value !== undefined && value !== null && value !== '') return String(value);
  }
  return String(record.id);
}
