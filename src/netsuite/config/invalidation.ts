/**
 * Which channels a configuration record write affects, and marking their cached configuration stale. Called by the
 * configuration user event after every create, edit, inline edit and delete of a channel, tax map, SKU map, bundle
 * map or route rule record, so the next order reads the change instead of waiting for a cache expiry.
 *
 * Both the record before and after the write count: a SKU map moved from one channel to another, or a channel
 * whose code changed, affects both. When no channel can be named (an inline edit that carried no channel field and
 * no earlier version, or a record type this does not know), every channel is invalidated: over-invalidating costs
 * one cold load, under-invalidating would serve a stale configuration indefinitely.
 */
import type * as record from 'N/record';
import * as search from 'N/search';
import { normaliseChannelCode } from '../../domain/config/build';
import { forgetCatalogOf } from '../items/catalog';
import { invalidateCachedConfigs } from './config-cache';
import { BUNDLE_MAP, CHANNEL, ROUTE_RULE, SKU_MAP, TAX_MAP } from './ids';
import { allRows, text } from './search-rows';

/** Each child configuration record type and its field pointing at the channel record. */
const CHANNEL_FIELD_OF: Readonly<Record<string, string>> = {
  [TAX_MAP.type]: TAX_MAP.channel,
  [SKU_MAP.type]: SKU_MAP.channel,
  [BUNDLE_MAP.type]: BUNDLE_MAP.channel,
  [ROUTE_RULE.type]: ROUTE_RULE.channel,
};

export interface Invalidation {
  /** 'channels': only those named; 'all': every channel record's code (none could be named). */
  readonly scope: 'channels' | 'all';
  /** The normalised channel codes whose cached configuration was marked stale. */
  readonly codes: readonly string[];
  /** Whether the channels' item indexes were cleared too (a save of the channel record itself). */
  readonly itemIndexesCleared: boolean;
}

/**
 * Marks stale the cached configuration of every channel the write of a `recordType` record touched. `versions`
 * are the records as the user event sees them (oldRecord, newRecord; either may be null or hold only the fields an
 * inline edit changed). A save of the channel record also clears its item index: it is the merchant's way to make
 * a catalogue change (a SKU moved to another item) apply at once.
 */
export function invalidateAfterWrite(
  recordType: string,
  versions: readonly (record.Record | null | undefined)[],
): Invalidation {
  const present = versions.filter(
    (version): version is record.Record => version !== null && version !== undefined,
  );
  const named = recordType === CHANNEL.type ? channelCodes(present) : childChannelCodes(recordType, present);
  const scope = named === null || named.length === 0 ? 'all' : 'channels';
  const codes = scope === 'all' ? everyChannelCode() : (named ?? []);
  invalidateCachedConfigs(codes);
  const itemIndexesCleared = recordType === CHANNEL.type;
  if (itemIndexesCleared) forgetCatalogOf(codes);
  return { scope, codes, itemIndexesCleared };
}

/** The codes a channel record carried before and after the write. */
function channelCodes(versions: readonly record.Record[]): string[] {
  return unique(versions.map((version) => fieldText(version, CHANNEL.code)));
}

/** The codes of the channels a child record pointed at before and after; null for an unknown record type. */
function childChannelCodes(recordType: string, versions: readonly record.Record[]): string[] | null {
  const channelField = CHANNEL_FIELD_OF[recordType];
  if (channelField === undefined) return null;
  const ids = [...new Set(versions.map((version) => fieldText(version, channelField)))].filter(
    (id): id is string => id !== null,
  );
  if (ids.length === 0) return null;
  // One search (10 units) for up to two channels. None found (deleted meanwhile): every channel, rather than a guess.
  const rows = allRows(
    search.create({
      type: CHANNEL.type,
      filters: [['internalid', search.Operator.ANYOF, ...ids]],
      columns: [CHANNEL.code],
    }),
  );
  const codes = unique(rows.map((row) => text(row, CHANNEL.code)));
  return codes.length > 0 ? codes : null;
}

/** Every channel record's code, active or not: one search. */
function everyChannelCode(): string[] {
  const rows = allRows(search.create({ type: CHANNEL.type, filters: [], columns: [CHANNEL.code] }));
  return unique(rows.map((row) => text(row, CHANNEL.code)));
}

/** A body field as trimmed text (select fields give the internal id); empty or absent becomes null. */
function fieldText(version: record.Record, fieldId: string): string | null {
  const value = version.getValue({ fieldId });
  if (value === null || value === undefined || typeof value === 'boolean') return null;
  const trimmed = (Array.isArray(value) ? String(value[0] ?? '') : String(value)).trim();
  return trimmed === '' ? null : trimmed;
}

function unique(codes: readonly (string | null)[]): string[] {
  return [...new Set(codes.filter((code): code is string => code !== null).map(normaliseChannelCode))];
}
