// N/cache: named caches by scope, with TTL and size limits, and no persistence promise (NS section_4642627983,
// section_4642661440, section_4642661313, section_4655722738; Oracle stub cache.js).
// Units: getCache 0, get 1 on a hit or 2 when the loader runs, put 1, remove 1.
import type * as nsCache from 'N/cache';
import { nsError } from '../src/errors';
import { requireOptions, requireString } from '../src/modules/args';
import {
  CACHE_LIMITS,
  CACHE_SCOPES,
  cacheSlot,
  cacheText,
  checkSize,
  entriesOf,
  expiryOf,
  type CacheScope,
} from '../src/modules/cache-store';
import { chargeApi, current, currentAccount } from '../src/modules/context';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

export const Scope = asDeclaredEnum<typeof nsCache.Scope>(strictEnum('cache.Scope', CACHE_SCOPES));

function scopeOf(raw: unknown): CacheScope {
  if (raw === undefined || raw === null) return 'PRIVATE';
  if (typeof raw === 'string' && Object.prototype.hasOwnProperty.call(CACHE_SCOPES, raw))
    return raw as CacheScope;
  throw nsError(
    'SSS_INVALID_TYPE_ARG',
    `cache.getCache: scope must be a cache.Scope value, got ${String(raw)}`,
  );
}

/**
 * One named cache. It remembers its account slot, not its entries: the entries live in the account, so every
 * Cache object for the same name and scope sees the same values, and a new Account starts empty.
 */
class EmulatedCache {
  constructor(
    readonly name: string,
    readonly scope: CacheScope,
    private readonly slot: string,
  ) {}

  get(options: { key: string; loader?: (context: { key: string }) => unknown; ttl?: number }): string | null {
    const api = 'Cache.get';
    const checked = requireOptions(options, api);
    const key = requireString(checked.key, api, 'key');
    checkSize(key, CACHE_LIMITS.keyBytes, api, 'key');
    const account = currentAccount();
    const entries = entriesOf(account, this.slot);
    const now = account.clock.now().getTime();
    const hit = entries.get(key);
    if (hit && (hit.expiresAt === null || hit.expiresAt > now)) {
      chargeApi(api, 'cache.get');
      return hit.value;
    }
    if (hit) entries.delete(key);
    if (typeof checked.loader !== 'function') {
      chargeApi(api, 'cache.get');
      return null;
    }
    chargeApi(`${api} with loader`, 'cache.getWithLoader');
    const expiresAt = expiryOf(checked.ttl, now, api);
    const value = cacheText(checked.loader({ key }));
    checkSize(value, CACHE_LIMITS.valueBytes, api, 'loaded value');
    entries.set(key, { value, expiresAt });
    return value;
  }

  put(options: { key: string; value: unknown; ttl?: number }): void {
    const api = 'Cache.put';
    const checked = requireOptions(options, api);
    chargeApi(api, 'cache.put');
    const key = requireString(checked.key, api, 'key');
    checkSize(key, CACHE_LIMITS.keyBytes, api, 'key');
    if (checked.value === undefined || checked.value === null)
      throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: value`);
    const value = cacheText(checked.value);
    checkSize(value, CACHE_LIMITS.valueBytes, api, 'value');
    const account = currentAccount();
    const expiresAt = expiryOf(checked.ttl, account.clock.now().getTime(), api);
    entriesOf(account, this.slot).set(key, { value, expiresAt });
  }

  remove(options: { key: string }): void {
    const api = 'Cache.remove';
    const checked = requireOptions(options, api);
    chargeApi(api, 'cache.remove');
    entriesOf(currentAccount(), this.slot).delete(requireString(checked.key, api, 'key'));
  }
}

/** cache.getCache({name, scope}): creates the cache on first use; 0 units. */
export const getCache: typeof nsCache.getCache = (options) => {
  const api = 'cache.getCache';
  const checked = requireOptions(options, api);
  const name = requireString(checked.name, api, 'name');
  checkSize(name, CACHE_LIMITS.nameBytes, api, 'name');
  const scope = scopeOf(checked.scope);
  return new EmulatedCache(name, scope, cacheSlot(scope, name, current().scriptId)) as nsCache.Cache;
};
