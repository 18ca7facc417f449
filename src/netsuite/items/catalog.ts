/**
 * Finds the NetSuite items an order's SKUs point at without a search per line. The order budget (40 units, 30 of
 * them the create and save) cannot afford a 10-unit search for SKUs on top of configuration and customer, so the
 * items live in an N/cache index per channel (1 unit to read):
 * - on the first miss the whole active catalogue is indexed with one paged search (5 + 5 per 1,000 rows, the
 *   same 10 units as one targeted search for a small catalogue), so any later order hits, whatever its SKUs;
 * - a catalogue too big for one cache value (over MAX_FULL_ROWS rows) is indexed SKU by SKU instead: ONE
 *   search for every SKU and mapped item id of the order (kit members are extra rows of the same search, via
 *   the memberitem column);
 * - a SKU the index lacks is always searched for (an item created since the index was built), and NetSuite
 *   rejects a deleted or inactive item on save, after which the caller clears the index and retries fresh.
 *
 * What the index can get wrong, then, is only a change it cannot see: a SKU moved from one active item to another,
 * or a kit whose members changed; such an order posts the item the index knew. The TTL bounds that window, and
 * every expiry costs the next order an 11-unit re-index (46 units, over its 40). Twelve hours: long enough that an
 * order after an idle hour, a lunch break or most nights still finds the index, short enough that a catalogue
 * change shows the same working day. Saving the channel record clears its index at once (the configuration user
 * event), for a merchant who moves SKUs between items and cannot wait. There is no user event on items: item
 * writes (imports, stock syncs) are far too frequent to pay for one each.
 */
import * as cache from 'N/cache';
import * as search from 'N/search';
import type { ChannelConfig } from '../../domain/config/channel';
import {
  idsToFetch,
  skuKey,
  skusToSearch,
  type Catalog,
  type CatalogItem,
} from '../../domain/orders/catalog';
import { allRows, text } from '../config/search-rows';

const CACHE_NAME = 'pwi_item_index';
/** Seconds: twelve hours (see above for why). */
const CACHE_TTL_SECONDS = 12 * 60 * 60;
/** N/cache values are limited to 500 KB; an index is kept well below that. */
const MAX_INDEX_CHARS = 400_000;
/** Rows (items, plus one per kit member) indexed in one go; about 70 characters each in the cache. */
const MAX_FULL_ROWS = 5000;
const PAGE_SIZE = 1000;

export interface CatalogLookup {
  readonly catalog: Catalog;
  /** True when every item came from the cache (so a rejected save should retry with fresh: true). */
  readonly fromCache: boolean;
  /** 'cache' (hit), 'catalogue' (the whole catalogue was indexed) or 'skus' (the order's SKUs were searched). */
  readonly source: 'cache' | 'catalogue' | 'skus';
}

/** The cached form: compact rows [itemId, sku, name, stocked 0|1, members "id*qty,id*qty"]. */
interface StoredIndex {
  /** The channel's SKU field when indexed: a channel switched to another field must not read the old index. */
  readonly skuField: string;
  readonly complete: boolean;
  /** The catalogue was counted and found too big to index whole: later misses go straight to the SKU search. */
  readonly oversized?: boolean;
  readonly rows: readonly [string, string | null, string | null, 0 | 1, string][];
}

class ItemIndex {
  readonly bySku = new Map<string, CatalogItem>();
  readonly byId = new Map<string, CatalogItem>();

  constructor(
    public complete: boolean,
    public oversized = false,
  ) {}

  add(item: CatalogItem): void {
    if (item.sku !== null) this.bySku.set(skuKey(item.sku), item);
    this.byId.set(item.itemId, item);
  }

  /** A kit member known only by id: a candidate for stock routing, which the stock search confirms or drops. */
  addMember(itemId: string): void {
    if (!this.byId.has(itemId))
      this.byId.set(itemId, {
        itemId,
        sku: null,
        name: null,
        tracksStock: true,
        basePriceMinor: null,
        members: [],
      });
  }

  catalog(): Catalog {
    return { bySku: this.bySku, byId: this.byId };
  }

  serialise(skuField: string): string {
    const rows = [...this.byId.values()].map((item): StoredIndex['rows'][number] => [
      item.itemId,
      item.sku,
      item.name,
      item.tracksStock ? 1 : 0,
      item.members.map((member) => `${member.itemId}*${member.quantity}`).join(','),
    ]);
    return JSON.stringify({
      skuField,
      complete: this.complete,
      oversized: this.oversized,
      rows,
    } satisfies StoredIndex);
  }

  static parse(cached: string | null, skuField: string): ItemIndex {
    const index = new ItemIndex(false);
    if (cached === null) return index;
    try {
      const stored = JSON.parse(cached) as StoredIndex;
      if (stored.skuField !== skuField) return index;
      index.complete = stored.complete === true;
      index.oversized = stored.oversized === true;
      for (const [itemId, sku, name, stocked, members] of stored.rows) {
        index.add({
          itemId,
          sku,
          name,
          tracksStock: stocked === 1,
          basePriceMinor: null,
          members: members === '' ? [] : members.split(',').map(parseMember),
        });
      }
    } catch {
      return new ItemIndex(false);
    }
    return index;
  }
}

