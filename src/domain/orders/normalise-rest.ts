import { isCurrencyCode } from '../money/currency';
import { type FieldReader, gidNumber, isObject, join, type JsonObject } from './field-reader';
import type {
  NormalisedOrder,
  OrderLine,
  PostalAddress,
  ShippingLine,
  ShopifyCustomer,
  TaxLine,
} from './model';

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
  const currency = (reader.requiredString(order, 'currency', path) || 'XXX').toUpperCase();
  if (!isCurrencyCode(currency)) reader.fail(join(path, 'currency'), 'must be an ISO 4217 currency code');
  const presentmentCurrency = (reader.string(order, 'presentment_currency', path) ?? currency).toUpperCase();
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
  if (fromGid === null && typeof order['id'] === 'number' && !Number.isSafeInteger(order['id'])) {
    reader.fail(
      join(path, 'id'),
      'is beyond 2^53 and may have been rounded by JSON.parse; send admin_graphql_api_id or the id as a string',
    );
    shopifyOrderId = null;
  }
  if (shopifyOrderId === null && numericId === null && gid === null)
    reader.fail(join(path, 'id'), 'is required');

  const taxesIncluded = reader.boolean(order, 'taxes_included', path, false);
  const lines = reader.array(order, 'line_items', path).map((raw, index) => {
    const linePath = join(join(path, 'line_items'), index);
    return isObject(raw)
      ? restLine(raw, linePath, reader, money)
      : (reader.fail(linePath, 'must be an object'), null);
  });
  if (lines.length === 0) reader.fail(join(path, 'line_items'), 'must list at least one line');
  const shippingLines = reader.array(order, 'shipping_lines', path).map((raw, index) => {
    const linePath = join(join(path, 'shipping_lines'), index);
    return isObject(raw)
      ? restShippingLine(raw, linePath, reader, money)
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
    totalShippingMinor: money.setOnly(order, 'total_shipping_price_set', path),
    totalTaxMinor: money.optional(order, 'total_tax', path) ?? 0,
    totalTipMinor: money.optional(order, 'total_tip_received', path) ?? 0,
    totalDutiesMinor: money.setOnly(order, 'original_total_duties_set', path) ?? 0,
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
    billingAddress: restAddress(
      reader.object(order, 'billing_address', path),
      join(path, 'billing_address'),
      reader,
    ),
    shippingAddress: restAddress(
      reader.object(order, 'shipping_address', path),
      join(path, 'shipping_address'),
      reader,
    ),
    lines: lines.filter((line): line is OrderLine => line !== null),
    shippingLines: shippingLines.filter((line): line is ShippingLine => line !== null),
    discountCodes,
    giftCardPaymentsMinor: giftCardPayments(reader.array(order, 'transactions', path), path, reader, money),
    totals,
    warnings,
  };
  return result;
}

function restLine(raw: JsonObject, path: string, reader: FieldReader, money: ShopMoney): OrderLine {
  const quantity = reader.quantity(raw, 'quantity', path);
  const unitPriceMinor = money.required(raw, 'price', path);
  const discountMinor = sumAllocations(reader.array(raw, 'discount_allocations', path), path, reader, money);
  const taxLines = restTaxLines(raw, path, reader, money);
  const sku = reader.string(raw, 'sku', path);
  return {
    shopifyLineId: lineId(raw, path, reader, 'LineItem'),
    sku: sku === null || sku.trim() === '' ? null : sku.trim(),
    title: reader.string(raw, 'name', path) ?? reader.string(raw, 'title', path) ?? '',
    quantity,
    unitPriceMinor,
    grossMinor: unitPriceMinor * quantity,
    discountMinor,
    taxLines,
    taxMinor: taxLines.reduce((sum, tax) => sum + tax.amountMinor, 0),
    isGiftCard: reader.boolean(raw, 'gift_card', path, false),
  };
}

function restShippingLine(
  raw: JsonObject,
  path: string,
  reader: FieldReader,
  money: ShopMoney,
): ShippingLine {
  const taxLines = restTaxLines(raw, path, reader, money);
  return {
    title: reader.string(raw, 'title', path) ?? '',
    code: reader.string(raw, 'code', path),
    priceMinor: money.required(raw, 'price', path),
    discountMinor: sumAllocations(reader.array(raw, 'discount_allocations', path), path, reader, money),
    taxLines,
    taxMinor: taxLines.reduce((sum, tax) => sum + tax.amountMinor, 0),
  };
}

function restTaxLines(raw: JsonObject, path: string, reader: FieldReader, money: ShopMoney): TaxLine[] {
  return reader.array(raw, 'tax_lines', path).flatMap((taxRaw, index) => {
    const taxPath = join(join(path, 'tax_lines'), index);
    if (!isObject(taxRaw)) return (reader.fail(taxPath, 'must be an object'), []);
    return [
      {
        title: reader.string(taxRaw, 'title', taxPath) ?? '',
        rate: rateText(taxRaw['rate'], join(taxPath, 'rate'), reader),
        amountMinor: money.required(taxRaw, 'price', taxPath),
      },
    ];
  });
}

function sumAllocations(
  allocations: readonly unknown[],
  path: string,
  reader: FieldReader,
  money: ShopMoney,
): number {
  return allocations.reduce<number>((sum, raw, index) => {
    const allocationPath = join(join(path, 'discount_allocations'), index);
    if (!isObject(raw)) return (reader.fail(allocationPath, 'must be an object'), sum);
    return sum + money.required(raw, 'amount', allocationPath);
  }, 0);
}

