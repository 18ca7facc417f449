/**
 * Builds Shopify orders/create webhook payloads (REST shape) whose figures obey Shopify's own arithmetic, from a
 * short description of the basket. All money is integer minor units until it is written as Shopify's decimal text.
 */

export interface ShopProfile {
  /** The channel code the bundle's configuration knows the shop by. */
  readonly channel: string;
  readonly domain: string;
  readonly currency: string;
  /** UK prices include VAT; US prices have sales tax added on top. */
  readonly taxesIncluded: boolean;
  /** Shopify's order-name prefix setting, e.g. "#" or "#US". */
  readonly namePrefix: string;
  /** First order number of the day; order ids derive from it. */
  readonly firstOrderNumber: number;
  readonly orderIdBase: number;
}

export interface TaxRule {
  readonly title: string;
  /** Decimal text as Shopify sends it, e.g. "0.2" or "0.08875". */
  readonly rate: string;
}

export interface BasketLine {
  /** Null models a Shopify product without a SKU. */
  readonly sku: string | null;
  readonly title: string;
  readonly variantTitle?: string;
  readonly quantity: number;
  /** Unit price in minor units, as the shop shows it (tax-inclusive in a taxes-included shop). */
  readonly unitPriceMinor: number;
  /** Discount allocated to this line, minor units. */
  readonly discountMinor?: number;
  /** Tax rule for this line; none means untaxed (e.g. a 0% rated child's item). */
  readonly tax?: TaxRule;
}

export interface ShopperAddress {
  readonly firstName: string;
  readonly lastName: string;
  readonly address1: string;
  readonly city: string;
  readonly province: string | null;
  readonly provinceCode: string | null;
  readonly countryCode: string;
  readonly zip: string;
}

export interface Shopper {
  /** Null for a guest checkout. */
  readonly shopifyCustomerId: number | null;
  readonly email: string;
  readonly phone: string | null;
  readonly address: ShopperAddress;
}

export interface OrderSpec {
  readonly shop: ShopProfile;
  /** Offset from the shop's first order number: 0 is the first order of the day. */
  readonly sequence: number;
  readonly createdAt: string;
  readonly shopper: Shopper;
  readonly lines: readonly BasketLine[];
  readonly shipping: {
    readonly title: string;
    readonly code: string;
    readonly priceMinor: number;
    readonly discountMinor?: number;
    readonly tax?: TaxRule;
  } | null;
  readonly discountCode?: { readonly code: string; readonly type: 'percentage' | 'fixed_amount' };
  readonly tags?: readonly string[];
  readonly financialStatus?: 'paid' | 'pending' | 'authorized';
}

/** Shopify's figures for one built order, in minor units, for the report to tie NetSuite against. */
export interface ShopifyFigures {
  readonly lineItemsMinor: number;
  readonly subtotalMinor: number;
  readonly discountsMinor: number;
  readonly shippingMinor: number;
  readonly taxMinor: number;
  readonly totalMinor: number;
}

export interface BuiltOrder {
  readonly name: string;
  readonly shopifyOrderId: string;
  readonly channel: string;
  readonly currency: string;
  readonly payload: Record<string, unknown>;
  readonly figures: ShopifyFigures;
}

/** A decimal rate (tax, exchange) as an exact fraction: "0.08875" → 8875/100000. */
export function rateFraction(rate: string): { numerator: number; denominator: number } {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) throw new RangeError(`Not a decimal rate: ${rate}`);
  const decimals = match[2] ?? '';
  const denominator = 10 ** decimals.length;
  return { numerator: Number(`${match[1]}${decimals}`), denominator };
}

/** Integer division rounding half away from zero, as Shopify rounds tax and converted money to the cent. */
export function divideRounded(dividend: number, divisor: number): number {
  const sign = Math.sign(dividend);
  return sign * Math.floor((2 * Math.abs(dividend) + divisor) / (2 * divisor));
}

