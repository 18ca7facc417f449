/**
 * The order RESTlet's request bodies: a Shopify order as the orders/create webhook sends it (REST Admin Order),
 * wrapped as {"order": …}, the GraphQL Admin Order, or a batch {"channel", "orders": [...]}. Shopify sends many
 * more fields than these; the ones the bundle reads are typed here and the rest are allowed and ignored. Money
 * arrives as a decimal string or a bare number; exact parsing (and its errors) is the normaliser's job.
 */
import { channelCodeSchema } from './customer';
import { nullable, restAddressProperties, shopifyId, text } from './shopify-fields';
import type { JsonSchema } from './validate';

const gid = (kind: string): JsonSchema => ({
  type: 'string',
  pattern: `^gid://shopify/${kind}/[0-9]{1,20}$`,
});

const decimalAmount: JsonSchema = {
  anyOf: [
    { type: 'string', pattern: '^\\s*-?[0-9]{1,15}(\\.[0-9]{1,6})?\\s*$' },
    { type: 'number', minimum: 0 },
  ],
};
const currencyCode: JsonSchema = { type: 'string', pattern: '^[A-Za-z]{3}$' };

// REST: amounts as plain fields and as {shop_money, presentment_money} sets.
const restMoney: JsonSchema = {
  type: 'object',
  required: ['amount'],
  properties: { amount: decimalAmount, currency_code: currencyCode },
};
const restMoneySet: JsonSchema = {
  type: 'object',
  required: ['shop_money'],
  properties: { shop_money: restMoney, presentment_money: restMoney },
};
const restTaxLine: JsonSchema = {
  type: 'object',
  required: ['price', 'rate'],
  properties: { title: text(255), rate: decimalAmount, price: decimalAmount, price_set: restMoneySet },
};
const restAllocation: JsonSchema = {
  type: 'object',
  required: ['amount'],
  properties: { amount: decimalAmount, amount_set: restMoneySet },
};
const restAddress: JsonSchema = nullable({ type: 'object', properties: restAddressProperties });

export const restOrderSchema: JsonSchema = {
  type: 'object',
  required: ['currency', 'name', 'created_at', 'line_items', 'subtotal_price', 'total_price'],
  anyOf: [{ required: ['admin_graphql_api_id'] }, { required: ['id'] }],
  properties: {
    id: shopifyId,
    admin_graphql_api_id: gid('Order'),
    name: { type: 'string', minLength: 1, maxLength: 255 },
    created_at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
    currency: currencyCode,
    presentment_currency: currencyCode,
    taxes_included: { type: 'boolean' },
    financial_status: text(40),
    tags: text(4000),
    email: text(254),
    subtotal_price: decimalAmount,
    subtotal_price_set: restMoneySet,
    total_price: decimalAmount,
    total_price_set: restMoneySet,
    total_tax: decimalAmount,
    total_discounts: decimalAmount,
    total_line_items_price: decimalAmount,
    total_tip_received: decimalAmount,
    total_shipping_price_set: restMoneySet,
    original_total_duties_set: { anyOf: [restMoneySet, { type: 'null' }] },
    discount_codes: {
      type: 'array',
      items: { type: 'object', properties: { code: text(255), amount: decimalAmount } },
    },
    customer: nullable({
      type: 'object',
      properties: { id: shopifyId, admin_graphql_api_id: gid('Customer') },
    }),
    billing_address: restAddress,
    shipping_address: restAddress,
    line_items: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        type: 'object',
        required: ['quantity', 'price'],
        anyOf: [{ required: ['admin_graphql_api_id'] }, { required: ['id'] }],
        properties: {
          id: shopifyId,
          admin_graphql_api_id: gid('LineItem'),
          sku: text(255),
          name: text(255),
          title: text(255),
          quantity: { type: 'integer', minimum: 1 },
          price: decimalAmount,
          price_set: restMoneySet,
          gift_card: { type: 'boolean' },
          tax_lines: { type: 'array', items: restTaxLine },
          discount_allocations: { type: 'array', items: restAllocation },
        },
      },
    },
    shipping_lines: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['price'],
        properties: {
          title: text(255),
          code: text(255),
          price: decimalAmount,
          price_set: restMoneySet,
          tax_lines: { type: 'array', items: restTaxLine },
          discount_allocations: { type: 'array', items: restAllocation },
        },
      },
    },
    transactions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { kind: text(40), status: text(40), gateway: text(255), amount: decimalAmount },
      },
    },
  },
};

