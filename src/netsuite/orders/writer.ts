/**
 * Writes a planned order: one record.create and one save (standard mode, 10 + 20 units for a transaction), the
 * plan's values set blindly, each line's Shopify tax set as tax1amt so NetSuite does not recompute it. Then ONE
 * lookupFields (1 unit) re-reads total, taxtotal and tranid so the caller can prove the record ties to Shopify.
 * A Sales Order's status is always set, so the account's "Default Sales Order Status" preference never decides
 * whether a web order commits stock; setting it needs the role's Sales Order Approval permission.
 */
import * as record from 'N/record';
import * as search from 'N/search';
import { formatMinor, fromNetSuiteAmount, toNetSuiteAmount } from '../../domain/money/decimal';
import type { AddressValues } from '../../domain/orders/address';
import type { SalesOrderStatus } from '../../domain/config/channel';
import type { OrderPlan, PlannedLine } from '../../domain/orders/plan-model';
import { ORDER_FIELDS, ORDER_LINE_FIELDS } from './ids';

/** NetSuite's orderstatus codes: A Pending Approval, B Pending Fulfillment (NS section_159795516182). */
const ORDER_STATUS_CODES: Readonly<Record<SalesOrderStatus, string>> = {
  pending_approval: 'A',
  pending_fulfillment: 'B',
};

export interface WrittenOrder {
  readonly id: string;
  readonly tranid: string | null;
  readonly totalMinor: number | null;
  readonly taxTotalMinor: number | null;
}

export function writeOrder(plan: OrderPlan): WrittenOrder {
  const created = record.create({ type: plan.recordType, isDynamic: false });
  const body: [string, record.FieldValue][] = [
    ['entity', plan.customerId],
    ['subsidiary', plan.subsidiaryId],
    ['currency', plan.currencyId],
    ['trandate', dateOnly(plan.tranDate)],
    ['externalid', plan.externalId],
    ['otherrefnum', plan.orderName],
    ['memo', plan.memo],
    ['location', plan.locationId],
    [ORDER_FIELDS.shopifyOrderId, plan.shopifyOrderId],
    [ORDER_FIELDS.orderName, plan.orderName],
    [ORDER_FIELDS.channel, plan.channelCode],
    [ORDER_FIELDS.discountCodes, plan.discountCodes.join(', ')],
    [ORDER_FIELDS.routeRule, plan.routingRule],
    [ORDER_FIELDS.giftCardPaid, toNetSuiteAmount(plan.giftCardPaidMinor, plan.currency)],
  ];
  if (plan.salesOrderStatus !== null) body.push(['orderstatus', ORDER_STATUS_CODES[plan.salesOrderStatus]]);
  if (plan.presentment.totalMinor !== null) {
    body.push([
      ORDER_FIELDS.presentment,
      `${plan.presentment.currency} ${formatMinor(plan.presentment.totalMinor, plan.presentment.currency)}`,
    ]);
  }
  for (const [fieldId, value] of body) created.setValue({ fieldId, value });
  writeAddress(created, 'shippingaddress', plan.shippingAddress);
  writeAddress(created, 'billingaddress', plan.billingAddress);
  plan.lines.forEach((line, index) => writeLine(created, index, line, plan.currency));
  const id = created.save({ enableSourcing: false, ignoreMandatoryFields: false });
  return readBack(plan, String(id));
}

function writeLine(target: record.Record, line: number, planned: PlannedLine, currency: string): void {
  const set = (fieldId: string, value: record.FieldValue): void => {
    target.setSublistValue({ sublistId: 'item', fieldId, line, value });
  };
  set('item', planned.itemId);
  set('quantity', planned.quantity);
  // A rate only when it is exact; otherwise NetSuite derives it from the amount, which is what must tie.
  if (planned.amountMinor % planned.quantity === 0) {
    set('rate', toNetSuiteAmount(planned.amountMinor / planned.quantity, currency));
  }
  set('amount', toNetSuiteAmount(planned.amountMinor, currency));
  set('taxcode', planned.taxCodeId);
  set('tax1amt', toNetSuiteAmount(planned.taxMinor, currency));
  if (planned.locationId !== null) set('location', planned.locationId);
  set('description', planned.description);
  if (planned.shopifyLineId !== null) set(ORDER_LINE_FIELDS.shopifyLineId, planned.shopifyLineId);
  if (planned.parentBundleSku !== null) set(ORDER_LINE_FIELDS.bundleSku, planned.parentBundleSku);
}

/** The order's own copy of an address (subrecord, no extra units): the customer record is left as it is. */
function writeAddress(target: record.Record, fieldId: string, values: AddressValues | null): void {
  if (values === null) return;
  const address = target.getSubrecord({ fieldId });
  for (const [subfield, value] of values) address.setValue({ fieldId: subfield, value });
}

/** The saved record's totals as NetSuite computed them: one lookupFields, 1 unit. */
function readBack(plan: OrderPlan, id: string): WrittenOrder {
  const values = search.lookupFields({ type: plan.recordType, id, columns: ['total', 'taxtotal', 'tranid'] });
  const tranid = values['tranid'];
  return {
    id,
    tranid: typeof tranid === 'string' && tranid !== '' ? tranid : null,
    totalMinor: fromNetSuiteAmount(values['total'], plan.currency),
    taxTotalMinor: fromNetSuiteAmount(values['taxtotal'], plan.currency),
  };
}

/** A calendar date as NetSuite's date fields take it: noon UTC keeps the same calendar day in every time zone within ±11 hours. */
function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
