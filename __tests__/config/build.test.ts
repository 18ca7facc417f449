import {
  buildChannelConfig,
  orderTypeFor,
  parseTypeByStatus,
  summariseChannel,
} from '../../src/domain/config/build';
import type { ChannelConfig, ConfigProblem } from '../../src/domain/config/channel';
import { bundleFor, mappedItemId } from '../../src/domain/config/lookups';
import { channelRow, NO_RELATED } from './fixtures';

function built(...args: Parameters<typeof buildChannelConfig>): ChannelConfig {
  const result = buildChannelConfig(...args);
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.problems)}`);
  return result.config;
}

function problemsOf(...args: Parameters<typeof buildChannelConfig>): ConfigProblem[] {
  const result = buildChannelConfig(...args);
  if (result.ok) throw new Error('expected problems');
  return [...result.problems];
}

describe('buildChannelConfig', () => {
  it('builds a complete channel with normalised code and domain and itemid as the default SKU field', () => {
    const config = built(channelRow(), NO_RELATED);
    expect(config).toMatchObject({
      id: '7',
      code: 'UK',
      shopDomain: 'brand-uk.myshopify.com',
      orderType: 'salesorder',
      customerStrategy: 'per_shopper',
      skuField: 'itemid',
      defaultTaxCodeId: '11',
      zeroTaxCodeId: '12',
      giftCardSaleItemId: null,
      currencyCode: 'GBP',
    });
  });

  it('needs the ISO code of the channel currency', () => {
    const problems = problemsOf(channelRow({ currencyCode: 'British pound' }), NO_RELATED);
    expect(problems.map((p) => p.field)).toEqual(['custrecord_pwi_ch_currency']);
  });

  it('names every missing required setting by field id in one pass', () => {
    const problems = problemsOf(
      channelRow({
        subsidiaryId: null,
        currencyId: null,
        locationId: null,
        shippingItemId: null,
        taxCodeId: null,
      }),
      NO_RELATED,
    );
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual([
      'custrecord_pwi_ch_subsidiary',
      'custrecord_pwi_ch_currency',
      'custrecord_pwi_ch_location',
      'custrecord_pwi_ch_shipping_item',
      'custrecord_pwi_ch_tax_code',
    ]);
    expect(problems.every((p) => p.code === 'INVALID_CONFIGURATION' && p.recordId === '7')).toBe(true);
  });

  it('requires the generic customer only when the strategy uses it, and warns otherwise', () => {
    const generic = problemsOf(
      channelRow({ customerStrategyLabel: 'One generic customer', genericCustomerId: null }),
      NO_RELATED,
    );
    expect(generic).toEqual([
      expect.objectContaining({ severity: 'error', field: 'custrecord_pwi_ch_generic_customer' }),
    ]);

    const perShopper = buildChannelConfig(channelRow({ genericCustomerId: null }), NO_RELATED);
    expect(perShopper.ok).toBe(true);
    expect(perShopper.ok && perShopper.warnings.map((w) => w.field)).toEqual([
      'custrecord_pwi_ch_generic_customer',
    ]);
  });

  it('treats optional items as warnings and an inactive channel as an error', () => {
    const optional = buildChannelConfig(
      channelRow({ giftCardPaymentItemId: null, tipItemId: null }),
      NO_RELATED,
    );
    expect(optional.ok && optional.warnings.map((w) => w.field)).toEqual([
      'custrecord_pwi_ch_giftcard_pay_item',
      'custrecord_pwi_ch_tip_item',
    ]);
    expect(problemsOf(channelRow({ inactive: true }), NO_RELATED).map((p) => p.field)).toEqual([
      'isinactive',
    ]);
  });

  it('rejects unknown list texts and SKU fields', () => {
    const problems = problemsOf(
      channelRow({ orderTypeLabel: 'Invoice', skuField: 'vendor name' }),
      NO_RELATED,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'custrecord_pwi_ch_order_type',
      'custrecord_pwi_ch_sku_field',
    ]);
    expect(built(channelRow({ skuField: 'custitem_shopify_sku' }), NO_RELATED).skuField).toBe(
      'custitem_shopify_sku',
    );
    expect(built(channelRow({ skuField: 'UPCCODE' }), NO_RELATED).skuField).toBe('upccode');
  });

  it('reads order type overrides by financial status', () => {
    const config = built(channelRow({ typeByStatus: 'paid=Cash Sale; Pending : salesorder' }), NO_RELATED);
    expect(config.orderTypeByFinancialStatus).toEqual({ paid: 'cashsale', pending: 'salesorder' });
    expect(orderTypeFor(config, 'PAID')).toBe('cashsale');
    expect(orderTypeFor(config, 'authorized')).toBe('salesorder');
    expect(orderTypeFor(config, null)).toBe('salesorder');
    expect(parseTypeByStatus('')).toEqual({});
    const problems = problemsOf(channelRow({ typeByStatus: 'paid=Invoice, shipped=Cash Sale' }), NO_RELATED);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"paid=Invoice"'),
      expect.stringContaining('"shipped" is not a Shopify financial status'),
    ]);
  });

  it('builds tax, SKU and bundle maps and flags bad rows by their own record', () => {
    const config = built(channelRow(), {
      ...NO_RELATED,
      taxMaps: [{ id: '1', channelId: '7', title: ' GB VAT ', rate: '20%', taxCodeId: '21' }],
      skuMaps: [
        { id: '1', channelId: '7', sku: 'TEE-S ', itemId: '401' },
        { id: '2', channelId: '7', sku: 'TEE-S', itemId: '401' },
      ],
      bundleMaps: [
        { id: '3', channelId: '7', sku: 'DUO', itemId: '402', quantity: 1, sequence: 2 },
        { id: '4', channelId: '7', sku: 'DUO', itemId: '401', quantity: 2, sequence: 1 },
      ],
    });
    expect(config.taxMappings).toEqual([{ title: 'GB VAT', rate: '0.2', taxCodeId: '21' }]);
    expect(config.skuMappings).toEqual([{ channelSku: 'TEE-S', itemId: '401' }]);
    expect(mappedItemId(config, 'TEE-S')).toBe('401');
    expect(mappedItemId(config, 'tee-s')).toBeNull();
    expect(bundleFor(config, 'DUO')?.components).toEqual([
      { itemId: '401', quantity: 2 },
      { itemId: '402', quantity: 1 },
    ]);

    const problems = problemsOf(channelRow(), {
      ...NO_RELATED,
      taxMaps: [{ id: '8', channelId: '7', title: null, rate: 'twenty', taxCodeId: '21' }],
      skuMaps: [
        { id: '1', channelId: '7', sku: 'A', itemId: '1' },
        { id: '2', channelId: '7', sku: 'A', itemId: '2' },
      ],
      bundleMaps: [{ id: '3', channelId: '7', sku: 'DUO', itemId: '402', quantity: 0, sequence: null }],
    });
    expect(problems.map((p) => [p.recordType, p.recordId, p.field])).toEqual([
      ['customrecord_pwi_tax_map', '8', 'custrecord_pwi_tm_rate'],
      ['customrecord_pwi_sku_map', '2', 'custrecord_pwi_sm_sku'],
      ['customrecord_pwi_bundle_map', '3', 'custrecord_pwi_bm_quantity'],
    ]);
  });

  it('orders route rules by sequence and merges consecutive stock rules into one priority list', () => {
    const config = built(channelRow(), {
      ...NO_RELATED,
      routeRules: [
        { id: '4', channelId: '7', sequence: 40, kindLabel: 'Stock', match: null, locationId: '52' },
        {
          id: '1',
          channelId: '7',
          sequence: 10,
          kindLabel: 'Order tag',
          match: 'wholesale',
          locationId: '50',
        },
        { id: '3', channelId: '7', sequence: 30, kindLabel: 'Stock', match: null, locationId: '51' },
        {
          id: '2',
          channelId: '7',
          sequence: 20,
          kindLabel: 'Shipping country',
          match: 'ie',
          locationId: '53',
        },
        {
          id: '5',
          channelId: '7',
          sequence: 50,
          kindLabel: 'Postcode prefix',
          match: 'bt 1',
          locationId: '54',
        },
      ],
    });
    expect(config.routeRules).toEqual([
      { id: '1', sequence: 10, kind: 'tag', matchValue: 'wholesale', locationIds: ['50'] },
      { id: '2', sequence: 20, kind: 'country', matchValue: 'IE', locationIds: ['53'] },
      { id: '3', sequence: 30, kind: 'stock', matchValue: null, locationIds: ['51', '52'] },
      { id: '5', sequence: 50, kind: 'postcode', matchValue: 'BT1', locationIds: ['54'] },
    ]);
    const problems = problemsOf(channelRow(), {
      ...NO_RELATED,
      routeRules: [
        {
          id: '6',
          channelId: '7',
          sequence: 1,
          kindLabel: 'Shipping country',
          match: 'Ireland',
          locationId: '50',
        },
        { id: '7', channelId: '7', sequence: 2, kindLabel: 'Order tag', match: null, locationId: '50' },
        { id: '8', channelId: '7', sequence: 3, kindLabel: 'Weather', match: 'x', locationId: '50' },
      ],
    });
    expect(problems.map((p) => [p.recordId, p.field])).toEqual([
      ['6', 'custrecord_pwi_rr_match'],
      ['7', 'custrecord_pwi_rr_match'],
      ['8', 'custrecord_pwi_rr_kind'],
    ]);
  });

  it('summarises a channel for health with its problems, whether or not it is usable', () => {
    expect(summariseChannel(channelRow({ currencyId: null, currencyCode: null }), NO_RELATED)).toMatchObject({
      code: 'UK',
      currency: null,
      subsidiary: 'Brand UK Ltd',
      problems: [expect.objectContaining({ field: 'custrecord_pwi_ch_currency', severity: 'error' })],
    });
    expect(summariseChannel(channelRow(), NO_RELATED).problems).toEqual([]);
  });
});
