import { isCurrencyCode } from '../money/currency';
import { type FieldReader, isObject, join, type JsonObject } from './field-reader';
import type { OrderLine, PostalAddress, ShippingLine, ShopifyCustomer, TaxLine } from './model';

/**
 * Where one Shopify API shape keeps the order facts both shapes carry: the REST Admin API / webhook in snake_case
 * with plain amounts, the GraphQL Admin API in camelCase with MoneyBag amounts. A list of names is read in order,
 * the first present wins.
 */
export interface ShopifyFieldNames {
  readonly unitPrice: string;
  readonly shippingPrice: string;
  readonly giftCardFlag: string;
  readonly taxLines: string;
  readonly taxAmount: string;
  readonly discountAllocations: string;
  readonly allocationAmount: string;
  readonly transactionAmount: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly province: readonly string[];
  readonly countryCode: readonly string[];
  readonly defaultAddress: string;
}

/**
 * The order's shop currency (`shopKey`, required) and presentment currency (`presentmentKey`, the shop's when
 * absent), upper-cased. A code that is not three letters is named as a bad field; its amounts are then not read.
 */
export function readCurrencies(
  order: JsonObject,
  path: string,
  reader: FieldReader,
  shopKey: string,
  presentmentKey: string,
): { readonly currency: string; readonly presentmentCurrency: string } {
  const currency = (reader.requiredString(order, shopKey, path) || 'XXX').toUpperCase();
  if (!isCurrencyCode(currency)) reader.fail(join(path, shopKey), 'must be an ISO 4217 currency code');
  const presentment = reader.string(order, presentmentKey, path);
  const presentmentCurrency = (presentment ?? currency).toUpperCase();
  if (presentment !== null && !isCurrencyCode(presentmentCurrency))
    reader.fail(join(path, presentmentKey), 'must be an ISO 4217 currency code');
  return { currency, presentmentCurrency };
}

/** Reads a required amount in shop currency (each API shape knows where its amounts live). */
export interface ShopAmounts {
  required(parent: JsonObject, key: string, path: string): number;
}

/** One order line; the id is read by the caller, since REST and GraphQL key lines differently. */
export function readOrderLine(
  node: JsonObject,
  path: string,
  reader: FieldReader,
  money: ShopAmounts,
  names: ShopifyFieldNames,
  shopifyLineId: string,
): OrderLine {
  const quantity = reader.quantity(node, 'quantity', path);
  const unitPriceMinor = money.required(node, names.unitPrice, path);
  const discountMinor = sumDiscountAllocations(node, path, reader, money, names);
  const taxLines = readTaxLines(node, path, reader, money, names);
  const sku = reader.string(node, 'sku', path);
  return {
    shopifyLineId,
    sku: sku === null || sku.trim() === '' ? null : sku.trim(),
    title: reader.string(node, 'name', path) ?? reader.string(node, 'title', path) ?? '',
    quantity,
    unitPriceMinor,
    grossMinor: unitPriceMinor * quantity,
    discountMinor,
    taxLines,
    taxMinor: sumTax(taxLines),
    isGiftCard: reader.boolean(node, names.giftCardFlag, path, false),
  };
}

export function readShippingLine(
  node: JsonObject,
  path: string,
  reader: FieldReader,
  money: ShopAmounts,
  names: ShopifyFieldNames,
): ShippingLine {
  const taxLines = readTaxLines(node, path, reader, money, names);
  return {
    title: reader.string(node, 'title', path) ?? '',
    code: reader.string(node, 'code', path),
    priceMinor: money.required(node, names.shippingPrice, path),
    discountMinor: sumDiscountAllocations(node, path, reader, money, names),
    taxLines,
    taxMinor: sumTax(taxLines),
  };
}

function readTaxLines(
  node: JsonObject,
  path: string,
  reader: FieldReader,
  money: ShopAmounts,
  names: ShopifyFieldNames,
): TaxLine[] {
  return reader.array(node, names.taxLines, path).flatMap((raw, index) => {
    const taxPath = join(join(path, names.taxLines), index);
    if (!isObject(raw)) return (reader.fail(taxPath, 'must be an object'), []);
    return [
      {
        title: reader.string(raw, 'title', taxPath) ?? '',
        rate: rateText(raw['rate'], join(taxPath, 'rate'), reader),
        amountMinor: money.required(raw, names.taxAmount, taxPath),
      },
    ];
  });
}

function sumTax(taxLines: readonly TaxLine[]): number {
  return taxLines.reduce((sum, tax) => sum + tax.amountMinor, 0);
}

function sumDiscountAllocations(
  node: JsonObject,
  path: string,
  reader: FieldReader,
  money: ShopAmounts,
  names: ShopifyFieldNames,
): number {
  return reader.array(node, names.discountAllocations, path).reduce<number>((sum, raw, index) => {
    const allocationPath = join(join(path, names.discountAllocations), index);
    if (!isObject(raw)) return (reader.fail(allocationPath, 'must be an object'), sum);
    return sum + money.required(raw, names.allocationAmount, allocationPath);
  }, 0);
}

