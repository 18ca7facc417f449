import { computed, field, listSelect, mandatory, select, sublist, transactionType } from '../schema-dsl';
import type { FieldSchema, RecordTypeSchema, SublistSchema } from '../types';

// Transactions: one internal-id and external-id group, class "transaction" for governance. Body and line field
// ids as in NetSuite's Records Browser (legacy tax: taxcode / tax1amt per line).

/**
 * Sales order statuses (orderstatus). The letters are NetSuite's SalesOrd:A..H status codes, confirmed by the
 * fidelity review: public scripts list the same eight (A Pending Approval, B Pending Fulfillment, C Cancelled,
 * D Partially Fulfilled, E Pending Billing/Partially Fulfilled, F Pending Billing, G Billed, H Closed) as search
 * filter values and Suitelet select options with these labels. The default when a script sets none is the
 * account's "Default Sales Order Status" preference, Pending Approval or Pending Fulfillment (NS
 * section_4698169438); which of the two a new account starts with is not sourced (settings.defaultSalesOrderStatus).
 */
export const SALES_ORDER_STATUS = {
  A: 'Pending Approval',
  B: 'Pending Fulfillment',
  C: 'Cancelled',
  D: 'Partially Fulfilled',
  E: 'Pending Billing/Partially Fulfilled',
  F: 'Pending Billing',
  G: 'Billed',
  H: 'Closed',
} as const;

/** Return authorisation statuses (RtnAuth:A..H). UNCONFIRMED beyond A and B: from memory of the status list. */
export const RETURN_STATUS = {
  A: 'Pending Approval',
  B: 'Pending Receipt',
  C: 'Cancelled',
  D: 'Partially Received',
  E: 'Pending Refund/Partially Received',
  F: 'Pending Refund',
  G: 'Refunded',
  H: 'Closed',
} as const;

/** Item fulfilment shipstatus: C = Shipped is certain (public code); A/B from the Records Browser. */
export const SHIP_STATUS = { A: 'Picked', B: 'Packed', C: 'Shipped' } as const;

const body: readonly FieldSchema[] = [
  // Document number: NetSuite numbers new transactions when the script leaves it empty.
  field('tranid', 'text', 'Number'),
  field('trandate', 'date', 'Date'),
  field('memo', 'text', 'Memo'),
  select('subsidiary', 'subsidiary', 'Subsidiary'),
  select('currency', 'currency', 'Currency'),
  field('exchangerate', 'float', 'Exchange Rate'),
  select('department', 'department', 'Department'),
  select('class', 'classification', 'Class'),
  // Set by record.transform only.
  computed('createdfrom', 'select', 'Created From', { selectType: 'transaction' }),
  computed('createddate', 'datetime', 'Date Created'),
  computed('lastmodifieddate', 'datetime', 'Last Modified'),
];

/** Inventory and journal transactions, on which NetSuite asks for the subsidiary. */
const subsidiaryBody: readonly FieldSchema[] = [
  ...body.filter((one) => one.id !== 'subsidiary'),
  mandatory('subsidiary', 'select', 'Subsidiary', { selectType: 'subsidiary' }),
];

const salesBody: readonly FieldSchema[] = [
  ...body,
  mandatory('entity', 'select', 'Customer', { selectType: 'customer' }),
  select('location', 'location', 'Location'),
  field('otherrefnum', 'text', 'PO #'),
  select('shipmethod', 'shipitem', 'Ship Via'),
  field('shipdate', 'date', 'Ship Date'),
  select('salesrep', 'employee', 'Sales Rep'),
  field('email', 'email', 'Email'),
  field('tobeemailed', 'checkbox', 'To Be E-mailed', { defaultValue: false }),
  field('shippingcost', 'currency', 'Shipping Cost'),
  select('shippingtaxcode', 'taxcode', 'Shipping Tax Code'),
  field('shippingtax1amt', 'currency', 'Shipping Tax Amount'),
  select('discountitem', 'discountitem', 'Discount'),
  // A negative amount, or a percent as text ('-10%'); see transactions.ts.
  field('discountrate', 'float', 'Rate'),
  // Formatted from the shippingaddress / billingaddress subrecords on save.
  computed('shipaddress', 'textarea', 'Ship To'),
  computed('billaddress', 'textarea', 'Bill To'),
  computed('subtotal', 'currency', 'Subtotal'),
  computed('discounttotal', 'currency', 'Discount Total'),
  computed('taxtotal', 'currency', 'Tax'),
  computed('total', 'currency', 'Total'),
];

