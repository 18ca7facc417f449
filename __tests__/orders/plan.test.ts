import type { ChannelConfig } from '../../src/domain/config/channel';
import { normaliseOrder } from '../../src/domain/orders/normalise';
import type { NormalisedOrder } from '../../src/domain/orders/model';
import { findMissingSkus, missingSkuProblem, planOrder, type PlanInput } from '../../src/domain/orders/plan';
import type { OrderPlan } from '../../src/domain/orders/plan-model';
import { catalog, ukChannel, usChannel } from './channel-fixture';
import { clone, shopifyFixture } from './fixtures';

function order(name: string, channel: string): NormalisedOrder {
  const parse = normaliseOrder(shopifyFixture(name), '', channel);
  if (!parse.ok) throw new Error(JSON.stringify(parse.errors));
  return parse.order;
}

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'order'>): OrderPlan {
  const result = planOrder({ config: ukChannel, catalog, customerId: '500', stock: new Map(), ...input });
  if (!result.ok) throw new Error(result.problem.message);
  return result.plan;
}

const sums = (p: OrderPlan): { total: number; tax: number } => ({
  total: p.lines.reduce((sum, line) => sum + line.amountMinor + line.taxMinor, 0),
  tax: p.lines.reduce((sum, line) => sum + line.taxMinor, 0),
});

