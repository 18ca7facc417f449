/**
 * Acceptance of issue 5's money claims through the real order RESTlet on the emulator, with Shopify's documented
 * order shapes: every REST sample (taxes included and excluded, presentment ≠ shop currency, each kind of discount,
 * free and paid shipping) must post lines whose amounts are Shopify's own net figures — computed here from the raw
 * payload, independently of the bundle's code — and a record whose total and taxtotal are Shopify's, exactly.
 */
import type { Account } from '../../emulator/src/account';
import { callOrders, orderAccount } from './restlet-harness';
import { clone, shopifyFixture } from './fixtures';

type Json = Record<string, unknown>;

/** Minor units from a decimal string or JSON number, by digits (never by float arithmetic). */
function cents(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : String(value);
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not a 2-decimal amount: ${text}`);
  const minor = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -minor : minor;
}

/** A REST amount in shop money: `<key>_set.shop_money.amount` when present, else the plain field. */
function shop(parent: Json, key: string): number {
  const set = parent[`${key}_set`] as { shop_money?: { amount: unknown } } | undefined;
  return cents(set?.shop_money?.amount ?? parent[key] ?? '0');
}

interface Expected {
  readonly byLine: Map<string, { net: number; tax: number }>;
  readonly shipping: { net: number; tax: number };
  readonly tip: number;
  readonly total: number;
  readonly tax: number;
}

/** What Shopify says each line is worth net of discounts and of included tax, straight from the payload. */
function expectedFrom(payload: Json): Expected {
  const order = (payload['order'] as Json | undefined) ?? payload;
  const included = order['taxes_included'] === true;
  const byLine = new Map<string, { net: number; tax: number }>();
  for (const line of order['line_items'] as Json[]) {
    const gross = shop(line, 'price') * Number(line['quantity']);
    const discount = ((line['discount_allocations'] as Json[]) ?? []).reduce(
      (s, a) => s + shop(a, 'amount'),
      0,
    );
    const tax = ((line['tax_lines'] as Json[]) ?? []).reduce((s, t) => s + shop(t, 'price'), 0);
    const id = String(line['admin_graphql_api_id']).split('/').pop() ?? '';
    byLine.set(id, { net: gross - discount - (included ? tax : 0), tax });
  }
  const shipping = { net: 0, tax: 0 };
  for (const line of (order['shipping_lines'] as Json[]) ?? []) {
    const discount = ((line['discount_allocations'] as Json[]) ?? []).reduce(
      (s, a) => s + shop(a, 'amount'),
      0,
    );
    const tax = ((line['tax_lines'] as Json[]) ?? []).reduce((s, t) => s + shop(t, 'price'), 0);
    shipping.net += shop(line, 'price') - discount - (included ? tax : 0);
    shipping.tax += tax;
  }
  return {
    byLine,
    shipping,
    tip: shop(order, 'total_tip_received'),
    total: shop(order, 'total_price'),
    tax: shop(order, 'total_tax'),
  };
}

interface Posted {
  readonly fields: Json;
  readonly lines: Json[];
}

function posted(account: Account, answer: { body: Json }): Posted {
  expect(answer.body['status']).toBe('created');
  const record = account.ui.loadRecord(
    String(answer.body['recordType']),
    String(answer.body['id']),
  ) as unknown as {
    fields: Json;
    sublists: Record<string, Json[]>;
  };
  return { fields: record.fields, lines: record.sublists['item'] ?? [] };
}

function itemId(account: Account, type: string, itemid: string): string {
  const found = account.ui.findRecords(type, { itemid })[0];
  if (!found) throw new Error(`no ${type} ${itemid}`);
  return String(found.id);
}

/** NetSuite's lines grouped as Shopify's: by Shopify line id (bundle components summed), then shipping and tip. */
function actualFrom(account: Account, record: Posted): Expected {
  const shippingItem = itemId(account, 'otherchargeitem', 'SHOPIFY-SHIPPING');
  const tipItem = itemId(account, 'otherchargeitem', 'SHOPIFY-TIP');
  const byLine = new Map<string, { net: number; tax: number }>();
  const shipping = { net: 0, tax: 0 };
  let tip = 0;
  for (const line of record.lines) {
    const net = cents(line['amount']);
    const tax = cents(line['tax1amt'] ?? 0);
    const lineId = line['custcol_pwi_shopify_line_id'];
    if (typeof lineId === 'string') {
      const sum = byLine.get(lineId) ?? { net: 0, tax: 0 };
      byLine.set(lineId, { net: sum.net + net, tax: sum.tax + tax });
    } else if (String(line['item']) === shippingItem) {
      shipping.net += net;
      shipping.tax += tax;
    } else if (String(line['item']) === tipItem) {
      tip += net;
    } else {
      throw new Error(`unexpected line ${JSON.stringify(line)}`);
    }
  }
  return {
    byLine,
    shipping,
    tip,
    total: cents(record.fields['total']),
    tax: cents(record.fields['taxtotal']),
  };
}

const SAMPLES: [string, string, () => Json][] = [
  [
    'UK taxes included; line-level automatic 10% on entitled lines + fixed code across all; paid shipping',
    'salesorder',
    () => shopifyFixture('rest-webhook-uk-vat-included'),
  ],
  [
    'US taxes excluded ({"order": …}); percentage code across all; automatic free shipping; tip',
    'cashsale',
    () => ({ channel: 'US', ...shopifyFixture('rest-admin-us-tax-excluded') }),
  ],
  [
    'UK bundle map + kit; automatic 10% on the bundle; free shipping',
    'salesorder',
    () => shopifyFixture('rest-webhook-uk-bundle'),
  ],
  [
    'UK shop, EUR presentment; manual order-level fixed discount allocated; shipping code part-discounts paid shipping',
    'salesorder',
    () => shopifyFixture('rest-webhook-uk-presentment-eur'),
  ],
];

describe('issue 5 acceptance: documented REST samples post Shopify’s own net amounts and tie exactly', () => {
  it.each(SAMPLES)('%s', (_name, recordType, payload) => {
    const account = orderAccount();
    const answer = callOrders(account, 'POST', payload());
    expect(answer.body['recordType']).toBe(recordType);
    const expected = expectedFrom(payload());
    const actual = actualFrom(account, posted(account, answer));
    expect(actual.byLine).toEqual(expected.byLine);
    expect(actual.shipping).toEqual(expected.shipping);
    expect(actual.tip).toBe(expected.tip);
    // NetSuite's computed total and taxtotal are Shopify's total_price and total_tax (no gift card in these).
    expect([actual.total, actual.tax]).toEqual([expected.total, expected.tax]);
  });
});

describe('issue 5 acceptance: gift-card payments as configured', () => {
  it('with no gift-card payment item (US): the record totals total_price exactly and notes the gift card paid', () => {
    const account = orderAccount();
    const payload: Json = { channel: 'US', ...shopifyFixture('rest-admin-us-tax-excluded') };
    (payload['order'] as Json)['transactions'] = [
      { kind: 'sale', status: 'success', gateway: 'gift_card', amount: '20.00' },
      { kind: 'sale', status: 'success', gateway: 'shopify_payments', amount: '88.02' },
    ];
    const answer = callOrders(account, 'POST', payload);
    const record = posted(account, answer);
    expect([record.fields['total'], record.fields['taxtotal']]).toEqual([108.02, 8.07]);
    expect(record.fields['custbody_pwi_giftcard_paid']).toBe(20);
    expect(answer.body['totals']).toMatchObject({
      shopifyTotal: '108.02',
      netsuiteTotal: '108.02',
      giftCardPayments: '20.00',
    });
  });
});

describe('issue 5 acceptance: presentment ≠ shop currency on the REST webhook', () => {
  it('posts shop money (GBP), keeps the EUR presentment total, keys every id beyond 2^53 on its gid', () => {
    const account = orderAccount();
    const answer = callOrders(account, 'POST', shopifyFixture('rest-webhook-uk-presentment-eur'));
    const record = posted(account, answer);
    expect(answer.body['shopifyOrderId']).toBe('7210394857261094913');
    expect(answer.body['warnings']).toEqual([expect.stringContaining('7210394857261094913')]);
    const gbp = account.ui.findRecords('currency', { symbol: 'GBP' })[0];
    expect(String(record.fields['currency'])).toBe(String(gbp?.id));
    expect([record.fields['total'], record.fields['taxtotal']]).toEqual([97.95, 16.33]);
    expect(record.fields['custbody_pwi_presentment']).toBe('EUR 114.60');
    expect(record.fields['custbody_pwi_shopify_order_id']).toBe('7210394857261094913');
    expect(record.fields['externalid']).toBe('shopify-uk-7210394857261094913');
    expect(record.fields['custbody_pwi_discount_codes']).toBe('SHIPSAVE2');
    expect(record.lines.slice(0, 2).map((line) => line['custcol_pwi_shopify_line_id'])).toEqual([
      '7210394857261095101',
      '7210394857261095102',
    ]);
    // Each line (shipping too) carries Shopify's tax under the channel's mapped code for "VAT" at 0.2.
    const vat = account.ui.findRecords('salestaxitem', { itemid: 'VAT:S-GB' })[0];
    expect(record.lines.map((line) => String(line['taxcode']))).toEqual([
      String(vat?.id),
      String(vat?.id),
      String(vat?.id),
    ]);
    expect(record.lines.map((line) => line['tax1amt'])).toEqual([6.79, 9.05, 0.49]);
    // The new customer is keyed on the exact Shopify customer id, not the number JSON.parse made of it.
    const aoife = account.ui.findRecords('customer', { email: 'aoife.brennan@example.ie' });
    expect(aoife.map((customer) => customer.fields['externalid'])).toEqual([
      'pwi:uk:customer:7210394857261095001',
    ]);
    // The same order again is the same order: its ids did not drift between deliveries.
    expect(
      callOrders(account, 'POST', shopifyFixture('rest-webhook-uk-presentment-eur')).body['status'],
    ).toBe('duplicate');
  });

  it('refuses a shop_money amount in the presentment currency instead of posting it as GBP', () => {
    const account = orderAccount();
    const order = shopifyFixture('rest-webhook-uk-presentment-eur');
    const line = (order['line_items'] as Json[])[1] as Json;
    line['price_set'] = { shop_money: { amount: '35.10', currency_code: 'EUR' } };
    const answer = callOrders(account, 'POST', order);
    expect(answer.status).toBe(400);
    expect(String((answer.body['error'] as Json)['message'])).toContain(
      'line_items[1].price_set.shop_money.currency_code',
    );
    expect(account.ui.findRecords('salesorder')).toHaveLength(0);
  });
});

describe('issue 5 acceptance: money as "199.00", "516.8" and bare JSON numbers', () => {
  /**
   * US (tax on top), no *_set amounts at all: 2 × "199.00" with tax "31.84"; 3 × 19.99 (a bare number whose
   * float product is 59.970000000000006) with tax 4.35 (a bare number that is 434.99999999999994 hundredths as a
   * float); shipping 22.64 untaxed; total "516.8".
   */
  function plainMoneyOrder(): Json {
    const raw = clone(shopifyFixture('rest-admin-us-tax-excluded'));
    const order = raw['order'] as Json;
    for (const key of Object.keys(order)) if (key.endsWith('_set')) delete order[key];
    const [oxford, socks] = order['line_items'] as Json[];
    Object.assign(oxford as Json, {
      quantity: 2,
      price: '199.00',
      discount_allocations: [],
      tax_lines: [{ title: 'NY State Tax', rate: 0.08, price: '31.84' }],
    });
    Object.assign(socks as Json, {
      quantity: 3,
      price: 19.99,
      discount_allocations: [],
      tax_lines: [{ title: 'NY State Tax', rate: 0.0725, price: 4.35 }],
    });
    for (const line of order['line_items'] as Json[]) delete line['price_set'];
    order['shipping_lines'] = [
      { title: 'Ground', code: 'GROUND', price: 22.64, tax_lines: [], discount_allocations: [] },
    ];
    order['discount_codes'] = [];
    Object.assign(order, {
      total_line_items_price: '457.97',
      subtotal_price: 457.97,
      total_discounts: 0,
      total_tax: '36.19',
      total_tip_received: '0',
      total_price: '516.8',
    });
    return { channel: 'US', ...raw };
  }

  it('parses each exactly and posts a record that totals 516.80 with tax 36.19', () => {
    const account = orderAccount();
    const answer = callOrders(account, 'POST', plainMoneyOrder());
    const record = posted(account, answer);
    expect([record.fields['total'], record.fields['taxtotal']]).toEqual([516.8, 36.19]);
    expect(record.lines.map((line) => [line['amount'], line['tax1amt']])).toEqual([
      [398, 31.84],
      [59.97, 4.35],
      [22.64, 0],
    ]);
    expect(answer.body['totals']).toMatchObject({ shopifyTotal: '516.80', netsuiteTotal: '516.80' });
  });

  it('names money with more decimals than the currency allows, or that is not a number, instead of rounding it', () => {
    const account = orderAccount();
    const order = plainMoneyOrder();
    const lines = (order['order'] as Json)['line_items'] as Json[];
    (lines[0] as Json)['price'] = '199.005';
    (lines[1] as Json)['price'] = '19,99';
    const answer = callOrders(account, 'POST', order);
    expect(answer.status).toBe(400);
    const message = String((answer.body['error'] as Json)['message']);
    expect(message).toContain('line_items[0].price');
    expect(message).toContain('line_items[1].price');
    expect(account.ui.findRecords('cashsale')).toHaveLength(0);
  });
});
