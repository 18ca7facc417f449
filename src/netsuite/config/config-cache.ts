/**
 * The channel configuration kept in N/cache, one entry per channel code, WITHOUT an expiry: a configuration read
 * costs six searches (about 62 units) against an order budget of 40, and merchants' orders arrive minutes or hours
 * apart, so any TTL short enough to matter would make most orders pay it. Freshness comes from invalidation
 * instead: the configuration user event (customscript_pwi_config_ue) marks a channel's entry stale whenever one of
 * its configuration records is written. NetSuite may still evict an entry at any time; the loader then reads the
 * records again, so the cache is never the source of truth.
 *
 * A stale entry is a TOMBSTONE (a marker in the entry's place), not a removal, so that a load racing with an edit
 * cannot put back what it read before the edit: a loader remembers the raw entry it missed on and puts its result
 * only if the entry is still exactly that (one more cache read, on the cold path only). A removal would leave
 * nothing to compare against.
 */
import * as cache from 'N/cache';
import type { ChannelConfigResult } from '../../domain/config/channel';

const CACHE_NAME = 'pwi_channel_config';
/** N/cache holds values up to 500 KB; a configuration larger than this is simply not cached. */
const MAX_CACHED_CHARS = 400_000;

export type CachedConfig = Extract<ChannelConfigResult, { ok: true }>;

/** What a cache read found: the configuration on a hit, and the raw entry (null, tombstone…) to compare later. */
export interface CacheRead {
  readonly hit: CachedConfig | null;
  readonly seen: string | null;
}

interface StoredConfig {
  readonly config: CachedConfig['config'];
  readonly warnings: CachedConfig['warnings'];
}

function store(): cache.Cache {
  return cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PROTECTED });
}

/** One cache read (1 unit). A tombstone or an unreadable entry is a miss. */
export function readCachedConfig(code: string): CacheRead {
  const seen = store().get({ key: code });
  const stored = parseStored(seen);
  return { hit: stored ? { ok: true, ...stored } : null, seen };
}

/**
 * Keeps a freshly loaded configuration, unless the entry changed since `seen` was read (a configuration write
 * invalidated it meanwhile: what was loaded may predate that write). Two units: the re-read and the put.
 */
export function storeConfig(code: string, seen: string | null, loaded: CachedConfig): void {
  const value = JSON.stringify({ config: loaded.config, warnings: loaded.warnings } satisfies StoredConfig);
  if (value.length > MAX_CACHED_CHARS) return;
  const entries = store();
  if (entries.get({ key: code }) !== seen) return;
  entries.put({ key: code, value }); // no ttl: kept until invalidated or evicted
}

/** Marks these channels' cached configuration stale (1 unit each): the next load reads the records. */
export function invalidateCachedConfigs(codes: readonly string[]): void {
  const entries = store();
  for (const code of new Set(codes)) entries.put({ key: code, value: tombstone() });
}

/** A marker no earlier read can equal: the time alone could repeat within a millisecond. */
function tombstone(): string {
  return JSON.stringify({
    invalidatedAt: new Date().toISOString(),
    nonce: Math.random().toString(36).slice(2),
  });
}

function parseStored(raw: string | null): StoredConfig | null {
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredConfig> | null;
    return parsed &&
      typeof parsed.config === 'object' &&
      parsed.config !== null &&
      Array.isArray(parsed.warnings)
      ? { config: parsed.config, warnings: parsed.warnings }
      : null;
  } catch {
    return null;
  }
}
