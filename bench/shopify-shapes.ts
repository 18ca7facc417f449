/**
 * Re-expressions of the demo's Shopify order payloads (demo/shopify-orders.ts builds the REST webhook shape) in the
 * other shapes the order RESTlet accepts: a different presentment currency, and the GraphQL Admin API Order that
 * Patchworks' Shopify connector reads. Money stays integer minor units between parse and print.
 */
import { type BuiltOrder, divideRounded, rateFraction, type Shopper } from '../demo/shopify-orders';
import { formatMinor, requireMinor } from '../src/domain/money/decimal';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function objectsIn(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The shopper of a built order, read back from its payload, so a scenario can place another order for them. */
export function shopperOf(order: BuiltOrder): Shopper {
  const payload = order.payload;
  const customer = isObject(payload['customer']) ? payload['customer'] : null;
  const billing = payload['billing_address'];
  if (!isObject(billing)) throw new Error(`${order.name} has no billing address to take the shopper from`);
  const rawId = customer?.['id'];
  return {
    shopifyCustomerId: typeof rawId === 'number' ? rawId : null,
    email: text(payload['email']) ?? '',
    phone: text(billing['phone']),
    address: {
      firstName: text(billing['first_name']) ?? '',
      lastName: text(billing['last_name']) ?? '',
      address1: text(billing['address1']) ?? '',
      city: text(billing['city']) ?? '',
      province: text(billing['province']),
      provinceCode: text(billing['province_code']),
      countryCode: text(billing['country_code']) ?? '',
      zip: text(billing['zip']) ?? '',
    },
  };
}

/**
 * The same REST order as a shopper paying in another currency saw it: shop money unchanged (NetSuite posts it),
 * every `*_set`'s presentment_money converted at `rate` (shop → presentment), presentment_currency set.
 */
export function inPresentmentCurrency(payload: Json, currency: string, rate: string): Json {
  const shopCurrency = text(payload['currency']);
  if (shopCurrency === null) throw new Error('the order names no shop currency');
  // The exchange rate as an exact fraction: "1.1672" → 11672/10000.
  const { numerator, denominator } = rateFraction(rate);
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (!isObject(value)) return value;
    const out: Json = {};
    for (const [key, inner] of Object.entries(value)) out[key] = convert(inner);
    const shop = value['shop_money'];
    if (isObject(shop) && isObject(value['presentment_money'])) {
      const minor = requireMinor(shop['amount'], shopCurrency, 'shop_money.amount');
      out['presentment_money'] = {
        amount: formatMinor(divideRounded(minor * numerator, denominator), currency),
        currency_code: currency,
      };
    }
    return out;
  };
  return { ...(convert(payload) as Json), presentment_currency: currency };
}

/** A REST `*_set` ({shop_money, presentment_money}) as a GraphQL MoneyBag ({shopMoney, presentmentMoney}). */
function moneyBag(set: unknown, fallbackAmount: unknown, currency: string): Json {
  const side = (money: unknown): Json => {
    const m = isObject(money) ? money : { amount: fallbackAmount, currency_code: currency };
    return { amount: m['amount'], currencyCode: m['currency_code'] };
  };
  const bag = isObject(set) ? set : {};
  return {
    shopMoney: side(bag['shop_money']),
    presentmentMoney: side(bag['presentment_money'] ?? bag['shop_money']),
  };
}

function gid(kind: string, id: unknown): string {
  return `gid://shopify/${kind}/${String(id)}`;
}

function graphqlAddress(address: unknown): Json | null {
  if (!isObject(address)) return null;
  return {
    firstName: address['first_name'] ?? null,
    lastName: address['last_name'] ?? null,
    company: address['company'] ?? null,
    address1: address['address1'] ?? null,
    address2: address['address2'] ?? null,
    city: address['city'] ?? null,
    province: address['province'] ?? null,
    provinceCode: address['province_code'] ?? null,
    countryCodeV2: address['country_code'] ?? null,
    zip: address['zip'] ?? null,
    phone: address['phone'] ?? null,
  };
}

function graphqlTaxLines(owner: Json, currency: string): Json[] {
  return objectsIn(owner['tax_lines']).map((tax) => ({
    title: tax['title'],
    rate: tax['rate'],
    ratePercentage: typeof tax['rate'] === 'number' ? Math.round(tax['rate'] * 1e7) / 1e5 : null,
    priceSet: moneyBag(tax['price_set'], tax['price'], currency),
  }));
}

function graphqlAllocations(owner: Json, currency: string): Json[] {
  return objectsIn(owner['discount_allocations']).map((allocation) => ({
    allocatedAmountSet: moneyBag(allocation['amount_set'], allocation['amount'], currency),
  }));
}

/**
 * The REST order as the GraphQL Admin API returns the same Order: gid ids (legacyResourceId beside), camelCase
 * fields, MoneyBags, lineItems as edges/nodes, shippingLines as nodes, enum values upper-case.
 */
export function toGraphqlOrder(payload: Json): Json {
  const currency = text(payload['currency']);
  if (currency === null) throw new Error('the order names no shop currency');
  const customer = isObject(payload['customer']) ? payload['customer'] : null;
  const tags = text(payload['tags']) ?? '';
  return {
    id: gid('Order', payload['id']),
    legacyResourceId: String(payload['id']),
    name: payload['name'],
    createdAt: payload['created_at'],
    currencyCode: currency,
    presentmentCurrencyCode: payload['presentment_currency'] ?? currency,
    taxesIncluded: payload['taxes_included'] === true,
    displayFinancialStatus: String(payload['financial_status'] ?? 'paid').toUpperCase(),
    displayFulfillmentStatus: 'UNFULFILLED',
    email: payload['email'] ?? null,
    tags: tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    discountCodes: objectsIn(payload['discount_codes']).map((code) => code['code']),
    customer:
      customer === null
        ? null
        : {
            id: gid('Customer', customer['id']),
            email: customer['email'] ?? null,
            firstName: customer['first_name'] ?? null,
            lastName: customer['last_name'] ?? null,
            phone: customer['phone'] ?? null,
            defaultAddress: graphqlAddress(customer['default_address']),
          },
    billingAddress: graphqlAddress(payload['billing_address']),
    shippingAddress: graphqlAddress(payload['shipping_address']),
    totalLineItemsPriceSet: moneyBag(
      payload['total_line_items_price_set'],
      payload['total_line_items_price'],
      currency,
    ),
    subtotalPriceSet: moneyBag(payload['subtotal_price_set'], payload['subtotal_price'], currency),
    totalDiscountsSet: moneyBag(payload['total_discounts_set'], payload['total_discounts'], currency),
    totalShippingPriceSet: moneyBag(payload['total_shipping_price_set'], '0.00', currency),
    totalTaxSet: moneyBag(payload['total_tax_set'], payload['total_tax'], currency),
    totalTipReceivedSet: moneyBag(undefined, payload['total_tip_received'] ?? '0.00', currency),
    totalPriceSet: moneyBag(payload['total_price_set'], payload['total_price'], currency),
    lineItems: {
      edges: objectsIn(payload['line_items']).map((line) => ({
        node: {
          id: gid('LineItem', line['id']),
          sku: line['sku'] ?? null,
          name: line['name'],
          title: line['title'],
          quantity: line['quantity'],
          isGiftCard: line['gift_card'] === true,
          originalUnitPriceSet: moneyBag(line['price_set'], line['price'], currency),
          discountAllocations: graphqlAllocations(line, currency),
          taxLines: graphqlTaxLines(line, currency),
        },
      })),
    },
    shippingLines: {
      nodes: objectsIn(payload['shipping_lines']).map((shipping) => ({
        id: gid('ShippingLine', shipping['id']),
        title: shipping['title'],
        code: shipping['code'] ?? null,
        originalPriceSet: moneyBag(shipping['price_set'], shipping['price'], currency),
        discountAllocations: graphqlAllocations(shipping, currency),
        taxLines: graphqlTaxLines(shipping, currency),
      })),
    },
    transactions: objectsIn(payload['transactions']).map((transaction) => ({
      kind: String(transaction['kind']).toUpperCase(),
      status: String(transaction['status']).toUpperCase(),
      gateway: transaction['gateway'],
      amountSet: moneyBag(undefined, transaction['amount'], currency),
    })),
  };
}