describe('planOrder', () => {
  it('UK VAT-inclusive: net = gross − discounts − Shopify’s tax, shipping with its VAT, ties to the cent', () => {
    const p = plan({ order: order('rest-webhook-uk-vat-included', 'UK') });
    expect(p.recordType).toBe('salesorder');
    expect(p.externalId).toBe('shopify-uk-820982911946154508');
    expect(p.tranDate).toBe('2026-03-14');
    expect(
      p.lines.map((line) => [
        line.kind,
        line.itemId,
        line.quantity,
        line.amountMinor,
        line.taxMinor,
        line.taxCodeId,
      ]),
    ).toEqual([
      ['item', '101', 2, 9000 - 1282 - 1286, 1286, '20'],
      ['item', '102', 1, 2500 - 118 - 397, 397, '20'],
      ['shipping', '900', 1, 495 - 83, 83, '20'],
    ]);
    expect(sums(p)).toEqual({ total: 10595, tax: 1766 });
    expect(p.expectedTotalMinor).toBe(10595);
    expect(p.discountCodes).toEqual(['WELCOME5']);
    expect(p.routingRule).toBe('default');
    expect(p.lines.filter((line) => line.kind === 'item').every((line) => line.locationId === '10')).toBe(
      true,
    );
    expect(p.lines.find((line) => line.kind === 'shipping')?.locationId).toBeNull();
  });

  it('US tax on top: net = gross − discounts, free shipping at zero, tip as the tip item, mapped tax codes', () => {
    const p = plan({ order: order('rest-admin-us-tax-excluded', 'US'), config: usChannel });
    expect(p.lines.map((line) => [line.kind, line.amountMinor, line.taxMinor, line.taxCodeId])).toEqual([
      ['item', 6120, 520, '40'],
      ['item', 3375, 287, '40'],
      ['shipping', 0, 0, '21'],
      ['tip', 500, 0, '21'],
    ]);
    expect(sums(p)).toEqual({ total: 10802, tax: 807 });
  });

  it('GraphQL multi-currency: posts shop money, keeps presentment, gift card as payment not a line', () => {
    const p = plan({ order: order('graphql-order-multicurrency', 'UK') });
    expect(p.currency).toBe('GBP');
    expect(p.presentment).toEqual({ currency: 'EUR', totalMinor: 7936 });
    expect(p.giftCardPaidMinor).toBe(2000);
    // With a gift card payment item: revenue and tax whole, then −20.00 off what is owed.
    expect(p.lines.map((line) => [line.kind, line.amountMinor])).toEqual([
      ['item', 2500],
      ['item', 2667],
      ['shipping', 500],
      ['gift-card-payment', -2000],
    ]);
    expect(sums(p)).toEqual({ total: 4800, tax: 1133 });
    expect([p.shopifyTotalMinor, p.expectedTotalMinor]).toEqual([6800, 4800]);
    // Without one, the gift card is only noted on the order and the record's total is Shopify's total_price.
    const noted = plan({
      order: order('graphql-order-multicurrency', 'UK'),
      config: { ...ukChannel, giftCardPaymentItemId: null },
    });
    expect(noted.lines).toHaveLength(3);
    expect(sums(noted)).toEqual({ total: 6800, tax: 1133 });
    expect(noted.expectedTotalMinor).toBe(6800);
  });

  it('explodes a bundle-map SKU and a NetSuite kit into members, every column tying exactly', () => {
    const p = plan({ order: order('rest-webhook-uk-bundle', 'UK') });
    const components = p.lines.filter((line) => line.kind === 'bundle-component');
    expect(
      components.map((line) => [line.itemId, line.quantity, line.parentBundleSku, line.shopifyLineId]),
    ).toEqual([
      ['101', 2, 'GIFTSET-01', '13729522040999'],
      ['102', 2, 'GIFTSET-01', '13729522040999'],
      ['102', 1, 'KIT-TRAVEL', '13729522073767'],
      ['104', 2, 'KIT-TRAVEL', '13729522073767'],
    ]);
    // GIFTSET-01 x2: gross 120.00, discount 12.00, VAT 18.00 → net 90.00 split 45:25 by base price.
    const giftSet = components.filter((line) => line.parentBundleSku === 'GIFTSET-01');
    expect(giftSet.reduce((s, l) => s + l.amountMinor, 0)).toBe(9000);
    expect(giftSet.reduce((s, l) => s + l.taxMinor, 0)).toBe(1800);
    expect(giftSet.map((l) => l.taxMinor)).toEqual([1157, 643]);
    // Kit members weigh the same: 25.00 × 1 and 12.50 × 2; the odd cent of tax goes to the first.
    const kit = components.filter((line) => line.parentBundleSku === 'KIT-TRAVEL');
    expect(kit.map((l) => [l.amountMinor, l.taxMinor])).toEqual([
      [1458, 292],
      [1459, 291],
    ]);
    expect(sums(p)).toEqual({ total: 14300, tax: 2383 });
  });

  it('sells a gift card line as the channel’s gift card item without resolving its SKU', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    const line = (raw['line_items'] as Record<string, unknown>[])[1]!;
    line['gift_card'] = true;
    line['sku'] = 'GIFT-CARD-25';
    const parse = normaliseOrder(raw, '', 'UK');
    if (!parse.ok) throw new Error('fixture');
    const p = plan({ order: parse.order });
    expect(p.lines[1]).toMatchObject({
      kind: 'gift-card-sale',
      itemId: '903',
      tracksStock: false,
      locationId: '10',
    });
    expect(sums(p)).toEqual({ total: 10595, tax: 1766 });
  });

  it('finds SKUs whatever their case, as NetSuite’s search does', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    (raw['line_items'] as Record<string, unknown>[])[1]!['sku'] = ' tote-cnv ';
    const parse = normaliseOrder(raw, '', 'UK');
    if (!parse.ok) throw new Error('fixture');
    expect(plan({ order: parse.order }).lines[1]?.itemId).toBe('102');
  });

  it('record type follows financial_status when configured', () => {
    const config: ChannelConfig = { ...ukChannel, orderTypeByFinancialStatus: { paid: 'cashsale' } };
    expect(plan({ order: order('rest-webhook-uk-vat-included', 'UK'), config }).recordType).toBe('cashsale');
  });

  it('routes by tag, country, postcode, then stock, then default — and records the rule', () => {
    const uk = order('rest-webhook-uk-bundle', 'UK');
    const rules = (kinds: ChannelConfig['routeRules']): ChannelConfig => ({
      ...ukChannel,
      routeRules: kinds,
    });
    expect(
      plan({
        order: uk,
        config: rules([
          { id: 'r1', sequence: 2, kind: 'country', matchValue: 'IE, GB', locationIds: ['12'] },
          { id: 'r2', sequence: 1, kind: 'tag', matchValue: 'Gift', locationIds: ['11'] },
        ]),
      }),
    ).toMatchObject({ locationId: '11', routingRule: 'tag:Gift' });
    expect(
      plan({
        order: uk,
        config: rules([
          { id: 'r1', sequence: 1, kind: 'postcode', matchValue: 'bt', locationIds: ['13'] },
          { id: 'r2', sequence: 2, kind: 'country', matchValue: 'GB', locationIds: ['12'] },
        ]),
      }),
    ).toMatchObject({ locationId: '13', routingRule: 'postcode:BT' });
    const stockRule = rules([
      { id: 'r3', sequence: 1, kind: 'stock', matchValue: null, locationIds: ['14', '15'] },
    ]);
    const stock = new Map([
      [
        '101',
        new Map([
          ['14', 5],
          ['15', 5],
        ]),
      ],
      [
        '102',
        new Map([
          ['14', 2],
          ['15', 3],
        ]),
      ],
      [
        '104',
        new Map([
          ['14', 9],
          ['15', 9],
        ]),
      ],
    ]);
    // Needs 101×2, 102×3 (2 from the gift set + 1 in the kit), 104×2: only location 15 has 3 of item 102.
    expect(plan({ order: uk, config: stockRule, stock })).toMatchObject({
      locationId: '15',
      routingRule: 'stock',
    });
    expect(plan({ order: uk, config: stockRule, stock: new Map() })).toMatchObject({
      locationId: '10',
      routingRule: 'default',
    });
  });

  it('stops on an unmapped SKU with suggestions, and on totals that do not add up', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    (raw['line_items'] as Record<string, unknown>[])[1]!['sku'] = 'TOTE_CANVAS';
    const parse = normaliseOrder(raw, '', 'UK');
    if (!parse.ok) throw new Error('fixture');
    const missing = findMissingSkus(parse.order, ukChannel, catalog);
    expect(missing).toEqual([
      { sku: 'TOTE_CANVAS', title: 'Canvas Tote', shopifyLineId: '141249953214522974' },
    ]);
    const problem = missingSkuProblem(parse.order, ukChannel, missing, [
      { itemId: '102', sku: 'TOTE-CNV', name: 'Canvas Tote' },
      { itemId: '101', sku: 'SHIRT-LIN-M', name: 'Linen Shirt' },
    ]);
    expect(problem.code).toBe('MISSING_SKU');
    expect(problem.message).toContain('TOTE_CANVAS');
    expect(problem.suggestedFix).toContain('TOTE_CANVAS → TOTE-CNV');
    const direct = planOrder({
      order: parse.order,
      config: ukChannel,
      catalog,
      customerId: '5',
      stock: new Map(),
    });
    expect(direct.ok ? null : direct.problem.code).toBe('MISSING_SKU');

    const wrongTotal = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    wrongTotal['total_price_set'] = { shop_money: { amount: '105.96', currency_code: 'GBP' } };
    const mismatch = normaliseOrder(wrongTotal, '', 'UK');
    if (!mismatch.ok) throw new Error('fixture');
    const result = planOrder({
      order: mismatch.order,
      config: ukChannel,
      catalog,
      customerId: '5',
      stock: new Map(),
    });
    expect(result.ok ? null : result.problem.code).toBe('TOTALS_MISMATCH');
  });

  it('counts duties in Shopify’s total and stops the order, as no duties item is configured', () => {
    const raw = clone(shopifyFixture('rest-webhook-uk-vat-included'));
    raw['original_total_duties_set'] = { shop_money: { amount: '7.50', currency_code: 'GBP' } };
    raw['total_price_set'] = { shop_money: { amount: '113.45', currency_code: 'GBP' } };
    const parse = normaliseOrder(raw, '', 'UK');
    if (!parse.ok) throw new Error(JSON.stringify(parse.errors));
    const result = planOrder({
      order: parse.order,
      config: ukChannel,
      catalog,
      customerId: '5',
      stock: new Map(),
    });
    expect(result.ok ? null : [result.problem.code, result.problem.message]).toEqual([
      'INVALID_CONFIGURATION',
      expect.stringContaining('7.50 of import duties'),
    ]);
  });

  it('refuses an order in another currency than the channel, and a tip with no tip item', () => {
    const us = order('rest-admin-us-tax-excluded', 'UK');
    const wrong = planOrder({ order: us, config: ukChannel, catalog, customerId: '5', stock: new Map() });
    expect(wrong.ok ? null : wrong.problem.code).toBe('INVALID_CONFIGURATION');
    const noTip = planOrder({
      order: us,
      config: { ...usChannel, tipItemId: null },
      catalog,
      customerId: '5',
      stock: new Map(),
    });
    expect(noTip.ok ? null : noTip.problem.message).toContain('tip');
  });
});