// GraphQL: MoneyBag {shopMoney, presentmentMoney}; lists as connections or arrays.
const graphqlMoney: JsonSchema = {
  type: 'object',
  required: ['amount'],
  properties: { amount: decimalAmount, currencyCode },
};
const moneyBag: JsonSchema = {
  type: 'object',
  required: ['shopMoney'],
  properties: { shopMoney: graphqlMoney, presentmentMoney: graphqlMoney },
};
const graphqlTaxLine: JsonSchema = {
  type: 'object',
  required: ['priceSet', 'rate'],
  properties: { title: text(255), rate: decimalAmount, priceSet: moneyBag },
};
const graphqlAllocation: JsonSchema = {
  type: 'object',
  required: ['allocatedAmountSet'],
  properties: { allocatedAmountSet: moneyBag },
};
const connectionOf = (node: JsonSchema): JsonSchema => ({
  anyOf: [
    { type: 'array', items: node },
    { type: 'object', required: ['nodes'], properties: { nodes: { type: 'array', items: node } } },
    {
      type: 'object',
      required: ['edges'],
      properties: {
        edges: { type: 'array', items: { type: 'object', required: ['node'], properties: { node } } },
      },
    },
  ],
});
const graphqlAddress: JsonSchema = nullable({
  type: 'object',
  properties: {
    firstName: text(255),
    lastName: text(255),
    address1: text(255),
    city: text(255),
    countryCodeV2: nullable({ type: 'string', pattern: '^[A-Za-z]{2}$' }),
    zip: text(40),
  },
});

export const graphqlOrderSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'createdAt', 'currencyCode', 'lineItems', 'subtotalPriceSet', 'totalPriceSet'],
  properties: {
    id: gid('Order'),
    legacyResourceId: shopifyId,
    name: { type: 'string', minLength: 1, maxLength: 255 },
    createdAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
    currencyCode,
    presentmentCurrencyCode: currencyCode,
    taxesIncluded: { type: 'boolean' },
    displayFinancialStatus: text(40),
    tags: { type: 'array', items: { type: 'string', maxLength: 255 } },
    discountCodes: { type: 'array', items: { type: 'string', maxLength: 255 } },
    email: text(254),
    customer: nullable({ type: 'object', properties: { id: gid('Customer') } }),
    billingAddress: graphqlAddress,
    shippingAddress: graphqlAddress,
    subtotalPriceSet: moneyBag,
    totalPriceSet: moneyBag,
    totalTaxSet: moneyBag,
    totalDiscountsSet: moneyBag,
    totalShippingPriceSet: moneyBag,
    totalTipReceivedSet: moneyBag,
    originalTotalDutiesSet: { anyOf: [moneyBag, { type: 'null' }] },
    lineItems: connectionOf({
      type: 'object',
      required: ['id', 'quantity', 'originalUnitPriceSet'],
      properties: {
        id: gid('LineItem'),
        sku: text(255),
        name: text(255),
        quantity: { type: 'integer', minimum: 1 },
        isGiftCard: { type: 'boolean' },
        originalUnitPriceSet: moneyBag,
        taxLines: { type: 'array', items: graphqlTaxLine },
        discountAllocations: { type: 'array', items: graphqlAllocation },
      },
    }),
    shippingLines: connectionOf({
      type: 'object',
      required: ['originalPriceSet'],
      properties: {
        title: text(255),
        code: text(255),
        originalPriceSet: moneyBag,
        taxLines: { type: 'array', items: graphqlTaxLine },
        discountAllocations: { type: 'array', items: graphqlAllocation },
      },
    }),
    transactions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { kind: text(40), status: text(40), gateway: text(255), amountSet: moneyBag },
      },
    },
  },
};

/** The batch envelope; each order inside is validated on its own so one bad order does not sink the rest. */
export const orderBatchSchema: JsonSchema = {
  type: 'object',
  required: ['orders'],
  properties: {
    channel: channelCodeSchema,
    orders: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'object' } },
  },
};

/** Query parameters of GET: one of shopifyOrderId or gid, and optionally the channel. */
export const orderStateQuerySchema: JsonSchema = {
  type: 'object',
  anyOf: [{ required: ['shopifyOrderId'] }, { required: ['gid'] }],
  properties: {
    shopifyOrderId: { type: 'string', pattern: '^[0-9]{1,20}$' },
    gid: gid('Order'),
    channel: channelCodeSchema,
  },
};