export function loadCatalog(config: ChannelConfig, skus: readonly string[], fresh = false): CatalogLookup {
  const wantedSkus = skusToSearch(skus, config);
  const wantedIds = idsToFetch(skus, config);
  const store = cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PROTECTED });
  const key = config.code;
  let index = fresh ? new ItemIndex(false) : ItemIndex.parse(store.get({ key }), config.skuField);
  const missing = (): { skus: string[]; ids: string[] } => ({
    skus: wantedSkus.filter((sku) => !index.bySku.has(skuKey(sku))),
    ids: wantedIds.filter((id) => !index.byId.has(id)),
  });
  let gaps = missing();
  if (gaps.skus.length === 0 && gaps.ids.length === 0) {
    return { catalog: index.catalog(), fromCache: true, source: 'cache' };
  }
  let source: CatalogLookup['source'] = 'skus';
  // Counting the catalogue costs 5 units: done once per cached index, not again on every order with a new SKU.
  if (!index.complete && !index.oversized) {
    const whole = indexWholeCatalogue(config);
    if (whole) {
      index = whole;
      source = 'catalogue';
      gaps = { skus: [], ids: [] }; // just read in full: what it lacks does not exist
    } else index.oversized = true;
  }
  if (gaps.skus.length > 0 || gaps.ids.length > 0) {
    addRows(index, allRows(itemSearch(config, orderFilter(config, gaps.skus, gaps.ids))), config);
  }
  const value = index.serialise(config.skuField);
  if (value.length <= MAX_INDEX_CHARS) store.put({ key, value, ttl: CACHE_TTL_SECONDS });
  return { catalog: index.catalog(), fromCache: false, source };
}

/** Forgets the channel's cached items (after NetSuite rejected one on save). */
export function forgetCatalog(config: ChannelConfig): void {
  forgetCatalogOf([config.code]);
}

/** Forgets the cached items of these channels (by normalised code): 1 unit each. */
export function forgetCatalogOf(codes: readonly string[]): void {
  const store = cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PROTECTED });
  for (const code of new Set(codes)) store.remove({ key: code });
}

/** Every active item in one paged search, or null when the catalogue is too big for one cache value. */
function indexWholeCatalogue(config: ChannelConfig): ItemIndex | null {
  const paged = itemSearch(config, []).runPaged({ pageSize: PAGE_SIZE });
  if (paged.count > MAX_FULL_ROWS) return null;
  const index = new ItemIndex(true);
  const rows: search.Result[] = [];
  for (const range of paged.pageRanges) rows.push(...paged.fetch({ index: range.index }).data);
  addRows(index, rows, config);
  return index;
}

function itemSearch(config: ChannelConfig, filters: unknown[]): search.Search {
  const active = ['isinactive', search.Operator.IS, 'F'];
  return search.create({
    type: search.Type.ITEM,
    filters: filters.length > 0 ? [filters, 'AND', active] : [active],
    columns: [
      search.createColumn({ name: 'internalid', sort: search.Sort.ASC }),
      ...new Set([config.skuField, 'displayname', 'memberitem', 'memberquantity']),
    ],
  });
}

/** The order's SKUs (by the channel's SKU field) OR its mapped item ids. */
function orderFilter(config: ChannelConfig, skus: readonly string[], ids: readonly string[]): unknown[] {
  const wanted: unknown[] = [];
  for (const sku of skus) {
    if (wanted.length > 0) wanted.push('OR');
    wanted.push([config.skuField, search.Operator.IS, sku]);
  }
  if (ids.length > 0) {
    if (wanted.length > 0) wanted.push('OR');
    wanted.push(['internalid', search.Operator.ANYOF, ...ids]);
  }
  return wanted;
}

/** Item rows (a kit gives one row per member) into the index. */
function addRows(index: ItemIndex, rows: readonly search.Result[], config: ChannelConfig): void {
  const items = new Map<string, { item: CatalogItem; members: { itemId: string; quantity: number }[] }>();
  for (const row of rows) {
    const itemId = String(row.id);
    let entry = items.get(itemId);
    if (!entry) {
      entry = {
        item: {
          itemId,
          sku: text(row, config.skuField),
          name: text(row, 'displayname'),
          // Whether NetSuite really tracks its stock is the stock search's to say (routing only); a kit never does.
          tracksStock: true,
          basePriceMinor: null,
          members: [],
        },
        members: [],
      };
      items.set(itemId, entry);
    }
    const member = text(row, 'memberitem');
    if (member !== null)
      entry.members.push({ itemId: member, quantity: Number(text(row, 'memberquantity') ?? '1') });
  }
  for (const { item, members } of items.values())
    index.add({ ...item, tracksStock: members.length === 0, members });
  for (const { members } of items.values()) for (const member of members) index.addMember(member.itemId);
}

function parseMember(text: string): { itemId: string; quantity: number } {
  const [itemId = '', quantity = '1'] = text.split('*');
  return { itemId, quantity: Number(quantity) };
}
