import { type FieldReader, gidNumber, isObject, join, type JsonObject } from './field-reader';
import type { NormalisedOrder, ShopifyCustomer } from './model';
import {
  MoneySets,
  readAddressAt,
  readCurrencies,
  readCustomer,
  readOrderLine,
  readShippingLine,
  type ShopifyFieldNames,
  sumGiftCardPayments,
} from './normalise-parts';

const GRAPHQL_NAMES: ShopifyFieldNames = {
  unitPrice: 'originalUnitPriceSet',
  shippingPrice: 'originalPriceSet',
  giftCardFlag: 'isGiftCard',
  taxLines: 'taxLines',
  taxAmount: 'priceSet',
  discountAllocations: 'discountAllocations',
  allocationAmount: 'allocatedAmountSet',
  transactionAmount: 'amountSet',
  firstName: 'firstName',
  lastName: 'lastName',
  province: ['provinceCode', 'province'],
  countryCode: ['countryCodeV2', 'countryCode'],
  defaultAddress: 'defaultAddress',
};

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
  const { currency, presentmentCurrency } = readCurrencies(
    order,
    path,
    reader,
    'currencyCode',
    'presentmentCurrencyCode',
  );
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
    readOrderLine(node, nodePath, reader, money, GRAPHQL_NAMES, nodeId(node, nodePath, reader, 'LineItem')),
  );
  if (lines.length === 0) reader.fail(join(path, 'lineItems'), 'must list at least one line');
  const shippingLines = connection(order, 'shippingLines', path, reader).map(({ node, nodePath }) =>
    readShippingLine(node, nodePath, reader, money, GRAPHQL_NAMES),
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
    billingAddress: readAddressAt(order, 'billingAddress', path, reader, GRAPHQL_NAMES),
    shippingAddress: readAddressAt(order, 'shippingAddress', path, reader, GRAPHQL_NAMES),
    lines,
    shippingLines,
    discountCodes,
    giftCardPaymentsMinor: sumGiftCardPayments(order, path, reader, money, GRAPHQL_NAMES),
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
  return readCustomer(raw, path, reader, GRAPHQL_NAMES, id);
}

/** MoneyBag amounts in shop currency ({shopMoney:{amount, currencyCode}}), checked against the order's currency. */
class MoneyBags extends MoneySets {
  constructor(reader: FieldReader, currency: string, presentmentCurrency: string) {
    super(reader, currency, presentmentCurrency, {
      shop: 'shopMoney',
      presentment: 'presentmentMoney',
      currency: 'currencyCode',
    });
  }

  protected read(parent: JsonObject, key: string, path: string, required: boolean): number | null {
    if (required && (parent[key] === undefined || parent[key] === null))
      this.reader.fail(join(path, key), 'is required');
    return this.shop(parent, key, path);
  }
}
