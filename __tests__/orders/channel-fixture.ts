import type { ChannelConfig } from '../../src/domain/config/channel';
import { skuKey, type Catalog, type CatalogItem } from '../../src/domain/orders/catalog';

/** A UK channel as the configuration loader would return it (ids are internal ids). */
export const ukChannel: ChannelConfig = {
  id: '1',
  code: 'UK',
  name: 'UK store',
  shopDomain: 'brand-uk.myshopify.com',
  active: true,
  subsidiaryId: '2',
  currencyId: '1',
  currencyCode: 'GBP',
  currencyName: 'British Pound',
  defaultLocationId: '10',
  orderType: 'salesorder',
  orderTypeByFinancialStatus: {},
  salesOrderStatus: 'pending_fulfillment',
  customerStrategy: 'per_shopper',
  genericCustomerId: null,
  shippingItemId: '900',
  discountItemId: '901',
  giftCardPaymentItemId: '902',
  giftCardSaleItemId: '903',
  tipItemId: '904',
  defaultTaxCodeId: '20',
  zeroTaxCodeId: '21',
  taxMappings: [{ title: 'VAT', rate: '0.2', taxCodeId: '20' }],
  skuField: 'itemid',
  skuMappings: [{ channelSku: 'OLD-SHIRT-M', itemId: '101' }],
  bundles: [
    {
      bundleSku: 'GIFTSET-01',
      components: [
        { itemId: '101', quantity: 1 },
        { itemId: '102', quantity: 1 },
      ],
    },
  ],
  routeRules: [],
};

export const usChannel: ChannelConfig = {
  ...ukChannel,
  id: '2',
  code: 'US',
  currencyId: '2',
  currencyCode: 'USD',
  currencyName: 'US Dollar',
  subsidiaryId: '3',
  defaultLocationId: '30',
  taxMappings: [
    { title: 'NY State Tax', rate: null, taxCodeId: '40' },
    { title: null, rate: '0.045', taxCodeId: '41' },
  ],
  skuMappings: [],
  bundles: [],
};

function item(
  itemId: string,
  sku: string,
  tracksStock = true,
  basePriceMinor: number | null = null,
): CatalogItem {
  return { itemId, sku, name: sku, tracksStock, basePriceMinor, members: [] };
}

const items: CatalogItem[] = [
  item('101', 'SHIRT-LIN-M', true, 4500),
  item('102', 'TOTE-CNV', true, 2500),
  item('103', 'SHIRT-OXF-L', true, 6800),
  item('104', 'SOCK-WOOL', true, 1250),
  item('105', 'SCARF-MER'),
  item('106', 'BELT-LTH'),
  {
    itemId: '200',
    sku: 'KIT-TRAVEL',
    name: 'Travel kit',
    tracksStock: false,
    basePriceMinor: null,
    members: [
      { itemId: '102', quantity: 1 },
      { itemId: '104', quantity: 2 },
    ],
  },
];

export const catalog: Catalog = {
  bySku: new Map(items.map((entry) => [skuKey(entry.sku ?? ''), entry])),
  byId: new Map(items.map((entry) => [entry.itemId, entry])),
};
