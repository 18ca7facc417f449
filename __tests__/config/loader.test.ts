// The channel configuration loader (src/netsuite/config/channels.ts) run inside an emulated RESTlet execution:
// the interface the orders RESTlet consumes, its governance, and its N/cache behaviour.
import type { Account } from '../../emulator/src/account';
import type { ChannelConfig } from '../../src/domain/config/channel';
import { listChannels, loadChannelConfig, tryLoadChannelConfig } from '../../src/netsuite/config/channels';
import { inScript } from './in-script';
import { deploy } from './seed';

function idOf(account: Account, type: string, field: string, value: string): string {
  const found = account.store.scan(type).find((stored) => stored.fields[field] === value);
  if (!found) throw new Error(`no ${type} with ${field} ${value}`);
  return String(found.id);
}

describe('loadChannelConfig on the emulator', () => {
  it('reads the whole channel configuration from the records, in NetSuite ids', () => {
    const account = deploy();
    const { result: config } = inScript(account, () => loadChannelConfig('uk'));
    const item = (itemid: string): string => idOf(account, 'otherchargeitem', 'itemid', itemid);
    const location = (name: string): string => idOf(account, 'location', 'name', name);
    expect(config).toEqual<ChannelConfig>({
      id: idOf(account, 'customrecord_pwi_channel', 'custrecord_pwi_ch_code', 'UK'),
      code: 'UK',
      name: 'Shopify UK',
      shopDomain: 'brand-uk.myshopify.com',
      active: true,
      subsidiaryId: idOf(account, 'subsidiary', 'name', 'Brand UK Ltd'),
      currencyId: idOf(account, 'currency', 'symbol', 'GBP'),
      currencyCode: 'GBP',
      currencyName: 'British Pound',
      defaultLocationId: location('Leeds Warehouse'),
      orderType: 'salesorder',
      orderTypeByFinancialStatus: { paid: 'cashsale' },
      salesOrderStatus: 'pending_fulfillment',
      customerStrategy: 'per_shopper',
      syncAddresses: false,
      genericCustomerId: idOf(account, 'customer', 'entityid', 'UK Guest'),
      shippingItemId: item('SHIPPING'),
      discountItemId: idOf(account, 'discountitem', 'itemid', 'DISCOUNT'),
      giftCardPaymentItemId: item('SHIPPING'),
      giftCardSaleItemId: null,
      tipItemId: item('TIP'),
      defaultTaxCodeId: idOf(account, 'salestaxitem', 'itemid', 'VAT:S-GB'),
      zeroTaxCodeId: idOf(account, 'salestaxitem', 'itemid', 'VAT:Z-GB'),
      taxMappings: [
        { title: 'GB VAT', rate: '0.2', taxCodeId: idOf(account, 'salestaxitem', 'itemid', 'VAT:S-GB') },
      ],
      skuField: 'itemid',
      skuMappings: [{ channelSku: 'OLD-TEE', itemId: item('TEE-BLK-S') }],
      bundles: [
        {
          bundleSku: 'DUO',
          components: [
            { itemId: item('TEE-BLK-S'), quantity: 1 },
            { itemId: item('SOCK-BLK'), quantity: 2 },
          ],
        },
      ],
      routeRules: [
        {
          id: expect.any(String) as string,
          sequence: 10,
          kind: 'tag',
          matchValue: 'click-and-collect',
          locationIds: [location('London Shop')],
        },
        {
          id: expect.any(String) as string,
          sequence: 20,
          kind: 'stock',
          matchValue: null,
          locationIds: [location('Leeds Warehouse'), location('London Shop')],
        },
      ],
    });
  });

  it('costs six searches cold and one cache read warm, however long the account stays idle; a fresh load reads the records', () => {
    const account = deploy();
    // Cache read (1) + six searches (60) + the re-read that guards against a racing edit (1) + put (1).
    expect(inScript(account, () => loadChannelConfig('UK')).units).toBe(63);
    expect(inScript(account, () => loadChannelConfig('UK')).units).toBe(1);
    account.clock.advance(24 * 60 * 60);
    expect(inScript(account, () => loadChannelConfig('UK')).units).toBe(1);
    expect(inScript(account, () => loadChannelConfig('UK', { fresh: true })).units).toBe(63);
  });

  it('an edit made by a UI user shows in the next load at once, through the configuration user event', () => {
    const account = deploy();
    inScript(account, () => loadChannelConfig('UK'));
    const channelId = Number(idOf(account, 'customrecord_pwi_channel', 'custrecord_pwi_ch_code', 'UK'));
    account.ui.editRecord('customrecord_pwi_channel', channelId, {
      fields: { custrecord_pwi_ch_shop_domain: 'new.myshopify.com' },
    });
    const reloaded = inScript(account, () => loadChannelConfig('UK'));
    expect(reloaded.result.shopDomain).toBe('new.myshopify.com');
    expect(reloaded.units).toBe(63);
    expect(inScript(account, () => loadChannelConfig('UK')).units).toBe(1);
  });

  it('a load that read the records before an edit does not put its stale copy back over the invalidation', () => {
    const account = deploy();
    const channelId = Number(idOf(account, 'customrecord_pwi_channel', 'custrecord_pwi_ch_code', 'UK'));
    // The edit (and its user event) lands while the order's load is between its searches and its put: simulated by
    // editing from inside the first search of the load. The edit is a UI write, outside the script's execution.
    const loaded = inScript(account, () => {
      const original = account.store.scan.bind(account.store);
      let edited = false;
      account.store.scan = (type: string) => {
        const rows = original(type);
        if (!edited && type === 'customrecord_pwi_tax_map') {
          edited = true;
          account.ui.editRecord('customrecord_pwi_channel', channelId, {
            fields: { custrecord_pwi_ch_shop_domain: 'raced.myshopify.com' },
          });
        }
        return rows;
      };
      try {
        return loadChannelConfig('UK');
      } finally {
        account.store.scan = original;
      }
    });
    expect(loaded.result.shopDomain).toBe('brand-uk.myshopify.com'); // read before the edit
    const next = inScript(account, () => loadChannelConfig('UK'));
    expect(next.result.shopDomain).toBe('raced.myshopify.com');
    expect(next.units).toBe(63); // the stale copy was not kept
  });

  it('throws INVALID_CONFIGURATION with every problem as JSON, and caches nothing for an unusable channel', () => {
    const account = deploy();
    let thrown: unknown;
    try {
      inScript(account, () => loadChannelConfig('EU'));
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toMatchObject({ name: 'INVALID_CONFIGURATION' });
    const details = JSON.parse((thrown as Error).message) as {
      problems: { field: string; severity: string }[];
    };
    expect(details.problems.map((p) => p.field)).toEqual([
      'custrecord_pwi_ch_currency',
      'custrecord_pwi_ch_location',
      'custrecord_pwi_ch_order_type',
      'custrecord_pwi_ch_discount_item',
      'custrecord_pwi_ch_tax_code',
      'custrecord_pwi_ch_zero_tax_code',
    ]);
    expect(details.problems.every((p) => p.severity === 'error')).toBe(true);
    // Cache read (1) + channel and four related searches (50); no currency to look up; nothing put in the cache.
    expect(inScript(account, () => tryLoadChannelConfig('EU')).units).toBe(51);

    const unknown = inScript(account, () => tryLoadChannelConfig('XX')).result;
    expect(unknown).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: 'custrecord_pwi_ch_code', recordId: null })],
    });
  });

  it('refuses two channel records sharing one code', () => {
    const account = deploy();
    const uk = account.store
      .scan('customrecord_pwi_channel')
      .find((r) => r.fields['custrecord_pwi_ch_code'] === 'UK');
    const custom = Object.fromEntries(
      Object.entries(uk?.fields ?? {}).filter(([key]) => key.startsWith('custrecord_')),
    );
    account.ui.createRecord('customrecord_pwi_channel', {
      fields: { ...custom, name: 'Copy', custrecord_pwi_ch_code: 'uk' },
    });
    const result = inScript(account, () => tryLoadChannelConfig('UK')).result;
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { field: 'custrecord_pwi_ch_code', message: expect.stringContaining('share the code "UK"') },
      ],
    });
  });

  it('lists every channel with its problems in seven searches', () => {
    const account = deploy();
    const { result, units } = inScript(account, () => listChannels());
    expect(
      result.map((c) => [
        c.code,
        c.currency,
        c.subsidiary,
        c.problems.filter((p) => p.severity === 'error').length,
      ]),
    ).toEqual([
      ['UK', 'GBP', 'Brand UK Ltd', 0],
      ['US', 'USD', 'Brand Inc', 0],
      ['EU', null, 'Brand UK Ltd', 6],
    ]);
    expect(units).toBe(70);
  });
});