/** Tax on an amount paid: extracted from it when prices include tax, added to it otherwise. */
export function taxOn(paidMinor: number, rate: string, taxesIncluded: boolean): number {
  const { numerator, denominator } = rateFraction(rate);
  return taxesIncluded
    ? divideRounded(paidMinor * numerator, denominator + numerator)
    : divideRounded(paidMinor * numerator, denominator);
}

/** Minor units as Shopify's decimal text, e.g. 2500 → "25.00". */
export function decimalText(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function moneySet(minor: number, currency: string): Record<string, unknown> {
  const money = { amount: decimalText(minor), currency_code: currency };
  return { shop_money: money, presentment_money: money };
}

function taxLine(title: string, rate: string, minor: number, currency: string): Record<string, unknown> {
  return { title, rate: Number(rate), price: decimalText(minor), price_set: moneySet(minor, currency) };
}

/** The shopper's address as Shopify's REST resources write it (order addresses, customer addresses). */
export function restAddress(shopper: Shopper): Record<string, unknown> {
  const a = shopper.address;
  return {
    first_name: a.firstName,
    last_name: a.lastName,
    name: `${a.firstName} ${a.lastName}`,
    company: null,
    address1: a.address1,
    address2: null,
    city: a.city,
    province: a.province,
    province_code: a.provinceCode,
    country_code: a.countryCode,
    zip: a.zip,
    phone: shopper.phone,
  };
}

export function buildOrder(spec: OrderSpec): BuiltOrder {
  const { shop } = spec;
  const currency = shop.currency;
  const orderNumber = shop.firstOrderNumber + spec.sequence;
  const orderId = shop.orderIdBase + spec.sequence * 1_000;
  const name = `${shop.namePrefix}${orderNumber}`;

  let lineItemsMinor = 0;
  let lineDiscountsMinor = 0;
  let taxMinor = 0;
  const lineItems = spec.lines.map((line, index) => {
    const grossMinor = line.unitPriceMinor * line.quantity;
    const discountMinor = line.discountMinor ?? 0;
    const lineTax = line.tax ? taxOn(grossMinor - discountMinor, line.tax.rate, shop.taxesIncluded) : 0;
    lineItemsMinor += grossMinor;
    lineDiscountsMinor += discountMinor;
    taxMinor += lineTax;
    const lineId = orderId + index + 1;
    return {
      id: lineId,
      admin_graphql_api_id: `gid://shopify/LineItem/${lineId}`,
      sku: line.sku,
      title: line.title,
      variant_title: line.variantTitle ?? null,
      name: line.variantTitle ? `${line.title} - ${line.variantTitle}` : line.title,
      quantity: line.quantity,
      price: decimalText(line.unitPriceMinor),
      price_set: moneySet(line.unitPriceMinor, currency),
      total_discount: '0.00',
      gift_card: false,
      taxable: line.tax !== undefined,
      requires_shipping: true,
      tax_lines: line.tax ? [taxLine(line.tax.title, line.tax.rate, lineTax, currency)] : [],
      discount_allocations:
        discountMinor > 0
          ? [
              {
                amount: decimalText(discountMinor),
                amount_set: moneySet(discountMinor, currency),
                discount_application_index: 0,
              },
            ]
          : [],
    };
  });

  const shippingMinor = spec.shipping?.priceMinor ?? 0;
  const shippingDiscountMinor = spec.shipping?.discountMinor ?? 0;
  const shippingTax =
    spec.shipping?.tax !== undefined
      ? taxOn(shippingMinor - shippingDiscountMinor, spec.shipping.tax.rate, shop.taxesIncluded)
      : 0;
  taxMinor += shippingTax;
  const shippingLines = spec.shipping
    ? [
        {
          id: orderId + 900,
          title: spec.shipping.title,
          code: spec.shipping.code,
          source: 'shopify',
          price: decimalText(shippingMinor),
          price_set: moneySet(shippingMinor, currency),
          discounted_price: decimalText(shippingMinor - shippingDiscountMinor),
          tax_lines: spec.shipping.tax
            ? [taxLine(spec.shipping.tax.title, spec.shipping.tax.rate, shippingTax, currency)]
            : [],
          discount_allocations:
            shippingDiscountMinor > 0
              ? [
                  {
                    amount: decimalText(shippingDiscountMinor),
                    amount_set: moneySet(shippingDiscountMinor, currency),
                  },
                ]
              : [],
        },
      ]
    : [];

  const subtotalMinor = lineItemsMinor - lineDiscountsMinor;
  const discountsMinor = lineDiscountsMinor + shippingDiscountMinor;
  const totalMinor =
    subtotalMinor + shippingMinor - shippingDiscountMinor + (shop.taxesIncluded ? 0 : taxMinor);
  const customerId = spec.shopper.shopifyCustomerId;
  const financialStatus = spec.financialStatus ?? 'paid';

  const payload: Record<string, unknown> = {
    id: orderId,
    admin_graphql_api_id: `gid://shopify/Order/${orderId}`,
    name,
    order_number: orderNumber,
    email: spec.shopper.email,
    contact_email: spec.shopper.email,
    created_at: spec.createdAt,
    processed_at: spec.createdAt,
    currency,
    presentment_currency: currency,
    taxes_included: shop.taxesIncluded,
    financial_status: financialStatus,
    fulfillment_status: null,
    tags: (spec.tags ?? []).join(', '),
    source_name: 'web',
    total_line_items_price: decimalText(lineItemsMinor),
    total_line_items_price_set: moneySet(lineItemsMinor, currency),
    subtotal_price: decimalText(subtotalMinor),
    subtotal_price_set: moneySet(subtotalMinor, currency),
    total_discounts: decimalText(discountsMinor),
    total_discounts_set: moneySet(discountsMinor, currency),
    total_shipping_price_set: moneySet(shippingMinor, currency),
    total_tax: decimalText(taxMinor),
    total_tax_set: moneySet(taxMinor, currency),
    total_tip_received: '0.00',
    total_price: decimalText(totalMinor),
    total_price_set: moneySet(totalMinor, currency),
    discount_codes: spec.discountCode
      ? [{ code: spec.discountCode.code, amount: decimalText(discountsMinor), type: spec.discountCode.type }]
      : [],
    customer:
      customerId === null
        ? null
        : {
            id: customerId,
            admin_graphql_api_id: `gid://shopify/Customer/${customerId}`,
            email: spec.shopper.email,
            first_name: spec.shopper.address.firstName,
            last_name: spec.shopper.address.lastName,
            phone: spec.shopper.phone,
            default_address: restAddress(spec.shopper),
          },
    billing_address: restAddress(spec.shopper),
    shipping_address: restAddress(spec.shopper),
    line_items: lineItems,
    shipping_lines: shippingLines,
    transactions: [
      {
        kind: financialStatus === 'authorized' ? 'authorization' : 'sale',
        status: 'success',
        gateway: 'shopify_payments',
        amount: decimalText(totalMinor),
      },
    ],
  };

  return {
    name,
    shopifyOrderId: String(orderId),
    channel: shop.channel,
    currency,
    payload,
    figures: { lineItemsMinor, subtotalMinor, discountsMinor, shippingMinor, taxMinor, totalMinor },
  };
}

/** Spreads an order-level discount over lines in proportion to their value, the remainder to the largest line. */
export function allocateDiscount(lines: readonly BasketLine[], discountMinor: number): BasketLine[] {
  const gross = lines.map((line) => line.unitPriceMinor * line.quantity);
  const totalGross = gross.reduce((a, b) => a + b, 0);
  const shares = gross.map((g) => Math.floor((discountMinor * g) / totalGross));
  const remainder = discountMinor - shares.reduce((a, b) => a + b, 0);
  const largest = gross.indexOf(Math.max(...gross));
  return lines.map((line, index) => ({
    ...line,
    discountMinor: (line.discountMinor ?? 0) + (shares[index] ?? 0) + (index === largest ? remainder : 0),
  }));
}