/** The item sublist of sales transactions. Custom custcol_ columns are added by registerCustomField. */
const salesLines: readonly FieldSchema[] = [
  mandatory('item', 'select', 'Item', { selectType: 'item' }),
  field('quantity', 'float', 'Quantity'),
  field('rate', 'float', 'Rate'),
  field('amount', 'currency', 'Amount'),
  select('taxcode', 'taxcode', 'Tax Code'),
  field('tax1amt', 'currency', 'Tax Amt'),
  computed('grossamt', 'currency', 'Gross Amt'),
  select('location', 'location', 'Location'),
  field('description', 'textarea', 'Description'),
  // -1 is "Custom" (a rate typed on the line); other values point at price levels.
  select('price', 'pricelevel', 'Price Level'),
  field('isclosed', 'checkbox', 'Closed', { defaultValue: false }),
  computed('quantityfulfilled', 'float', 'Fulfilled'),
  computed('quantitybilled', 'float', 'Invoiced'),
  computed('itemtype', 'text', 'Item Type'),
  // Stable per-transaction line id; fulfilments and invoices point back at it through orderline.
  computed('line', 'integer', 'Line Id'),
  computed('orderline', 'integer', 'Order Line'),
];

const itemSublist: SublistSchema = sublist('item', salesLines);

const returnLines: SublistSchema = sublist('item', [
  ...salesLines,
  computed('quantityreceived', 'float', 'Received'),
]);

const applySublist: SublistSchema = sublist('apply', [
  field('apply', 'checkbox', 'Apply', { defaultValue: false }),
  computed('doc', 'select', 'Document', { selectType: 'transaction' }),
  computed('internalid', 'select', 'Internal ID', { selectType: 'transaction' }),
  field('amount', 'currency', 'Payment'),
  computed('due', 'currency', 'Amt. Due'),
  computed('total', 'currency', 'Orig. Amt.'),
  computed('refnum', 'text', 'Ref No.'),
  computed('trantype', 'text', 'Type'),
  computed('line', 'integer', 'Line'),
]);

const paymentFields: readonly FieldSchema[] = [
  select('paymentmethod', 'paymentmethod', 'Payment Method'),
  select('account', 'account', 'Account'),
  field('undepfunds', 'checkbox', 'Undeposited Funds', { defaultValue: true }),
];

export const salesorder: RecordTypeSchema = transactionType(
  'salesorder',
  [
    ...salesBody,
    listSelect('orderstatus', SALES_ORDER_STATUS, 'Status'),
    select('paymentmethod', 'paymentmethod', 'Payment Method'),
  ],
  [itemSublist],
);

export const cashsale: RecordTypeSchema = transactionType(
  'cashsale',
  [...salesBody, ...paymentFields],
  [itemSublist],
);

export const invoice: RecordTypeSchema = transactionType(
  'invoice',
  [
    ...salesBody,
    select('account', 'account', 'A/R Account'),
    field('duedate', 'date', 'Due Date'),
    computed('amountpaid', 'currency', 'Amount Paid'),
    computed('amountremaining', 'currency', 'Amount Due'),
  ],
  [itemSublist],
);

export const returnauthorization: RecordTypeSchema = transactionType(
  'returnauthorization',
  [...salesBody, listSelect('orderstatus', RETURN_STATUS, 'Status')],
  [returnLines],
);

export const creditmemo: RecordTypeSchema = transactionType(
  'creditmemo',
  [
    ...salesBody,
    select('account', 'account', 'A/R Account'),
    field('autoapply', 'checkbox', 'Auto Apply', { defaultValue: false }),
    computed('applied', 'currency', 'Applied'),
    computed('unapplied', 'currency', 'Unapplied'),
  ],
  [itemSublist, applySublist],
);

export const cashrefund: RecordTypeSchema = transactionType(
  'cashrefund',
  [...salesBody, ...paymentFields],
  [itemSublist],
);

export const customerrefund: RecordTypeSchema = transactionType(
  'customerrefund',
  [
    ...body,
    mandatory('customer', 'select', 'Customer', { selectType: 'customer' }),
    select('paymentmethod', 'paymentmethod', 'Payment Method'),
    select('account', 'account', 'Account'),
    computed('total', 'currency', 'Amount'),
  ],
  [applySublist],
);

export const customerpayment: RecordTypeSchema = transactionType(
  'customerpayment',
  [
    ...body,
    mandatory('customer', 'select', 'Customer', { selectType: 'customer' }),
    field('payment', 'currency', 'Payment Amount'),
    ...paymentFields,
    computed('applied', 'currency', 'Applied'),
    computed('unapplied', 'currency', 'Unapplied'),
    computed('total', 'currency', 'Total'),
  ],
  [applySublist],
);

