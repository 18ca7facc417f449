/**
 * An order's state in NetSuite for GET ?shopifyOrderId= (or ?gid=): the record, its status, what has been
 * fulfilled and billed against it, and the open exceptions for the Shopify order. Four searches at most.
 */
import * as search from 'N/search';
import { sourceRef } from '../../domain/exceptions/exception';
import { openExceptionsFor } from '../exceptions/exceptions';
import { text } from '../config/search-rows';
import { findOrdersByShopifyId, salesOrderStatus, type ExistingOrder } from './existing';

export interface LinkedTransaction {
  readonly type: string;
  readonly id: string;
  readonly tranid: string | null;
}

export interface OrderState {
  readonly shopifyOrderId: string;
  readonly found: boolean;
  readonly record: (ExistingOrder & { readonly status: string | null }) | null;
  readonly status: string | null;
  readonly fulfilment: {
    readonly state: 'none' | 'partial' | 'complete';
    readonly records: LinkedTransaction[];
  };
  readonly billing: { readonly state: 'unbilled' | 'billed'; readonly records: LinkedTransaction[] };
  readonly exceptions: {
    readonly id: string;
    readonly category: string;
    readonly status: string;
    readonly message: string;
    readonly suggestedFix: string;
  }[];
}

const FULFILMENT_CODES = new Set(['ItemShip']);
const BILLING_CODES = new Set(['CustInvc', 'CashSale']);

export function orderState(shopifyOrderId: string, channel: string | null): OrderState {
  const record = findOrdersByShopifyId(shopifyOrderId, channel)[0] ?? null;
  const linked = record ? linkedTransactions(record.id) : [];
  const fulfilments = linked.filter((tx) => FULFILMENT_CODES.has(tx.type));
  const bills = linked.filter((tx) => BILLING_CODES.has(tx.type));
  const status = record?.recordType === 'salesorder' ? salesOrderStatus(record.id) : null;
  return {
    shopifyOrderId,
    found: record !== null,
    record: record ? { ...record, status } : null,
    status,
    fulfilment: {
      state: fulfilmentState(record, status, fulfilments.length),
      records: fulfilments,
    },
    billing: {
      // A cash sale is its own bill: it records the sale and the payment at once.
      state: record?.recordType === 'cashsale' || bills.length > 0 ? 'billed' : 'unbilled',
      records: bills,
    },
    exceptions: openExceptionsFor(sourceRef('order', shopifyOrderId)).map((found) => ({
      id: found.id,
      category: found.category,
      status: found.status,
      message: found.message,
      suggestedFix: found.suggestedFix,
    })),
  };
}

function fulfilmentState(
  record: ExistingOrder | null,
  status: string | null,
  fulfilments: number,
): 'none' | 'partial' | 'complete' {
  if (record === null) return 'none';
  // A cash sale ships as it sells: NetSuite takes the stock out when it is saved, with no fulfilment record.
  if (record.recordType === 'cashsale') return 'complete';
  if (fulfilments === 0) return 'none';
  const text = (status ?? '').toLowerCase();
  return text.includes('partially') || text.includes('pending fulfillment') ? 'partial' : 'complete';
}

function linkedTransactions(orderId: string): LinkedTransaction[] {
  return search
    .create({
      type: search.Type.TRANSACTION,
      filters: [
        ['createdfrom', search.Operator.ANYOF, orderId],
        'AND',
        ['mainline', search.Operator.IS, 'T'],
      ],
      columns: [search.createColumn({ name: 'internalid', sort: search.Sort.ASC }), 'type', 'tranid'],
    })
    .run()
    .getRange({ start: 0, end: 100 })
    .map((row) => ({
      type: text(row, 'type') ?? '',
      id: String(row.id),
      tranid: text(row, 'tranid'),
    }));
}
