/**
 * What of a Shopify payload may be kept on an exception record for replay: everything the order flow reads, but
 * never payment card details, gateway receipts, session tokens or the shopper's browser fingerprint. Shopify's
 * order payloads carry these (payment_details with the card's BIN and last digits, transactions[].receipt,
 * checkout and cart tokens, client_details, browser_ip); none of them is needed to post the order again.
 */
const DROPPED_KEYS: readonly RegExp[] = [
  /^payment_details$/i,
  /^paymentDetails$/,
  /^credit_card/i,
  /^creditCard/,
  /^receipt(Json)?$/i,
  /^client_details$/i,
  /^clientDetails$/,
  /^browser_ip$/i,
  /^browserIp$/,
  /token$/i,
];

export function redactPayload(payload: unknown): unknown {
  if (Array.isArray(payload)) return payload.map(redactPayload);
  if (typeof payload !== 'object' || payload === null) return payload;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (DROPPED_KEYS.some((pattern) => pattern.test(key))) continue;
    kept[key] = redactPayload(value);
  }
  return kept;
}
