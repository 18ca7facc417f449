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
import { rateText } from './normalise-rest';

/**
 * The GraphQL Admin API Order (what Patchworks' Shopify connector reads): gid ids, camelCase, MoneyBag amounts
 * ({shopMoney, presentmentMoney}), and connections for lists (edges/node, nodes, or a plain array). The model is
 * in shop money; presentment money is kept only for the order's total.
 */
export function normaliseGraphqlOrder(
  order: JsonObject,
  path: string,
  channel: string | null,
  reader: FieldReader,
): NormalisedOrder | null {
  const currency = (reader.requiredString(order, 'currencyCode', path) || 'XXX').toUpperCase();
  if (!isCurrencyCode(currency)) reader.fail(join(path, 'currencyCode'), 'must be an ISO 4217 currency code');
  const presentmentCurrency = (
    reader.string(order, 'presentmentCurrencyCode', path) ?? currency
  ).toUpperCase();
  const money = new MoneyBags(reader, currency, presentmentCurrency);
  const warnings: string[] = [];

  const gid = reader.requiredString(order, 'id', path);
  const shopifyOrderId = gid === '' ? null : gidNumber(gid, 'Order');
  if (gid !== '' && shopifyOrderId === null)
    reader.fail(join(path, 'id'), 'must be a gid://shopify/Order/<id>');
  const legacy = reader.id(order, 'legacyResourceId', path);
  if (legacy !== null && shopifyOrderId !== null && legacy !== shopifyOrderId) {
    warnings.push(
      `legacyResourceId ${legacy} disagrees with ${gid}: JSON.parse probably rounded it; keyed on the gid.`,
    );
  }

  const lines = connection(order, 'lineItems', path, reader).map(({ node, nodePath }) =>
    graphqlLine(node, nodePath, reader, money),
  );
  if (lines.length === 0) reader.fail(join(path, 'lineItems'), 'must list at least one line');
  const shippingLines = connection(order, 'shippingLines', path, reader).map(({ node, nodePath }) =>
    graphqlShippingLine(node, nodePath, reader, money),
  );
  const discountCodes = reader.array(order, 'discountCodes', path).flatMap((code, index) => {
    if (typeof code === 'string') return code.trim() === '' ? [] : [code];
    reader.fail(join(join(path, 'discountCodes'), index), 'must be a string');
    return [];
  });
  const tags = reader.array(order, 'tags', path).flatMap((tag, index) => {
    if (typeof tag === 'string') return tag.trim() === '' ? [] : [tag.trim()];
    reader.fail(join(join(path, 'tags'), index), 'must be a string');
    return [];
  });

  const customerRaw = reader.object(order, 'customer', path);
  return {
    source: 'graphql',
    channel,
    shopifyOrderId: shopifyOrderId ?? '',
    gid,
    name: reader.requiredString(order, 'name', path),
    createdAt: reader.requiredString(order, 'createdAt', path),
    currency,
    presentmentCurrency,
    presentmentTotalMinor: money.presentment(order, 'totalPriceSet', path),
    taxesIncluded: reader.boolean(order, 'taxesIncluded', path, false),
    financialStatus: reader.string(order, 'displayFinancialStatus', path)?.toLowerCase() ?? null,
    tags,
    email: reader.string(order, 'email', path),
    customer: customerRaw ? graphqlCustomer(customerRaw, join(path, 'customer'), reader) : null,
    billingAddress: graphqlAddress(
      reader.object(order, 'billingAddress', path),
      join(path, 'billingAddress'),
      reader,
    ),
    shippingAddress: graphqlAddress(
      reader.object(order, 'shippingAddress', path),
      join(path, 'shippingAddress'),
      reader,
    ),
    lines,
    shippingLines,
    discountCodes,
    giftCardPaymentsMinor: giftCardPayments(order, path, reader, money),
    totals: {
      lineItemsMinor: money.optional(order, 'totalLineItemsPriceSet', path),
      subtotalMinor: money.required(order, 'subtotalPriceSet', path),
      totalDiscountsMinor: money.optional(order, 'totalDiscountsSet', path) ?? 0,
      totalShippingMinor: money.optional(order, 'totalShippingPriceSet', path),
      totalTaxMinor: money.optional(order, 'totalTaxSet', path) ?? 0,
      totalTipMinor: money.optional(order, 'totalTipReceivedSet', path) ?? 0,
      totalDutiesMinor: money.optional(order, 'originalTotalDutiesSet', path) ?? 0,
      totalMinor: money.required(order, 'totalPriceSet', path),
    },
    warnings,
  };
}