function giftCardPayments(
  transactions: readonly unknown[],
  path: string,
  reader: FieldReader,
  money: ShopMoney,
): number {
  return transactions.reduce<number>((sum, raw, index) => {
    const txPath = join(join(path, 'transactions'), index);
    if (!isObject(raw)) return (reader.fail(txPath, 'must be an object'), sum);
    const paid = ['sale', 'capture'].includes(String(raw['kind']).toLowerCase());
    const succeeded = String(raw['status']).toLowerCase() === 'success';
    const giftCard = String(raw['gateway']).toLowerCase() === 'gift_card';
    return paid && succeeded && giftCard ? sum + money.required(raw, 'amount', txPath) : sum;
  }, 0);
}

function lineId(raw: JsonObject, path: string, reader: FieldReader, kind: string): string {
  const gid = reader.string(raw, 'admin_graphql_api_id', path);
  const fromGid = gid === null ? null : gidNumber(gid, kind);
  const numeric = reader.id(raw, 'id', path);
  if (fromGid === null && typeof raw['id'] === 'number' && !Number.isSafeInteger(raw['id'])) {
    reader.fail(
      join(path, 'id'),
      'is beyond 2^53 and may have been rounded by JSON.parse; send admin_graphql_api_id or the id as a string',
    );
    return '';
  }
  const id = fromGid ?? numeric;
  if (id === null) reader.fail(join(path, 'id'), 'is required');
  return id ?? '';
}

function restCustomer(raw: JsonObject, path: string, reader: FieldReader): ShopifyCustomer {
  const gid = reader.string(raw, 'admin_graphql_api_id', path);
  return {
    shopifyCustomerId: (gid === null ? null : gidNumber(gid, 'Customer')) ?? reader.id(raw, 'id', path),
    email: reader.string(raw, 'email', path),
    firstName: reader.string(raw, 'first_name', path),
    lastName: reader.string(raw, 'last_name', path),
    phone: reader.string(raw, 'phone', path),
    defaultAddress: restAddress(
      reader.object(raw, 'default_address', path),
      join(path, 'default_address'),
      reader,
    ),
  };
}

function restAddress(raw: JsonObject | null, path: string, reader: FieldReader): PostalAddress | null {
  if (raw === null) return null;
  return {
    firstName: reader.string(raw, 'first_name', path),
    lastName: reader.string(raw, 'last_name', path),
    company: reader.string(raw, 'company', path),
    address1: reader.string(raw, 'address1', path),
    address2: reader.string(raw, 'address2', path),
    city: reader.string(raw, 'city', path),
    province: reader.string(raw, 'province_code', path) ?? reader.string(raw, 'province', path),
    countryCode: reader.string(raw, 'country_code', path)?.toUpperCase() ?? null,
    zip: reader.string(raw, 'zip', path),
    phone: reader.string(raw, 'phone', path),
  };
}

export function splitTags(tags: string | null): string[] {
  if (tags === null) return [];
  return tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** Tax rates stay text ("0.2", "0.0725") so no float formatting creeps into mapping keys. */
export function rateText(value: unknown, field: string, reader: FieldReader): string {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return String(Number(value.trim()));
  reader.fail(field, 'must be a non-negative decimal rate');
  return '0';
}

/** Reads REST amounts in shop currency, from `<key>_set.shop_money` when present, else the plain `<key>`. */
class ShopMoney {
  constructor(
    private readonly reader: FieldReader,
    private readonly currency: string,
    private readonly presentmentCurrency: string,
  ) {}

  required(parent: JsonObject, key: string, path: string): number {
    return this.read(parent, key, path, true) ?? 0;
  }

  optional(parent: JsonObject, key: string, path: string): number | null {
    return this.read(parent, key, path, false);
  }

  /** A field that exists only as a MoneySet (e.g. total_shipping_price_set). */
  setOnly(parent: JsonObject, setKey: string, path: string): number | null {
    const set = this.reader.object(parent, setKey, path);
    return set === null ? null : this.fromSet(set, join(path, setKey), 'shop_money', this.currency);
  }

  presentment(parent: JsonObject, setKey: string, path: string): number | null {
    const set = this.reader.object(parent, setKey, path);
    if (set === null || !isObject(set['presentment_money'])) return null;
    return this.fromSet(set, join(path, setKey), 'presentment_money', this.presentmentCurrency);
  }

  private read(parent: JsonObject, key: string, path: string, required: boolean): number | null {
    const set = this.reader.object(parent, `${key}_set`, path);
    if (set !== null && isObject(set['shop_money'])) {
      return this.fromSet(set, join(path, `${key}_set`), 'shop_money', this.currency);
    }
    const value = parent[key];
    if (value === undefined || value === null) {
      if (required) this.reader.fail(join(path, key), 'is required');
      return null;
    }
    return this.reader.money(value, join(path, key), this.currency);
  }

  private fromSet(set: JsonObject, setPath: string, side: string, currency: string): number | null {
    const bag = set[side];
    const bagPath = join(setPath, side);
    if (!isObject(bag)) {
      this.reader.fail(bagPath, 'is required');
      return null;
    }
    const code = bag['currency_code'];
    if (typeof code === 'string' && code.toUpperCase() !== currency) {
      this.reader.fail(join(bagPath, 'currency_code'), `must be ${currency}, got ${code}`);
      return null;
    }
    return this.reader.money(bag['amount'], join(bagPath, 'amount'), currency);
  }
}