/** What the shopper paid by gift card: successful sales and captures through the gift_card gateway. */
export function sumGiftCardPayments(
  order: JsonObject,
  path: string,
  reader: FieldReader,
  money: ShopAmounts,
  names: ShopifyFieldNames,
): number {
  return reader.array(order, 'transactions', path).reduce<number>((sum, raw, index) => {
    const txPath = join(join(path, 'transactions'), index);
    if (!isObject(raw)) return (reader.fail(txPath, 'must be an object'), sum);
    const paid = ['sale', 'capture'].includes(String(raw['kind']).toLowerCase());
    const succeeded = String(raw['status']).toLowerCase() === 'success';
    const giftCard = String(raw['gateway']).toLowerCase() === 'gift_card';
    return paid && succeeded && giftCard ? sum + money.required(raw, names.transactionAmount, txPath) : sum;
  }, 0);
}

/** The customer's own fields; the id is read by the caller (gid or numeric). */
export function readCustomer(
  raw: JsonObject,
  path: string,
  reader: FieldReader,
  names: ShopifyFieldNames,
  shopifyCustomerId: string | null,
): ShopifyCustomer {
  return {
    shopifyCustomerId,
    email: reader.string(raw, 'email', path),
    firstName: reader.string(raw, names.firstName, path),
    lastName: reader.string(raw, names.lastName, path),
    phone: reader.string(raw, 'phone', path),
    defaultAddress: readAddressAt(raw, names.defaultAddress, path, reader, names),
  };
}

/** The address object at `parent[key]`, or null when there is none. */
export function readAddressAt(
  parent: JsonObject,
  key: string,
  path: string,
  reader: FieldReader,
  names: ShopifyFieldNames,
): PostalAddress | null {
  const raw = reader.object(parent, key, path);
  if (raw === null) return null;
  const addressPath = join(path, key);
  return {
    firstName: reader.string(raw, names.firstName, addressPath),
    lastName: reader.string(raw, names.lastName, addressPath),
    company: reader.string(raw, 'company', addressPath),
    address1: reader.string(raw, 'address1', addressPath),
    address2: reader.string(raw, 'address2', addressPath),
    city: reader.string(raw, 'city', addressPath),
    province: firstString(raw, names.province, addressPath, reader),
    countryCode: firstString(raw, names.countryCode, addressPath, reader)?.toUpperCase() ?? null,
    zip: reader.string(raw, 'zip', addressPath),
    phone: reader.string(raw, 'phone', addressPath),
  };
}

function firstString(
  raw: JsonObject,
  keys: readonly string[],
  path: string,
  reader: FieldReader,
): string | null {
  for (const key of keys) {
    const value = reader.string(raw, key, path);
    if (value !== null) return value;
  }
  return null;
}

/** How one API shape names the sides of a money set and the currency inside each side. */
export interface MoneySetNames {
  readonly shop: string;
  readonly presentment: string;
  readonly currency: string;
}

/**
 * Amounts in minor units of shop currency, found where the API shape keeps them (`read`), and money sets ({shop
 * side, presentment side}, each {amount, currency}) with each side checked against the currency the order
 * declares for it.
 */
export abstract class MoneySets implements ShopAmounts {
  constructor(
    protected readonly reader: FieldReader,
    protected readonly currency: string,
    private readonly presentmentCurrency: string,
    private readonly names: MoneySetNames,
  ) {}

  required(parent: JsonObject, key: string, path: string): number {
    return this.read(parent, key, path, true) ?? 0;
  }

  optional(parent: JsonObject, key: string, path: string): number | null {
    return this.read(parent, key, path, false);
  }

  /** The amount the API shape names `key`; a missing one is an error when `required`. */
  protected abstract read(parent: JsonObject, key: string, path: string, required: boolean): number | null;

  /** The shop-currency side of the set at `parent[setKey]`; null when there is no set. */
  shop(parent: JsonObject, setKey: string, path: string): number | null {
    const set = this.reader.object(parent, setKey, path);
    return set === null ? null : this.side(set, join(path, setKey), this.names.shop, this.currency);
  }

  /** The presentment side, or null when the set or its presentment side is absent. */
  presentment(parent: JsonObject, setKey: string, path: string): number | null {
    const set = this.reader.object(parent, setKey, path);
    if (set === null || !isObject(set[this.names.presentment])) return null;
    return this.side(set, join(path, setKey), this.names.presentment, this.presentmentCurrency);
  }

  private side(set: JsonObject, setPath: string, side: string, currency: string): number | null {
    const bag = set[side];
    const bagPath = join(setPath, side);
    if (!isObject(bag)) {
      this.reader.fail(bagPath, 'is required');
      return null;
    }
    const code = bag[this.names.currency];
    // A currency that is not a code was reported where the order names it; no use comparing with it.
    if (typeof code === 'string' && isCurrencyCode(currency) && code.toUpperCase() !== currency) {
      this.reader.fail(join(bagPath, this.names.currency), `must be ${currency}, got ${code}`);
      return null;
    }
    return this.reader.money(bag['amount'], join(bagPath, 'amount'), currency);
  }
}

/** Tax rates stay text ("0.2", "0.0725") so no float formatting creeps into mapping keys. */
function rateText(value: unknown, field: string, reader: FieldReader): string {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return String(Number(value.trim()));
  reader.fail(field, 'must be a non-negative decimal rate');
  return '0';
}
