import { checkShopifyTotals } from '../../src/domain/orders/checks';
import type { NormalisedOrder } from '../../src/domain/orders/model';
import { normaliseOrder, parseOrderRequest, type OrderParse } from '../../src/domain/orders/normalise';
import { clone, shopifyFixture } from './fixtures';

function ok(parse: OrderParse): NormalisedOrder {
  if (!parse.ok) throw new Error(JSON.stringify(parse.errors));
  return parse.order;
}

describe('REST webhook (UK, VAT included)', () => {
  const order = ok(normaliseOrder(shopifyFixture('rest-webhook-uk-vat-included'), '', null));

  it('keys on the gid and warns that JSON.parse rounded the numeric id', () => {
    expect(order.shopifyOrderId).toBe('820982911946154508');
    expect(order.gid).toBe('gid://shopify/Order/820982911946154508');
    expect(order.warnings).toEqual([expect.stringContaining('820982911946154496 disagrees')]);
    expect(order.lines.map((line) => line.shopifyLineId)).toEqual([
      '866550311766439020',
      '141249953214522974',
    ]);
    expect(order.customer?.shopifyCustomerId).toBe('115310627314723954');
  });

  it('reads money in minor units and the shop currency', () => {
    expect(order.currency).toBe('GBP');
    expect(order.taxesIncluded).toBe(true);
    expect(order.lines[0]).toMatchObject({
      sku: 'SHIRT-LIN-M',
      quantity: 2,
      unitPriceMinor: 4500,
      grossMinor: 9000,
      discountMinor: 1282,
      taxMinor: 1286,
    });
    expect(order.shippingLines[0]).toMatchObject({ priceMinor: 495, taxMinor: 83, discountMinor: 0 });
    expect(order.totals).toEqual({
      lineItemsMinor: 11500,
      subtotalMinor: 10100,
      totalDiscountsMinor: 1400,
      totalShippingMinor: 495,
      totalTaxMinor: 1766,
      totalTipMinor: 0,
      totalDutiesMinor: 0,
      totalMinor: 10595,
    });
    expect(order.discountCodes).toEqual(['WELCOME5']);
    expect(order.tags).toEqual(['linen', 'spring']);
    expect(order.shippingAddress?.countryCode).toBe('GB');
  });

  it('ties to Shopify’s own identities', () => {
    expect(checkShopifyTotals(order)).toBeNull();
  });
});

describe('REST Admin {"order": …} (US, tax on top, tip, free shipping by discount)', () => {
  const order = ok(normaliseOrder(shopifyFixture('rest-admin-us-tax-excluded'), '', 'us'));

  it('unwraps and reads every amount', () => {
    expect(order.source).toBe('rest');
    expect(order.channel).toBe('US');
    expect(order.taxesIncluded).toBe(false);
    expect(order.lines[1]).toMatchObject({
      quantity: 3,
      grossMinor: 3750,
      discountMinor: 375,
      taxMinor: 287,
    });
    expect(order.lines[1]?.taxLines.map((tax) => tax.rate)).toEqual(['0.04', '0.045']);
    expect(order.shippingLines[0]).toMatchObject({ priceMinor: 800, discountMinor: 800, taxMinor: 0 });
    expect(order.totals.totalTipMinor).toBe(500);
    expect(order.warnings).toEqual([]);
    expect(checkShopifyTotals(order)).toBeNull();
  });
});

