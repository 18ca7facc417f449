/**
 * Script ids of the bundle's configuration and exception records, their fields and lists, exactly as declared in
 * Objects/. One place, so a renamed field breaks the build instead of a search at runtime.
 */

export const CHANNEL = {
  type: 'customrecord_pwi_channel',
  name: 'name',
  inactive: 'isinactive',
  code: 'custrecord_pwi_ch_code',
  shopDomain: 'custrecord_pwi_ch_shop_domain',
  subsidiary: 'custrecord_pwi_ch_subsidiary',
  currency: 'custrecord_pwi_ch_currency',
  location: 'custrecord_pwi_ch_location',
  orderType: 'custrecord_pwi_ch_order_type',
  typeByStatus: 'custrecord_pwi_ch_type_by_status',
  salesOrderStatus: 'custrecord_pwi_ch_so_status',
  customerStrategy: 'custrecord_pwi_ch_customer_mode',
  syncAddresses: 'custrecord_pwi_ch_sync_addresses',
  genericCustomer: 'custrecord_pwi_ch_generic_customer',
  shippingItem: 'custrecord_pwi_ch_shipping_item',
  discountItem: 'custrecord_pwi_ch_discount_item',
  giftCardPaymentItem: 'custrecord_pwi_ch_giftcard_pay_item',
  giftCardSaleItem: 'custrecord_pwi_ch_giftcard_sale_item',
  tipItem: 'custrecord_pwi_ch_tip_item',
  taxCode: 'custrecord_pwi_ch_tax_code',
  zeroTaxCode: 'custrecord_pwi_ch_zero_tax_code',
  skuField: 'custrecord_pwi_ch_sku_field',
} as const;

export const TAX_MAP = {
  type: 'customrecord_pwi_tax_map',
  inactive: 'isinactive',
  channel: 'custrecord_pwi_tm_channel',
  title: 'custrecord_pwi_tm_title',
  rate: 'custrecord_pwi_tm_rate',
  taxCode: 'custrecord_pwi_tm_tax_code',
} as const;

export const SKU_MAP = {
  type: 'customrecord_pwi_sku_map',
  inactive: 'isinactive',
  channel: 'custrecord_pwi_sm_channel',
  sku: 'custrecord_pwi_sm_sku',
  item: 'custrecord_pwi_sm_item',
} as const;

export const BUNDLE_MAP = {
  type: 'customrecord_pwi_bundle_map',
  inactive: 'isinactive',
  channel: 'custrecord_pwi_bm_channel',
  sku: 'custrecord_pwi_bm_sku',
  item: 'custrecord_pwi_bm_item',
  quantity: 'custrecord_pwi_bm_quantity',
  sequence: 'custrecord_pwi_bm_sequence',
} as const;

export const ROUTE_RULE = {
  type: 'customrecord_pwi_route_rule',
  inactive: 'isinactive',
  channel: 'custrecord_pwi_rr_channel',
  sequence: 'custrecord_pwi_rr_sequence',
  kind: 'custrecord_pwi_rr_kind',
  match: 'custrecord_pwi_rr_match',
  location: 'custrecord_pwi_rr_location',
} as const;

export const EXCEPTION = {
  type: 'customrecord_pwi_exception',
  name: 'name',
  externalId: 'externalid',
  category: 'custrecord_pwi_ex_category',
  status: 'custrecord_pwi_ex_status',
  message: 'custrecord_pwi_ex_message',
  suggestedFix: 'custrecord_pwi_ex_fix',
  channel: 'custrecord_pwi_ex_channel',
  sourceRef: 'custrecord_pwi_ex_source',
  retrySafe: 'custrecord_pwi_ex_retry_safe',
  occurrences: 'custrecord_pwi_ex_occurrences',
  retryCount: 'custrecord_pwi_ex_retry_count',
  payload: 'custrecord_pwi_ex_payload',
  payloadTruncated: 'custrecord_pwi_ex_payload_cut',
  details: 'custrecord_pwi_ex_details',
  relatedType: 'custrecord_pwi_ex_rel_type',
  relatedId: 'custrecord_pwi_ex_rel_id',
  lastSeen: 'custrecord_pwi_ex_last_seen',
} as const;

export const LISTS = {
  orderType: 'customlist_pwi_order_type',
  salesOrderStatus: 'customlist_pwi_so_status',
  customerStrategy: 'customlist_pwi_customer_strategy',
  routeKind: 'customlist_pwi_route_kind',
  exceptionCategory: 'customlist_pwi_exception_category',
  exceptionStatus: 'customlist_pwi_exception_status',
} as const;
