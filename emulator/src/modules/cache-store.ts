import type { EmulatedAccount } from '../account-api';
import { nsError, NotEmulatedError } from '../errors';
import { MODULE_ERROR_CODES } from './error-codes';

/** cache.Scope: NetSuite's values are the names (Oracle stub cache.js). PRIVATE is the default. */
export const CACHE_SCOPES = { PRIVATE: 'PRIVATE', PROTECTED: 'PROTECTED', PUBLIC: 'PUBLIC' } as const;
export type CacheScope = keyof typeof CACHE_SCOPES;

/** Documented limits (NS section_4642627983, section_4642661313): name 1 KB, key 4 KB, value 500 KB, ttl ≥ 300 s. */
export const CACHE_LIMITS = {
  nameBytes: 1024,
  keyBytes: 4 * 1024,
  valueBytes: 500 * 1024,
  minTtlSeconds: 300,
};

type Entries = Map<string, { value: string; expiresAt: number | null }>;

/**
 * The account-level slot a cache lives in. PRIVATE caches belong to one script (by script id), PROTECTED to
 * the scripts of one bundle or SuiteApp (the whole deployed project is one), PUBLIC to every script.
 */
export function cacheSlot(scope: CacheScope, name: string, scriptId: string): string {
  return scope === 'PRIVATE' ? `PRIVATE:${scriptId}:${name}` : `${scope}:${name}`;
}

export function entriesOf(account: EmulatedAccount, slot: string): Entries {
  let entries = account.caches.get(slot);
  if (!entries) {
    entries = new Map();
    account.caches.set(slot, entries);
  }
  return entries;
}

export function checkSize(text: string, limit: number, api: string, what: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limit)
    throw nsError(
      MODULE_ERROR_CODES.inputTooLarge,
      `${api}: ${what} is ${bytes} bytes; the limit is ${limit}`,
    );
}

/** ttl in seconds → absolute expiry in ms on the account clock; absent means no limit (NS section_4642661313). */
export function expiryOf(ttl: unknown, nowMs: number, api: string): number | null {
  if (ttl === undefined || ttl === null) return null;
  if (typeof ttl !== 'number' || !Number.isFinite(ttl))
    throw nsError(MODULE_ERROR_CODES.invalidArgument, `${api}: ttl must be a number of seconds`);
  if (ttl < CACHE_LIMITS.minTtlSeconds)
    throw new NotEmulatedError(
      `${api} with ttl ${ttl} s: NetSuite documents a minimum of 300 s but not what a smaller value does`,
    );
  return nowMs + ttl * 1000;
}

/** What N/cache stores: strings as given, anything else through JSON.stringify (NS section_4642661440). */
export function cacheText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Empties every cache of the account, as NetSuite may at any moment ("the cache is not persistent",
 * NS section_4642627983). Tests call it to prove a script treats the cache as an optimisation, never as truth.
 */
export function evictAllCaches(account: EmulatedAccount): void {
  account.caches.clear();
}
