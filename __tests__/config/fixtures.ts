import type { RelatedRows } from '../../src/domain/config/build';
import type { ChannelRow } from '../../src/domain/config/rows';

/** A complete, valid channel row; tests override what they break. */
export function channelRow(overrides: Partial<ChannelRow> = {}): ChannelRow {
  return {
    id: '7',
    name: 'Brand UK',
    inactive: false,
    code: 'uk',
    shopDomain: 'Brand-UK.myshopify.com',
    subsidiaryId: '2',
    subsidiaryName: 'Brand UK Ltd',
    currencyId: '1',
    currencyCode: 'GBP',
    currencyName: 'British Pound',
    locationId: '5',
    orderTypeLabel: 'Sales Order',
    typeByStatus: null,
    salesOrderStatusLabel: null,
    customerStrategyLabel: 'Customer per shopper',
    syncAddresses: false,
    genericCustomerId: '90',
    shippingItemId: '301',
    discountItemId: '302',
    giftCardPaymentItemId: '303',
    giftCardSaleItemId: null,
    tipItemId: '304',
    taxCodeId: '11',
    zeroTaxCodeId: '12',
    skuField: null,
    ...overrides,
  };
}

export const NO_RELATED: RelatedRows = { taxMaps: [], skuMaps: [], bundleMaps: [], routeRules: [] };
