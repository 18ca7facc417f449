import type { OrderRecordType, SalesOrderStatus } from '../config/channel';
import type { AddressValues } from './address';

/** What a planned line stands for, so the writer and the GET state can tell them apart. */
export type PlannedLineKind =
  'item' | 'bundle-component' | 'shipping' | 'tip' | 'gift-card-sale' | 'gift-card-payment';

/** One transaction line exactly as the writer will set it: net amount and Shopify's tax, in minor units. */
export interface PlannedLine {
  readonly kind: PlannedLineKind;
  readonly itemId: string;
  readonly quantity: number;
  /** Net of discounts and of included tax: what NetSuite's `amount` must be. */
  readonly amountMinor: number;
  /** Shopify's tax for the line, set as tax1amt so NetSuite does not recompute it. */
  readonly taxMinor: number;
  readonly taxCodeId: string;
  /** Null for lines that never ship (shipping, tips). */
  readonly locationId: string | null;
  readonly description: string;
  readonly shopifyLineId: string | null;
  readonly sku: string | null;
  /** The bundle SKU a component line came from. */
  readonly parentBundleSku: string | null;
  /** Whether the item counts for stock routing (an inventory item). */
  readonly tracksStock: boolean;
}

/**
 * Everything the writer needs, decided: it sets these values and nothing else. Amounts are minor units of
 * `currency` (the shop currency); the writer converts them with toNetSuiteAmount.
 */
export interface OrderPlan {
  readonly recordType: OrderRecordType;
  /** The status a Sales Order is created in; null for a Cash Sale, which has none. */
  readonly salesOrderStatus: SalesOrderStatus | null;
  readonly externalId: string;
  readonly channelCode: string;
  readonly shopifyOrderId: string;
  readonly orderName: string;
  readonly customerId: string;
  readonly subsidiaryId: string;
  readonly currencyId: string;
  readonly currency: string;
  /** YYYY-MM-DD: the order's date where it was placed (its own UTC offset). */
  readonly tranDate: string;
  readonly locationId: string;
  readonly routingRule: string;
  readonly discountCodes: readonly string[];
  readonly giftCardPaidMinor: number;
  readonly presentment: { readonly currency: string; readonly totalMinor: number | null };
  readonly memo: string;
  /** The shopper's addresses as Shopify sent them, kept on the order (not on the customer). */
  readonly shippingAddress: AddressValues | null;
  readonly billingAddress: AddressValues | null;
  readonly lines: readonly PlannedLine[];
  /** Shopify's total_price. */
  readonly shopifyTotalMinor: number;
  /**
   * What NetSuite's total must read after save: total_price, less gift cards when they are posted as a payment
   * line. taxtotal must read Shopify's total_tax.
   */
  readonly expectedTotalMinor: number;
  readonly expectedTaxTotalMinor: number;
  readonly warnings: readonly string[];
}