function graphqlLine(node: JsonObject, path: string, reader: FieldReader, money: MoneyBags): OrderLine {
  const quantity = reader.quantity(node, 'quantity', path);
  const unitPriceMinor = money.required(node, 'originalUnitPriceSet', path);
  const taxLines = graphqlTaxLines(node, path, reader, money);
  const sku = reader.string(node, 'sku', path);
  return {
    shopifyLineId: nodeId(node, path, reader, 'LineItem'),
    sku: sku === null || sku.trim() === '' ? null : sku.trim(),
    title: reader.string(node, 'name', path) ?? reader.string(node, 'title', path) ?? '',
    quantity,
    unitPriceMinor,
    grossMinor: unitPriceMinor * quantity,
    discountMinor: allocations(node, path, reader, money),
    taxLines,
    taxMinor: taxLines.reduce((sum, tax) => sum + tax.amountMinor, 0),
    isGiftCard: reader.boolean(node, 'isGiftCard', path, false),
  };
}

function graphqlShippingLine(
  node: JsonObject,
  path: string,
  reader: FieldReader,
  money: MoneyBags,
): ShippingLine {
  const taxLines = graphqlTaxLines(node, path, reader, money);
  return {
    title: reader.string(node, 'title', path) ?? '',
    code: reader.string(node, 'code', path),
    priceMinor: money.required(node, 'originalPriceSet', path),
    discountMinor: allocations(node, path, reader, money),
    taxLines,
    taxMinor: taxLines.reduce((sum, tax) => sum + tax.amountMinor, 0),
  };
}

function graphqlTaxLines(node: JsonObject, path: string, reader: FieldReader, money: MoneyBags): TaxLine[] {
  return reader.array(node, 'taxLines', path).flatMap((raw, index) => {
    const taxPath = join(join(path, 'taxLines'), index);
    if (!isObject(raw)) return (reader.fail(taxPath, 'must be an object'), []);
    return [
      {
        title: reader.string(raw, 'title', taxPath) ?? '',
        rate: rateText(raw['rate'], join(taxPath, 'rate'), reader),
        amountMinor: money.required(raw, 'priceSet', taxPath),
      },
    ];
  });
}

function allocations(node: JsonObject, path: string, reader: FieldReader, money: MoneyBags): number {
  return reader.array(node, 'discountAllocations', path).reduce<number>((sum, raw, index) => {
    const allocationPath = join(join(path, 'discountAllocations'), index);
    if (!isObject(raw)) return (reader.fail(allocationPath, 'must be an object'), sum);
    return sum + money.required(raw, 'allocatedAmountSet', allocationPath);
  }, 0);
}

function giftCardPayments(order: JsonObject, path: string, reader: FieldReader, money: MoneyBags): number {
  return reader.array(order, 'transactions', path).reduce<number>((sum, raw, index) => {
    const txPath = join(join(path, 'transactions'), index);
    if (!isObject(raw)) return (reader.fail(txPath, 'must be an object'), sum);
    const paid = ['SALE', 'CAPTURE'].includes(String(raw['kind']).toUpperCase());
    const succeeded = String(raw['status']).toUpperCase() === 'SUCCESS';
    const giftCard = String(raw['gateway']).toLowerCase() === 'gift_card';
    return paid && succeeded && giftCard ? sum + money.required(raw, 'amountSet', txPath) : sum;
  }, 0);
}

function nodeId(node: JsonObject, path: string, reader: FieldReader, kind: string): string {
  const gid = reader.requiredString(node, 'id', path);
  const id = gid === '' ? null : gidNumber(gid, kind);
  if (gid !== '' && id === null) reader.fail(join(path, 'id'), `must be a gid://shopify/${kind}/<id>`);
  return id ?? '';
}