const receiveLines: readonly FieldSchema[] = [
  mandatory('item', 'select', 'Item', { selectType: 'item' }),
  field('quantity', 'float', 'Quantity'),
  select('location', 'location', 'Location'),
  field('itemreceive', 'checkbox', 'Fulfill', { defaultValue: true }),
  field('description', 'textarea', 'Description'),
  computed('itemtype', 'text', 'Item Type'),
  computed('orderline', 'integer', 'Order Line'),
  computed('quantityremaining', 'float', 'Remaining'),
  computed('line', 'integer', 'Line Id'),
];

export const itemfulfillment: RecordTypeSchema = transactionType(
  'itemfulfillment',
  [
    ...body,
    computed('entity', 'select', 'Customer', { selectType: 'customer' }),
    listSelect('shipstatus', SHIP_STATUS, 'Status'),
    computed('shipaddress', 'textarea', 'Ship To'),
    select('shipmethod', 'shipitem', 'Ship Via'),
  ],
  [
    sublist('item', receiveLines),
    sublist('package', [
      field('packagetrackingnumber', 'text', 'Tracking Number'),
      field('packageweight', 'float', 'Weight'),
      field('packagedescr', 'text', 'Package Description'),
    ]),
  ],
);

export const itemreceipt: RecordTypeSchema = transactionType(
  'itemreceipt',
  [...body, computed('entity', 'select', 'Customer', { selectType: 'customer' })],
  [sublist('item', [...receiveLines, field('rate', 'float', 'Rate')])],
);

export const inventoryadjustment: RecordTypeSchema = transactionType(
  'inventoryadjustment',
  [
    ...subsidiaryBody,
    mandatory('account', 'select', 'Adjustment Account', { selectType: 'account' }),
    select('adjlocation', 'location', 'Adjustment Location'),
    select('customer', 'customer', 'Customer'),
  ],
  [
    sublist('inventory', [
      mandatory('item', 'select', 'Item', { selectType: 'inventoryitem' }),
      mandatory('location', 'select', 'Location', { selectType: 'location' }),
      mandatory('adjustqtyby', 'float', 'Adjust Qty. By'),
      field('unitcost', 'currency', 'Est. Unit Cost'),
      field('description', 'text', 'Description'),
      computed('quantityonhand', 'float', 'Qty. On Hand'),
      computed('newquantity', 'float', 'New Quantity'),
      computed('line', 'integer', 'Line Id'),
    ]),
  ],
);

export const inventorytransfer: RecordTypeSchema = transactionType(
  'inventorytransfer',
  [
    ...subsidiaryBody,
    mandatory('location', 'select', 'From Location', { selectType: 'location' }),
    mandatory('transferlocation', 'select', 'To Location', { selectType: 'location' }),
  ],
  [
    sublist('inventory', [
      mandatory('item', 'select', 'Item', { selectType: 'inventoryitem' }),
      mandatory('adjustqtyby', 'float', 'Qty. to Transfer'),
      field('description', 'text', 'Description'),
      computed('line', 'integer', 'Line Id'),
    ]),
  ],
);

export const journalentry: RecordTypeSchema = transactionType(
  'journalentry',
  [...subsidiaryBody, field('approved', 'checkbox', 'Approved', { defaultValue: true })],
  [
    sublist('line', [
      mandatory('account', 'select', 'Account', { selectType: 'account' }),
      field('debit', 'currency', 'Debit'),
      field('credit', 'currency', 'Credit'),
      field('memo', 'text', 'Memo'),
      select('entity', 'entity', 'Name'),
      select('department', 'department', 'Department'),
      select('class', 'classification', 'Class'),
      select('location', 'location', 'Location'),
      computed('line', 'integer', 'Line Id'),
    ]),
  ],
);

export const TRANSACTION_SCHEMAS: readonly RecordTypeSchema[] = [
  salesorder,
  cashsale,
  invoice,
  returnauthorization,
  creditmemo,
  cashrefund,
  customerrefund,
  customerpayment,
  itemfulfillment,
  itemreceipt,
  inventoryadjustment,
  inventorytransfer,
  journalentry,
];

/** Sublists that carry custcol_ columns (the apply and package sublists do not). */
export const COLUMN_SUBLISTS: readonly string[] = ['item', 'inventory', 'line'];
