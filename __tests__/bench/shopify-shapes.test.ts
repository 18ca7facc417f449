/**
 * The bench's re-expressions of demo orders must be the same order to the bundle: the GraphQL form normalises to
 * what the REST form does, and a presentment currency changes only presentment money.
 */
import { inPresentmentCurrency, shopperOf, toGraphqlOrder } from '../../bench/shopify-shapes';
import { tradingDay } from '../../demo/scenario';
import type { BuiltOrder } from '../../demo/shopify-orders';
import { parseOrderRequest } from '../../src/domain/orders/normalise';
import type { NormalisedOrder } from '../../src/domain/orders/model';

function dayOrder(name: string): BuiltOrder {
  const event = tradingDay().find((candidate) => candidate.order.name === name);
  if (!event) throw new Error(`no ${name} in the demo day`);
  return event.order;
}

function normalised(body: unknown): NormalisedOrder {
  const request = parseOrderRequest(body);
  if (request.kind !== 'single' || !request.order.ok)
    throw new Error(`not one valid order: ${JSON.stringify(request)}`);
  return request.order.order;
}

/** A copy without the named keys, to compare what is left. */
function without(order: NormalisedOrder, keys: readonly (keyof NormalisedOrder)[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...order };
  for (const key of keys) delete copy[key];
  return copy;
}

/** What the shape alone decides (which normaliser ran, and the gid it keyed on): everything else must agree. */
const shapeFree = (order: NormalisedOrder): Record<string, unknown> => without(order, ['source', 'gid']);

describe('toGraphqlOrder', () => {
  // #1002: a kit, a discount code spread over lines, free shipping; #US1001: tax on top, a mapped SKU, paid shipping.
  it.each(['#1001', '#1002', '#US1001', '#1005'])(
    '%s in GraphQL shape normalises to the same order as its REST webhook',
    (name) => {
      const order = dayOrder(name);
      const rest = normalised({ channel: order.channel, order: order.payload });
      const graphql = normalised({ channel: order.channel, ...toGraphqlOrder(order.payload) });
      expect(graphql.source).toBe('graphql');
      expect(rest.source).toBe('rest');
      expect(graphql.gid).toBe(`gid://shopify/Order/${order.shopifyOrderId}`);
      expect(shapeFree(graphql)).toEqual(shapeFree(rest));
      expect(graphql.totals.totalMinor).toBe(order.figures.totalMinor);
    },
  );

  it('lists lines as edges and shipping as nodes, with MoneyBags and gids', () => {
    const graphql = toGraphqlOrder(dayOrder('#1001').payload);
    const edges = (graphql['lineItems'] as { edges: { node: Record<string, unknown> }[] }).edges;
    expect(edges).toHaveLength(2);
    expect(edges[0]?.node).toMatchObject({
      id: expect.stringMatching(/^gid:\/\/shopify\/LineItem\/\d+$/),
      sku: 'TEE-BLK-M',
      originalUnitPriceSet: {
        shopMoney: { amount: '25.00', currencyCode: 'GBP' },
        presentmentMoney: { amount: '25.00', currencyCode: 'GBP' },
      },
      taxLines: [{ title: 'GB VAT', rate: 0.2, ratePercentage: 20 }],
    });
    expect((graphql['shippingLines'] as { nodes: unknown[] }).nodes).toHaveLength(1);
    expect(graphql['displayFinancialStatus']).toBe('PAID');
  });
});

describe('inPresentmentCurrency', () => {
  it('converts presentment money only: shop money, and so the posted order, stay as they were', () => {
    const order = dayOrder('#1001');
    const euro = inPresentmentCurrency(order.payload, 'EUR', '1.1672');
    const rest = normalised({ channel: order.channel, order: order.payload });
    const converted = normalised({ channel: order.channel, order: euro });
    expect(converted.presentmentCurrency).toBe('EUR');
    // 73.95 GBP × 1.1672 = 86.3144… → 86.31 EUR
    expect(order.figures.totalMinor).toBe(7395);
    expect(converted.presentmentTotalMinor).toBe(8631);
    const presentment = ['presentmentCurrency', 'presentmentTotalMinor'] as const;
    expect(without(converted, presentment)).toEqual(without(rest, presentment));
    const lines = euro['line_items'] as { price_set: { presentment_money: unknown } }[];
    expect(lines[0]?.price_set.presentment_money).toEqual({ amount: '29.18', currency_code: 'EUR' });
  });

  it('refuses a rate that is not decimal text', () => {
    expect(() => inPresentmentCurrency(dayOrder('#1001').payload, 'EUR', '1e3')).toThrow(RangeError);
  });
});

describe('shopperOf', () => {
  it('reads the shopper back from a built order, guests without a Shopify id', () => {
    expect(shopperOf(dayOrder('#1002'))).toMatchObject({
      shopifyCustomerId: 7_310_000_002,
      email: 'eleanor.shaw@example.co.uk',
      address: { firstName: 'Eleanor', lastName: 'Shaw', countryCode: 'GB' },
    });
    expect(shopperOf(dayOrder('#1005')).shopifyCustomerId).toBeNull();
  });
});
