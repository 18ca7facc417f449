/**
 * The transaction external id for a Shopify order: channel + Shopify order id. NetSuite keeps external ids
 * unique (case-insensitively) across all transactions, so a repeated or concurrent delivery of the same order
 * collides with DUP_RCRD instead of creating a second record.
 */
export function orderExternalId(channelCode: string, shopifyOrderId: string): string {
  return `shopify-${channelCode.toLowerCase()}-${shopifyOrderId}`;
}
