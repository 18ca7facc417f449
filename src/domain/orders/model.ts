/**
 * The internal order model every Shopify shape (REST webhook, REST Admin wrapper, GraphQL Admin) normalises into,
 * and the plan the domain derives from it for the NetSuite writer. Amounts are integer minor units of the shop
 * currency (`...Minor`), never floats.
 */

export interface PostalAddress {
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly company: string | null;
  readonly address1: string | null;
  readonly address2: string | null;
  readonly city: string | null;
  readonly province: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string | null;
  readonly zip: string | null;
  readonly phone: string | null;
}

export interface ShopifyCustomer {
  /** Numeric id as a string (ids can exceed 2^53). Null for a guest checkout. */
  readonly shopifyCustomerId: string | null;
  readonly email: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly phone: string | null;
  readonly defaultAddress: PostalAddress | null;
}

export interface TaxLine {
  readonly title: string;
  /** Rate as a decimal string, e.g. "0.2". Kept as text so no float rounding creeps in. */
  readonly rate: string;
  readonly amountMinor: number;
}

export interface OrderLine {
  readonly shopifyLineId: string;
  /** Null when Shopify sent no SKU: treated as unmapped. */
  readonly sku: string | null;
  readonly title: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
  /** unitPrice × quantity, as Shopify shows it (tax-inclusive when the shop's prices include tax). */
  readonly grossMinor: number;
  /** Sum of this line's discount_allocations. */
  readonly discountMinor: number;
  readonly taxLines: readonly TaxLine[];
  readonly taxMinor: number;
  readonly isGiftCard: boolean;
}

export interface ShippingLine {
  readonly title: string;
  readonly code: string | null;
  readonly priceMinor: number;
  readonly discountMinor: number;
  readonly taxLines: readonly TaxLine[];
  readonly taxMinor: number;
}

/** Shopify's own totals, checked against the sum of the parts before anything is posted. */
export interface ShopifyTotals {
  /** total_line_items_price: Σ price × quantity before discounts; null when the payload left it out. */
  readonly lineItemsMinor: number | null;
  /** subtotal_price: line items after their discount allocations, before shipping and tips. */
  readonly subtotalMinor: number;
  readonly totalDiscountsMinor: number;
  /** total_shipping_price_set: shipping before its discounts; null when the payload left it out. */
  readonly totalShippingMinor: number | null;
  readonly totalTaxMinor: number;
  readonly totalTipMinor: number;
  /** Import duties Shopify collected (original_total_duties_set); part of total_price. */
  readonly totalDutiesMinor: number;
  readonly totalMinor: number;
}

/** Which Shopify API shape the order arrived in. */
export type OrderSource = 'rest' | 'graphql';

export interface NormalisedOrder {
  readonly source: OrderSource;
  /** Channel code from the payload, or null when the deployment's default channel applies. */
  readonly channel: string | null;
  /** Numeric Shopify order id as a string, taken from the gid where there is one. */
  readonly shopifyOrderId: string;
  readonly gid: string;
  /** The order name shown to the shopper, e.g. "#1001". */
  readonly name: string;
  /** ISO-8601 with its UTC offset, as Shopify sent it. */
  readonly createdAt: string;
  /** Shop currency: every amount in this model is in it. */
  readonly currency: string;
  readonly presentmentCurrency: string;
  /** What the shopper saw, in the presentment currency; kept for the record, never used to post. */
  readonly presentmentTotalMinor: number | null;
  readonly taxesIncluded: boolean;
  readonly financialStatus: string | null;
  readonly tags: readonly string[];
  readonly email: string | null;
  readonly customer: ShopifyCustomer | null;
  readonly billingAddress: PostalAddress | null;
  readonly shippingAddress: PostalAddress | null;
  readonly lines: readonly OrderLine[];
  readonly shippingLines: readonly ShippingLine[];
  readonly discountCodes: readonly string[];
  /** Paid with Shopify gift cards: reduces what is owed, not the order's value. */
  readonly giftCardPaymentsMinor: number;
  readonly totals: ShopifyTotals;
  /** Things worth recording that do not stop the order (e.g. a numeric id that disagrees with its gid). */
  readonly warnings: readonly string[];
}

/** Why an order cannot be posted as it stands: each becomes an exception record with a suggested fix. */
export type OrderProblemCode = 'MISSING_SKU' | 'TOTALS_MISMATCH' | 'NO_LOCATION' | 'INVALID_CONFIGURATION';

export interface OrderProblem {
  readonly code: OrderProblemCode;
  /** Plain language, for the operations team. */
  readonly message: string;
  readonly suggestedFix: string;
  readonly details: Readonly<Record<string, unknown>>;
}
