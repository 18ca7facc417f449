/** Field ids this bundle adds to sales transactions (Objects/custbody_pwi_*.xml, custcol_pwi_*.xml). */
export const ORDER_FIELDS = {
  shopifyOrderId: 'custbody_pwi_shopify_order_id',
  orderName: 'custbody_pwi_order_name',
  channel: 'custbody_pwi_channel',
  discountCodes: 'custbody_pwi_discount_codes',
  routeRule: 'custbody_pwi_route_rule',
  giftCardPaid: 'custbody_pwi_giftcard_paid',
  presentment: 'custbody_pwi_presentment',
} as const;

export const ORDER_LINE_FIELDS = {
  shopifyLineId: 'custcol_pwi_shopify_line_id',
  bundleSku: 'custcol_pwi_bundle_sku',
} as const;

/** The order RESTlet's script parameter. */
export const DEFAULT_CHANNEL_PARAM = 'custscript_pwi_order_default_channel';