describe('GraphQL Admin Order (shop GBP, presentment EUR, gift card)', () => {
  const order = ok(normaliseOrder(shopifyFixture('graphql-order-multicurrency'), '', 'UK'));

  it('reads shop money, keeps the presentment currency and total', () => {
    expect(order.source).toBe('graphql');
    expect(order.shopifyOrderId).toBe('5512210530487');
    expect(order.currency).toBe('GBP');
    expect(order.presentmentCurrency).toBe('EUR');
    expect(order.presentmentTotalMinor).toBe(7936);
    expect(
      order.lines.map((line) => [line.sku, line.unitPriceMinor, line.discountMinor, line.taxMinor]),
    ).toEqual([
      ['SCARF-MER', 3000, 0, 500],
      ['BELT-LTH', 4000, 800, 533],
    ]);
    expect(order.shippingLines[0]).toMatchObject({ priceMinor: 600, taxMinor: 100 });
    expect(order.financialStatus).toBe('paid');
    expect(order.giftCardPaymentsMinor).toBe(2000);
    expect(order.discountCodes).toEqual(['SPRING20']);
    expect(order.shippingAddress?.countryCode).toBe('FR');
    expect(checkShopifyTotals(order)).toBeNull();
  });

  it('accepts edges, nodes and plain lists alike', () => {
    const raw = clone(shopifyFixture('graphql-order-multicurrency'));
    const edges = (raw['lineItems'] as { edges: { node: unknown }[] }).edges;
    raw['lineItems'] = edges.map((edge) => edge.node);
    expect(ok(normaliseOrder(raw, '', 'UK')).lines).toHaveLength(2);
    raw['lineItems'] = { nodes: edges.map((edge) => edge.node) };
    expect(ok(normaliseOrder({ data: { order: raw } }, '', 'UK')).lines).toHaveLength(2);
  });

  it('refuses shop money in another currency', () => {
    const raw = clone(shopifyFixture('graphql-order-multicurrency'));
    (raw['totalPriceSet'] as { shopMoney: { currencyCode: string } }).shopMoney.currencyCode = 'EUR';
    const parse = normaliseOrder(raw, '', 'UK');
    expect(parse.ok).toBe(false);
    if (!parse.ok)
      expect(parse.errors).toContainEqual({
        field: 'totalPriceSet.shopMoney.currencyCode',
        message: 'must be GBP, got EUR',
      });
  });
});

describe('money as Shopify or Patchworks may send it', () => {
  it('reads bare JSON numbers and short decimals ("516.8") exactly, with no _set to lean on', () => {
    const raw = clone(shopifyFixture('rest-admin-us-tax-excluded'));
    const order = raw['order'] as Record<string, unknown>;
    for (const key of Object.keys(order)) if (key.endsWith('_set')) delete order[key];
    order['total_shipping_price_set'] = { shop_money: { amount: 8, currency_code: 'USD' } };
    Object.assign(order, {
      total_price: 108.02,
      subtotal_price: '94.95',
      total_tax: 8.07,
      total_tip_received: 5,
    });
    const lines = order['line_items'] as Record<string, unknown>[];
    for (const line of lines) delete line['price_set'];
    lines[0]!['price'] = 68;
    lines[1]!['price'] = '12.5';
    const parsed = normaliseOrder(raw, '', 'US');
    const normalised = ok(parsed);
    expect(normalised.lines.map((line) => line.unitPriceMinor)).toEqual([6800, 1250]);
    expect(normalised.totals).toMatchObject({ totalMinor: 10802, totalTaxMinor: 807, totalTipMinor: 500 });
    expect(checkShopifyTotals(normalised)).toBeNull();
  });
});

