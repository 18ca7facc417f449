/**
 * Short-lived facts kept in N/cache to stay inside the order budget (1 unit a read instead of a 10-unit search):
 * - the NetSuite customer of a Shopify customer (per channel), once matched or created;
 * - that an order has open exceptions, so only those orders pay for the search that resolves them on success.
 * Neither is ever the source of truth: a missing entry falls back to the search, and a stale customer id is
 * cleared and re-matched when NetSuite rejects it on save.
 */
import * as cache from 'N/cache';

const CUSTOMERS = 'pwi_order_customers';
const EXCEPTIONS = 'pwi_order_exceptions';

function store(name: string): cache.Cache {
  return cache.getCache({ name, scope: cache.Scope.PROTECTED });
}

export function cachedCustomerId(channel: string, shopifyCustomerId: string): string | null {
  return store(CUSTOMERS).get({ key: `${channel}:${shopifyCustomerId}` });
}

export function rememberCustomerId(channel: string, shopifyCustomerId: string, customerId: string): void {
  // No expiry: which NetSuite customer a Shopify customer is does not change, and a merged or deleted customer is
  // caught on save (the order is then re-matched). NetSuite may still evict the entry; the search then runs again.
  store(CUSTOMERS).put({ key: `${channel}:${shopifyCustomerId}`, value: customerId });
}

export function forgetCustomerId(channel: string, shopifyCustomerId: string): void {
  store(CUSTOMERS).remove({ key: `${channel}:${shopifyCustomerId}` });
}

/** Marks a Shopify order as having open exceptions (kept without expiry; the cache may still drop it). */
export function markOpenExceptions(sourceRef: string): void {
  store(EXCEPTIONS).put({ key: sourceRef, value: '1' });
}

export function hasOpenExceptionsMark(sourceRef: string): boolean {
  return store(EXCEPTIONS).get({ key: sourceRef }) !== null;
}

export function clearOpenExceptionsMark(sourceRef: string): void {
  store(EXCEPTIONS).remove({ key: sourceRef });
}
