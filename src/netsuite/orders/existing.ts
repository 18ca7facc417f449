/**
 * Finding orders this bundle already wrote: by external id (a repeated or concurrent delivery that hit
 * DUP_RCRD) or by Shopify order id (GET state). Each is one transaction search, main line only.
 */
import * as search from 'N/search';
import { text } from '../config/search-rows';
import { ORDER_FIELDS } from './ids';

export interface ExistingOrder {
  readonly id: string;
  readonly recordType: string;
  readonly tranid: string | null;
  readonly channel: string | null;
  readonly total: string | null;
}

const TYPE_BY_CODE: Readonly<Record<string, string>> = { SalesOrd: 'salesorder', CashSale: 'cashsale' };

export function findOrderByExternalId(externalId: string): ExistingOrder | null {
  return findOrders([['externalid', search.Operator.ANYOF, externalId]])[0] ?? null;
}

/** Orders for a Shopify order id, newest first (one per channel at most, by construction of the external id). */
export function findOrdersByShopifyId(shopifyOrderId: string, channel: string | null): ExistingOrder[] {
  const filters: unknown[] = [[ORDER_FIELDS.shopifyOrderId, search.Operator.IS, shopifyOrderId]];
  if (channel !== null) filters.push('AND', [ORDER_FIELDS.channel, search.Operator.IS, channel]);
  return findOrders(filters);
}

/**
 * A sales order's status as NetSuite shows it ("Pending Fulfillment", "Billed", ...): one search. Cash sales have
 * no fulfilment workflow to report, so they are not asked (and the emulator does not model their statuses).
 */
export function salesOrderStatus(id: string): string | null {
  const [row] = search
    .create({
      type: search.Type.SALES_ORDER,
      filters: [['internalid', search.Operator.ANYOF, id], 'AND', ['mainline', search.Operator.IS, 'T']],
      columns: ['status'],
    })
    .run()
    .getRange({ start: 0, end: 1 });
  if (!row) return null;
  return row.getText('status') || text(row, 'status');
}

function findOrders(filters: unknown[]): ExistingOrder[] {
  const rows = search
    .create({
      type: search.Type.TRANSACTION,
      filters: [
        ...filters,
        'AND',
        ['mainline', search.Operator.IS, 'T'],
        'AND',
        ['type', search.Operator.ANYOF, 'SalesOrd', 'CashSale'],
      ],
      columns: [
        search.createColumn({ name: 'internalid', sort: search.Sort.DESC }),
        'type',
        'tranid',
        'total',
        ORDER_FIELDS.channel,
      ],
    })
    .run()
    .getRange({ start: 0, end: 10 });
  return rows.map((row) => {
    const code = text(row, 'type') ?? '';
    return {
      id: String(row.id),
      recordType: TYPE_BY_CODE[code] ?? String(row.recordType),
      tranid: text(row, 'tranid'),
      channel: text(row, ORDER_FIELDS.channel),
      total: text(row, 'total'),
    };
  });
}