describe('invalid payloads', () => {
  it('names every bad field at once', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    const lines = raw['line_items'] as Record<string, unknown>[];
    delete raw['name'];
    raw['total_price'] = 'lots';
    delete raw['total_price_set'];
    (lines[0] as Record<string, unknown>)['quantity'] = 0;
    (lines[1] as Record<string, unknown>)['price_set'] = {
      shop_money: { amount: '25.001', currency_code: 'GBP' },
    };
    raw['taxes_included'] = 'yes';
    const parse = normaliseOrder(raw, '', null);
    expect(parse.ok).toBe(false);
    if (parse.ok) return;
    expect(parse.errors.map((error) => error.field).sort()).toEqual(
      [
        'line_items[0].quantity',
        'line_items[1].price_set.shop_money.amount',
        'name',
        'taxes_included',
        'total_price',
      ].sort(),
    );
    expect(parse.errors).toContainEqual({
      field: 'line_items[1].price_set.shop_money.amount',
      message: 'has more decimals than GBP allows (2): "25.001"',
    });
  });

  it('names a currency that is not a code instead of failing on its amounts', () => {
    const rest = clone(shopifyFixture('rest-webhook-uk-presentment-eur'));
    rest['currency'] = '12.345';
    rest['presentment_currency'] = 'euro';
    const restParse = normaliseOrder(rest, '', null);
    expect(restParse.ok ? [] : restParse.errors).toEqual(
      expect.arrayContaining([
        { field: 'currency', message: 'must be an ISO 4217 currency code' },
        { field: 'presentment_currency', message: 'must be an ISO 4217 currency code' },
      ]),
    );
    const graphql = clone(shopifyFixture('graphql-order-multicurrency'));
    graphql['currencyCode'] = 'GB';
    const graphqlParse = normaliseOrder(graphql, '', null);
    expect(graphqlParse.ok ? [] : graphqlParse.errors).toContainEqual({
      field: 'currencyCode',
      message: 'must be an ISO 4217 currency code',
    });
  });

  it('refuses a numeric id beyond 2^53 with no gid to trust', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    delete raw['admin_graphql_api_id'];
    const parse = normaliseOrder(raw, '', null);
    expect(parse.ok).toBe(false);
    if (!parse.ok) expect(parse.errors[0]?.field).toBe('id');
  });

  it('refuses a line id beyond 2^53 with no gid to trust', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    delete (raw['line_items'] as Record<string, unknown>[])[0]!['admin_graphql_api_id'];
    const parse = normaliseOrder(raw, '', null);
    expect(parse.ok ? [] : parse.errors.map((e) => e.field)).toEqual(['line_items[0].id']);
  });

  it('rejects bodies that are not orders', () => {
    expect(parseOrderRequest('not json')).toEqual({
      kind: 'invalid',
      errors: [{ field: '(body)', message: 'is not valid JSON' }],
    });
    expect(parseOrderRequest([1])).toMatchObject({ kind: 'invalid' });
    expect(parseOrderRequest({ orders: [] })).toEqual({
      kind: 'invalid',
      errors: [{ field: 'orders', message: 'must be a non-empty array of orders' }],
    });
    const single = parseOrderRequest({});
    expect(single.kind).toBe('single');
    if (single.kind === 'single' && !single.order.ok)
      expect(single.order.errors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['currency', 'id', 'line_items', 'name', 'subtotal_price', 'total_price']),
      );
  });
});

describe('batch envelope', () => {
  it('normalises each order with the envelope channel, paths naming the position', () => {
    const request = parseOrderRequest({
      channel: 'uk',
      orders: [
        shopifyFixture('rest-webhook-uk-vat-included'),
        { channel: 'US', ...shopifyFixture('rest-admin-us-tax-excluded') },
        { order: { id: 'x' } },
      ],
    });
    expect(request.kind).toBe('batch');
    if (request.kind !== 'batch') return;
    expect(request.orders.map((order) => (order.ok ? order.order.channel : null))).toEqual([
      'UK',
      'US',
      null,
    ]);
    const bad = request.orders[2];
    expect(bad?.ok).toBe(false);
    if (bad && !bad.ok)
      expect(bad.errors).toContainEqual({ field: 'orders[2].order.id', message: 'must be a numeric id' });
  });
});

describe('TOTALS_MISMATCH', () => {
  it('names each broken identity', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    raw['total_price_set'] = { shop_money: { amount: '106.95', currency_code: 'GBP' } };
    const lines = raw['line_items'] as { tax_lines: { price_set: { shop_money: { amount: string } } }[] }[];
    const tax = lines[0]?.tax_lines[0];
    if (tax) tax.price_set.shop_money.amount = '12.87';
    const problem = checkShopifyTotals(ok(normaliseOrder(raw, '', null)));
    expect(problem?.code).toBe('TOTALS_MISMATCH');
    expect(problem?.details['differences']).toEqual([
      { identity: 'total_tax = Σ line tax + Σ shipping tax', expected: '17.67', actual: '17.66' },
      {
        identity: 'total_price = subtotal + shipping − shipping discounts + tips (taxes included)',
        expected: '105.95',
        actual: '106.95',
      },
    ]);
    expect(problem?.message).toContain('#1001 does not add up (2 differences)');
  });

  it('catches a discount larger than its line, and tax excluded from the total', () => {
    const raw = clone(shopifyFixture('rest-admin-us-tax-excluded'));
    const order = raw['order'] as Record<string, unknown>;
    order['total_price_set'] = { shop_money: { amount: '99.95', currency_code: 'USD' } };
    const problem = checkShopifyTotals(ok(normaliseOrder(raw, '', null)));
    expect(problem?.details['differences']).toEqual([
      {
        identity: 'total_price = subtotal + shipping − shipping discounts + total_tax + tips',
        expected: '108.02',
        actual: '99.95',
      },
    ]);
  });
});
