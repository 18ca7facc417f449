/**
 * Channel configuration: one Shopify store as NetSuite should treat it. The loader in src/netsuite/config reads
 * the custom records into the raw rows below; everything here turns those rows into a checked ChannelConfig or
 * into problems that name the setting to fix. Ids of NetSuite records are strings (internal ids).
 */

/** The NetSuite transaction an order becomes. */
export type OrderRecordType = 'salesorder' | 'cashsale';

/**
 * The approval state a Sales Order is imported in. Shopify has already accepted the order, so by default it arrives
 * ready to fulfil (and commits stock at once); a channel may ask for each order to wait for approval instead.
 */
export type SalesOrderStatus = 'pending_fulfillment' | 'pending_approval';

/** How Shopify shoppers map onto NetSuite customers. */
export type CustomerStrategy = 'per_shopper' | 'generic';

/** How a route rule matches an order. */
export type RouteRuleKind = 'tag' | 'country' | 'postcode' | 'stock';

export interface TaxMapping {
  /** Shopify tax_lines[].title, compared case-insensitively; null matches any title. */
  readonly title: string | null;
  /** Shopify tax_lines[].rate as a canonical decimal string ("0.2"); null matches any rate. */
  readonly rate: string | null;
  /** Internal id of the NetSuite tax code. */
  readonly taxCodeId: string;
}

export interface SkuMapping {
  /** The SKU as the channel sends it (compared case-sensitively, as NetSuite's itemid is unique as typed). */
  readonly channelSku: string;
  readonly itemId: string;
}

export interface BundleComponent {
  readonly itemId: string;
  /** Units of the component in one bundle; a positive integer. */
  readonly quantity: number;
}

export interface BundleMapping {
  readonly bundleSku: string;
  /** In the order the administrator numbered them. */
  readonly components: readonly BundleComponent[];
}

export interface RouteRule {
  readonly id: string;
  readonly sequence: number;
  readonly kind: RouteRuleKind;
  /** Tag, ISO country code or postcode prefix; null for 'stock'. */
  readonly matchValue: string | null;
  /** One location for tag/country/postcode rules; a priority list for 'stock'. */
  readonly locationIds: readonly string[];
}

export interface ChannelConfig {
  /** Internal id of the customrecord_pwi_channel record. */
  readonly id: string;
  /** Short code the payloads carry, e.g. "UK". Upper case. */
  readonly code: string;
  readonly name: string;
  /** e.g. "brand-uk.myshopify.com"; informational, lower case. */
  readonly shopDomain: string | null;
  readonly active: boolean;
  readonly subsidiaryId: string;
  readonly currencyId: string;
  /** ISO 4217 code of the channel currency (the currency record's symbol, e.g. "GBP"): the Shopify shop currency. */
  readonly currencyCode: string;
  /** The currency record's name for display (e.g. "British Pound"); compare currencies with currencyCode. */
  readonly currencyName: string | null;
  readonly defaultLocationId: string;
  readonly orderType: OrderRecordType;
  /** financial_status (lower case) → record type, overriding orderType for that status. */
  readonly orderTypeByFinancialStatus: Readonly<Record<string, OrderRecordType>>;
  /** For Sales Orders only; Cash Sales have no approval status. */
  readonly salesOrderStatus: SalesOrderStatus;
  readonly customerStrategy: CustomerStrategy;
  /**
   * Whether shopper addresses are written to the customer's address book. Off by default: the addresses travel on
   * each order anyway, and keeping fewer copies of personal data is the safer default. Absent means off.
   */
  readonly syncAddresses?: boolean;
  /** Required when customerStrategy is 'generic'; also the fallback for guests without an email. */
  readonly genericCustomerId: string | null;
  readonly shippingItemId: string;
  readonly discountItemId: string;
  /** Item for Shopify gift card payments (reduces the amount owed); null when the channel takes none. */
  readonly giftCardPaymentItemId: string | null;
  /** Item for selling gift cards (lines with gift_card true); null → resolve the line's SKU like any other. */
  readonly giftCardSaleItemId: string | null;
  readonly tipItemId: string | null;
  readonly defaultTaxCodeId: string;
  /** The code for untaxed lines and shipping (rate 0). */
  readonly zeroTaxCodeId: string;
  readonly taxMappings: readonly TaxMapping[];
  /** The item field holding the channel SKU: 'itemid' (default), 'upccode' or a custitem_ field id. */
  readonly skuField: string;
  readonly skuMappings: readonly SkuMapping[];
  readonly bundles: readonly BundleMapping[];
  /** Sorted by sequence. The channel default location ends the chain implicitly. */
  readonly routeRules: readonly RouteRule[];
}

/** Lightweight view used by health and listings. */
export interface ChannelSummary {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly active: boolean;
  readonly subsidiaryId: string | null;
  readonly subsidiary: string | null;
  readonly currencyId: string | null;
  /** ISO code, e.g. "GBP". */
  readonly currency: string | null;
  readonly problems: readonly ConfigProblem[];
}

/**
 * A setting that is missing or wrong. `field` is the NetSuite field id to fix (on `recordType`, record `recordId`),
 * so the message can point an administrator straight at it.
 */
export interface ConfigProblem {
  readonly code: 'INVALID_CONFIGURATION';
  /** 'error' stops orders for the channel; 'warning' stops only orders that need the setting. */
  readonly severity: 'error' | 'warning';
  readonly recordType: string;
  readonly recordId: string | null;
  readonly field: string;
  readonly message: string;
}

export type ChannelConfigResult =
  | { readonly ok: true; readonly config: ChannelConfig; readonly warnings: readonly ConfigProblem[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };
