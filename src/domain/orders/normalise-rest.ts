import { type FieldReader, gidNumber, isObject, join, type JsonObject } from './field-reader';
import type { NormalisedOrder, OrderLine, ShippingLine, ShopifyCustomer } from './model';
import {
  readAddressAt,
  readCurrencies,
  readCustomer,
  MoneySets,
  readOrderLine,
  readShippingLine,
  type ShopifyFieldNames,
  sumGiftCardPayments,
} from './normalise-parts';

const REST_NAMES: ShopifyFieldNames = {
  unitPrice: 'price',
  shippingPrice: 'price',
  giftCardFlag: 'gift_card',
  taxLines: 'tax_lines',
  taxAmount: 'price',
  discountAllocations: 'discount_allocations',
  allocationAmount: 'amount',
  transactionAmount: 'amount',
  firstName: 'first_name',
  lastName: 'last_name',
  province: ['province_code', 'province'],
  countryCode: ['country_code'],
  defaultAddress: 'default_address',
};

/**
 * The REST shape: what the orders/create webhook sends and what GET /admin/api/…/orders/{id}.json returns inside
 * {"order": …}. Every amount exists twice: the plain field (shop currency) and `<field>_set` with shop_money and
 * presentment_money. The _set's shop_money is preferred because it names its currency.
 */
export function normaliseRestOrder(
  order: JsonObject,
  path: string,
  channel: string | null,
  reader: FieldReader,
): NormalisedOrder | null {
  const { currency, presentmentCurrency } = readCurrencies(
    order,
    path,
    reader,
    'currency',
    'presentment_currency',
  );
  const money = new ShopMoney(reader, currency, presentmentCurrency);
  const warnings: string[] = [];

  const gid = reader.string(order, 'admin_graphql_api_id', path);
  const numericId = reader.id(order, 'id', path);
  const fromGid = gid === null ? null : gidNumber(gid, 'Order');
  if (gid !== null && fromGid === null)
    reader.fail(join(path, 'admin_graphql_api_id'), 'must be a gid://shopify/Order/<id>');
  let shopifyOrderId = fromGid ?? numericId;
  if (fromGid !== null && numericId !== null && numericId !== fromGid) {
    warnings.push(
      `Numeric id ${numericId} disagrees with ${gid ?? ''}: JSON.parse probably rounded it; keyed on the gid.`,
    );
  }
  if (fromGid === null && refusedRoundedId(order, path, reader)) shopifyOrderId = null;
  if (shopifyOrderId === null && numericId === null && gid === null)
    reader.fail(join(path, 'id'), 'is required');

  const taxesIncluded = reader.boolean(order, 'taxes_included', path, false);
  const lines = reader.array(order, 'line_items', path).map((raw, index) => {
    const linePath = join(join(path, 'line_items'), index);
    return isObject(raw)
      ? readOrderLine(raw, linePath, reader, money, REST_NAMES, lineId(raw, linePath, reader, 'LineItem'))
      : (reader.fail(linePath, 'must be an object'), null);
  });
  if (lines.length === 0) reader.fail(join(path, 'line_items'), 'must list at least one line');
  const shippingLines = reader.array(order, 'shipping_lines', path).map((raw, index) => {
    const linePath = join(join(path, 'shipping_lines'), index);
    return isObject(raw)
      ? readShippingLine(raw, linePath, reader, money, REST_NAMES)
      : (reader.fail(linePath, 'must be an object'), null);
  });

  const discountCodes = reader.array(order, 'discount_codes', path).flatMap((raw, index) => {
    const codePath = join(join(path, 'discount_codes'), index);
    if (!isObject(raw)) return (reader.fail(codePath, 'must be an object'), []);
    const code = reader.string(raw, 'code', codePath);
    return code ? [code] : [];
  });

  const totals = {
    lineItemsMinor: money.optional(order, 'total_line_items_price', path),
    subtotalMinor: money.required(order, 'subtotal_price', path),
    totalDiscountsMinor: money.optional(order, 'total_discounts', path) ?? 0,
    totalShippingMinor: money.shop(order, 'total_shipping_price_set', path),
    totalTaxMinor: money.optional(order, 'total_tax', path) ?? 0,
    totalTipMinor: money.optional(order, 'total_tip_received', path) ?? 0,
    totalDutiesMinor: money.shop(order, 'original_total_duties_set', path) ?? 0,
    totalMinor: money.required(order, 'total_price', path),
  };

  const customerRaw = reader.object(order, 'customer', path);
  const result: NormalisedOrder = {
    source: 'rest',
    channel,
    shopifyOrderId: shopifyOrderId ?? '',
    gid: gid ?? (shopifyOrderId ? `gid://shopify/Order/${shopifyOrderId}` : ''),
    name: reader.requiredString(order, 'name', path),
    createdAt: reader.requiredString(order, 'created_at', path),
    currency,
    presentmentCurrency,
    presentmentTotalMinor: money.presentment(order, 'total_price_set', path),
    taxesIncluded,
    financialStatus: reader.string(order, 'financial_status', path)?.toLowerCase() ?? null,
    tags: splitTags(reader.string(order, 'tags', path)),
    email: reader.string(order, 'email', path) ?? reader.string(order, 'contact_email', path),
    customer: customerRaw ? restCustomer(customerRaw, join(path, 'customer'), reader) : null,
    billingAddress: readAddressAt(order, 'billing_address', path, reader, REST_NAMES),
    shippingAddress: readAddressAt(order, 'shipping_address', path, reader, REST_NAMES),
    lines: lines.filter((line): line is OrderLine => line !== null),
    shippingLines: shippingLines.filter((line): line is ShippingLine => line !== null),
    discountCodes,
    giftCardPaymentsMinor: sumGiftCardPayments(order, path, reader, money, REST_NAMES),
    totals,
    warnings,
  };
  return result;
}

function lineId(raw: JsonObject, path: string, reader: FieldReader, kind: string): string {
  const gid = reader.string(raw, 'admin_graphql_api_id', path);
  const fromGid = gid === null ? null : gidNumber(gid, kind);
  const numeric = reader.id(raw, 'id', path);
  if (fromGid === null && refusedRoundedId(raw, path, reader)) return '';
  const id = fromGid ?? numeric;
  if (id === null) reader.fail(join(path, 'id'), 'is required');
  return id ?? '';
}

function restCustomer(raw: JsonObject, path: string, reader: FieldReader): ShopifyCustomer {
  const gid = reader.string(raw, 'admin_graphql_api_id', path);
  const id = (gid === null ? null : gidNumber(gid, 'Customer')) ?? reader.id(raw, 'id', path);
  return readCustomer(raw, path, reader, REST_NAMES, id);
}

/** A JSON number id beyond 2^53 has been rounded by JSON.parse: with no gid to key on, it is refused. */
function refusedRoundedId(raw: JsonObject, path: string, reader: FieldReader): boolean {
  if (typeof raw['id'] !== 'number' || Number.isSafeInteger(raw['id'])) return false;
  reader.fail(
    join(path, 'id'),
    'is beyond 2^53 and may have been rounded by JSON.parse; send admin_graphql_api_id or the id as a string',
  );
  return true;
}

function splitTags(tags: string | null): string[] {
  if (tags === null) return [];
  return tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** Reads REST amounts in shop currency, from `<key>_set.shop_money` when present, else the plain `<key>`. */
class ShopMoney extends MoneySets {
  constructor(reader: FieldReader, currency: string, presentmentCurrency: string) {
    super(reader, currency, presentmentCurrency, {
      shop: 'shop_money',
      presentment: 'presentment_money',
      currency: 'currency_code',
    });
  }

  protected read(parent: JsonObject, key: string, path: string, required: boolean): number | null {
    const set = this.reader.object(parent, `${key}_set`, path);
    if (set !== null && isObject(set['shop_money'])) return this.shop(parent, `${key}_set`, path);
    const value = parent[key];
    if (value === undefined || value === null) {
      if (required) this.reader.fail(join(path, key), 'is required');
      return null;
    }
    return this.reader.money(value, join(path, key), this.currency);
  }
}
