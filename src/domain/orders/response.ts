import type { FieldError } from './field-reader';

/** What happened to one order. `queued` is part of the contract for deferred work; this version never defers. */
export type OrderOutcome = 'created' | 'duplicate' | 'queued' | 'exception';

/** An exception as the RESTlet reports it (the record's id when one was written). */
export interface OrderExceptionSummary {
  readonly id: string | null;
  readonly category: string;
  readonly message: string;
  readonly suggestedFix: string;
  readonly retrySafe: boolean;
  /** For invalid orders inside a batch: every bad field. */
  readonly fields?: readonly FieldError[];
}

/** The answer for one order: {status, recordType, id, tranid, exceptions}. */
export interface OrderResponse {
  readonly status: OrderOutcome;
  readonly shopifyOrderId: string | null;
  readonly recordType: string | null;
  readonly id: string | null;
  readonly tranid: string | null;
  readonly exceptions: readonly OrderExceptionSummary[];
  readonly warnings: readonly string[];
  /**
   * For a created order, the figures that prove it ties (decimal strings in shop currency): Shopify's total_price
   * and total_tax, NetSuite's total and taxtotal as re-read after save, and gift cards taken off as payment.
   */
  readonly totals?: OrderTotals;
}

export interface OrderTotals {
  readonly currency: string;
  readonly shopifyTotal: string;
  readonly shopifyTax: string;
  readonly netsuiteTotal: string;
  readonly netsuiteTax: string;
  readonly giftCardPayments: string;
}

export function exceptionResponse(
  shopifyOrderId: string | null,
  exception: OrderExceptionSummary,
  warnings: readonly string[] = [],
  record: { recordType: string; id: string; tranid: string | null } | null = null,
): OrderResponse {
  return {
    status: 'exception',
    shopifyOrderId,
    recordType: record?.recordType ?? null,
    id: record?.id ?? null,
    tranid: record?.tranid ?? null,
    exceptions: [exception],
    warnings,
  };
}

/** A batch entry that failed validation: answered in place, nothing written, safe to resend once fixed. */
export function invalidOrderResponse(errors: readonly FieldError[]): OrderResponse {
  return exceptionResponse(null, {
    id: null,
    category: 'VALIDATION',
    message: `The order is not a valid Shopify order: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`,
    suggestedFix: 'Fix the named fields in the Patchworks flow and resend the order.',
    retrySafe: true,
    fields: errors,
  });
}