/** A GraphQL list as it may arrive: {edges:[{node}]}, {nodes:[…]} or a plain array. */
function connection(
  parent: JsonObject,
  key: string,
  path: string,
  reader: FieldReader,
): { node: JsonObject; nodePath: string }[] {
  const value = parent[key];
  const listPath = join(path, key);
  let items: readonly unknown[];
  let itemPath: (index: number) => string;
  if (Array.isArray(value)) {
    items = value;
    itemPath = (index) => join(listPath, index);
  } else if (isObject(value) && Array.isArray(value['nodes'])) {
    items = value['nodes'];
    itemPath = (index) => join(join(listPath, 'nodes'), index);
  } else if (isObject(value) && Array.isArray(value['edges'])) {
    items = value['edges'].map((edge) => (isObject(edge) ? edge['node'] : edge));
    itemPath = (index) => join(join(join(listPath, 'edges'), index), 'node');
  } else {
    if (value !== undefined && value !== null)
      reader.fail(listPath, 'must be a connection (edges or nodes) or a list');
    return [];
  }
  return items.flatMap((node, index) => {
    if (isObject(node)) return [{ node, nodePath: itemPath(index) }];
    reader.fail(itemPath(index), 'must be an object');
    return [];
  });
}

function graphqlCustomer(raw: JsonObject, path: string, reader: FieldReader): ShopifyCustomer {
  const gid = reader.string(raw, 'id', path);
  const id = gid === null ? null : gidNumber(gid, 'Customer');
  if (gid !== null && id === null) reader.fail(join(path, 'id'), 'must be a gid://shopify/Customer/<id>');
  return {
    shopifyCustomerId: id,
    email: reader.string(raw, 'email', path),
    firstName: reader.string(raw, 'firstName', path),
    lastName: reader.string(raw, 'lastName', path),
    phone: reader.string(raw, 'phone', path),
    defaultAddress: graphqlAddress(
      reader.object(raw, 'defaultAddress', path),
      join(path, 'defaultAddress'),
      reader,
    ),
  };
}

function graphqlAddress(raw: JsonObject | null, path: string, reader: FieldReader): PostalAddress | null {
  if (raw === null) return null;
  return {
    firstName: reader.string(raw, 'firstName', path),
    lastName: reader.string(raw, 'lastName', path),
    company: reader.string(raw, 'company', path),
    address1: reader.string(raw, 'address1', path),
    address2: reader.string(raw, 'address2', path),
    city: reader.string(raw, 'city', path),
    province: reader.string(raw, 'provinceCode', path) ?? reader.string(raw, 'province', path),
    countryCode:
      (reader.string(raw, 'countryCodeV2', path) ?? reader.string(raw, 'countryCode', path))?.toUpperCase() ??
      null,
    zip: reader.string(raw, 'zip', path),
    phone: reader.string(raw, 'phone', path),
  };
}

/** MoneyBag amounts in shop currency ({shopMoney:{amount, currencyCode}}), checked against the order's currency. */
class MoneyBags {
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

  presentment(parent: JsonObject, key: string, path: string): number | null {
    const bag = this.reader.object(parent, key, path);
    if (bag === null || !isObject(bag['presentmentMoney'])) return null;
    return this.side(bag, join(path, key), 'presentmentMoney', this.presentmentCurrency);
  }

  private read(parent: JsonObject, key: string, path: string, required: boolean): number | null {
    const bag = this.reader.object(parent, key, path);
    if (bag === null) {
      if (required && (parent[key] === undefined || parent[key] === null))
        this.reader.fail(join(path, key), 'is required');
      return null;
    }
    return this.side(bag, join(path, key), 'shopMoney', this.currency);
  }

  private side(bag: JsonObject, bagPath: string, side: string, currency: string): number | null {
    const money = bag[side];
    const moneyPath = join(bagPath, side);
    if (!isObject(money)) {
      this.reader.fail(moneyPath, 'is required');
      return null;
    }
    const code = money['currencyCode'];
    if (typeof code === 'string' && code.toUpperCase() !== currency) {
      this.reader.fail(join(moneyPath, 'currencyCode'), `must be ${currency}, got ${code}`);
      return null;
    }
    return this.reader.money(money['amount'], join(moneyPath, 'amount'), currency);
  }
}
