/**
 * The configuration records as the loader reads them: one row per record, values as text (empty → null), list
 * values by their display text. Building a ChannelConfig from rows is pure and tested directly.
 */
import type { CustomerStrategy, OrderRecordType, RouteRuleKind, SalesOrderStatus } from './channel';

export interface ChannelRow {
  readonly id: string;
  readonly name: string | null;
  readonly inactive: boolean;
  readonly code: string | null;
  readonly shopDomain: string | null;
  readonly subsidiaryId: string | null;
  /** Filled from a subsidiary search for listings only; null on the order path. */
  readonly subsidiaryName: string | null;
  readonly currencyId: string | null;
  /** The currency record's symbol (ISO 4217), from one currency search. */
  readonly currencyCode: string | null;
  readonly currencyName: string | null;
  readonly locationId: string | null;
  readonly orderTypeLabel: string | null;
  readonly typeByStatus: string | null;
  readonly salesOrderStatusLabel: string | null;
  readonly customerStrategyLabel: string | null;
  readonly syncAddresses: boolean;
  readonly genericCustomerId: string | null;
  readonly shippingItemId: string | null;
  readonly discountItemId: string | null;
  readonly giftCardPaymentItemId: string | null;
  readonly giftCardSaleItemId: string | null;
  readonly tipItemId: string | null;
  readonly taxCodeId: string | null;
  readonly zeroTaxCodeId: string | null;
  readonly skuField: string | null;
}

export interface TaxMapRow {
  readonly id: string;
  readonly channelId: string | null;
  readonly title: string | null;
  readonly rate: string | null;
  readonly taxCodeId: string | null;
}

export interface SkuMapRow {
  readonly id: string;
  readonly channelId: string | null;
  readonly sku: string | null;
  readonly itemId: string | null;
}

export interface BundleMapRow {
  readonly id: string;
  readonly channelId: string | null;
  readonly sku: string | null;
  readonly itemId: string | null;
  readonly quantity: number | null;
  readonly sequence: number | null;
}

export interface RouteRuleRow {
  readonly id: string;
  readonly channelId: string | null;
  readonly sequence: number | null;
  readonly kindLabel: string | null;
  readonly match: string | null;
  readonly locationId: string | null;
}

/** Display texts of the custom list values (Objects/customlist_pwi_*.xml), compared case-insensitively. */
export const ORDER_TYPE_LABELS: Readonly<Record<string, OrderRecordType>> = {
  'sales order': 'salesorder',
  'cash sale': 'cashsale',
};

export const SALES_ORDER_STATUS_LABELS: Readonly<Record<string, SalesOrderStatus>> = {
  'pending fulfillment': 'pending_fulfillment',
  'pending approval': 'pending_approval',
};

export const CUSTOMER_STRATEGY_LABELS: Readonly<Record<string, CustomerStrategy>> = {
  'customer per shopper': 'per_shopper',
  'one generic customer': 'generic',
};

export const ROUTE_KIND_LABELS: Readonly<Record<string, RouteRuleKind>> = {
  'order tag': 'tag',
  'shipping country': 'country',
  'postcode prefix': 'postcode',
  stock: 'stock',
};
