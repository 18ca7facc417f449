/**
 * Finds the NetSuite items an order's SKUs point at: ONE item search for every SKU and mapped item id of the
 * order (kit members come back as extra rows of the same search through the memberitem column), never a search
 * per line. Results are kept in an N/cache index per channel so the next order with the same SKUs costs one
 * cache read (1 unit) instead of a search (10): the order budget (40 units, 30 of them the create and save)
 * cannot afford a search for SKUs, one for the customer and one for configuration. The cache is only a faster
 * path to the same answer: it is never trusted for an unmapped SKU (a miss always searches), entries expire
 * after 15 minutes, and the caller clears it and searches afresh if NetSuite rejects a cached item on save.
 */
import * as cache from 'N/cache';
import * as search from 'N/search';
import type { ChannelConfig } from '../../domain/config/channel';
import { idsToFetch, skusToSearch, type Catalog, type CatalogItem } from '../../domain/orders/catalog';
import { text } from '../config/search-rows';

const CACHE_NAME = 'pwi_item_index';
const CACHE_TTL_SECONDS = 900;
/** N/cache values are limited to 500 KB; start a fresh index well before that. */
const MAX_INDEX_CHARS = 400_000;
const STOCKED_TYPES: ReadonlySet<string> = new Set(['InvtPart', 'Assembly']);

export interface CatalogLookup {
  readonly catalog: Catalog;
  /** True when every item came from the cache (so a rejected save should retry with fresh: true). */
  readonly fromCache: boolean;
  readonly searched: boolean;
}

type Index = Record<string, CatalogItem>;

export function loadCatalog(config: ChannelConfig, skus: readonly string[], fresh = false): CatalogLookup {
  const wantedSkus = skusToSearch(skus, config);
  const wantedIds = idsToFetch(skus, config);
  const store = cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PROTECTED });
  const key = indexKey(config);
  const index: Index = fresh ? {} : readIndex(store.get({ key }));
  const missingSkus = wantedSkus.filter((sku) => !index[skuKey(sku)]);
  const missingIds = wantedIds.filter((id) => !index[idKey(id)]);
  if (missingSkus.length === 0 && missingIds.length === 0) {
    return { catalog: toCatalog(index), fromCache: true, searched: false };
  }
  const found = searchItems(config, missingSkus, missingIds);
  for (const item of found.items) {
    if (item.sku !== null) index[skuKey(item.sku)] = item;
    index[idKey(item.itemId)] = item;
  }
  for (const stub of found.memberStubs) if (!index[idKey(stub.itemId)]) index[idKey(stub.itemId)] = stub;
  const value = JSON.stringify(index);
  store.put({ key, value: value.length <= MAX_INDEX_CHARS ? value : '{}', ttl: CACHE_TTL_SECONDS });
  return { catalog: toCatalog(index), fromCache: false, searched: true };
}

/** Forgets the channel's cached items (after NetSuite rejected one on save). */
export function forgetCatalog(config: ChannelConfig): void {
  cache.getCache({ name: CACHE_NAME, scope: cache.Scope.PROTECTED }).remove({ key: indexKey(config) });
}

function searchItems(
  config: ChannelConfig,
  skus: readonly string[],
  ids: readonly string[],
): { items: CatalogItem[]; memberStubs: CatalogItem[] } {
  const wanted: unknown[] = [];
  for (const sku of skus) {
    if (wanted.length > 0) wanted.push('OR');
    wanted.push([config.skuField, search.Operator.IS, sku]);
  }
  if (ids.length > 0) {
    if (wanted.length > 0) wanted.push('OR');
    wanted.push(['internalid', search.Operator.ANYOF, ...ids]);
  }
  const columns = [
    search.createColumn({ name: 'internalid', sort: search.Sort.ASC }),
    config.skuField,
    'displayname',
    'type',
    'memberitem',
    'memberquantity',
  ];
  const rows = search
    .create({
      type: search.Type.ITEM,
      filters: [wanted, 'AND', ['isinactive', search.Operator.IS, 'F']],
      columns,
    })
    .run()
    .getRange({ start: 0, end: 1000 });

  const items = new Map<string, { item: CatalogItem; members: { itemId: string; quantity: number }[] }>();
  for (const row of rows) {
    const itemId = String(row.id);
    let entry = items.get(itemId);
    if (!entry) {
      const type = text(row, 'type') ?? '';
      entry = {
        item: {
          itemId,
          sku: text(row, config.skuField),
          name: text(row, 'displayname'),
          tracksStock: STOCKED_TYPES.has(type),
          basePriceMinor: null,
          members: [],
        },
        members: [],
      };
      items.set(itemId, entry);
    }
    const member = text(row, 'memberitem');
    if (member !== null) {
      entry.members.push({ itemId: member, quantity: Number(text(row, 'memberquantity') ?? '1') });
    }
  }
  const found = [...items.values()];
  return {
    items: found.map(({ item, members }) => ({
      ...item,
      members: members.map(({ itemId, quantity }) => ({ itemId, quantity })),
    })),
    memberStubs: found.flatMap(({ item, members }) =>
      members.map((member) => memberStub(member.itemId, item)),
    ),
  };
}

/**
 * What the index knows of a kit member it never searched for directly: its id. Kit members are taken to hold
 * stock (apparel kits are made of inventory items); a member that holds none simply never fills a stock rule,
 * so routing falls through to the next rule rather than guessing.
 */
function memberStub(itemId: string, kit: CatalogItem): CatalogItem {
  return {
    itemId,
    sku: null,
    name: `member of ${kit.sku ?? kit.itemId}`,
    tracksStock: true,
    basePriceMinor: null,
    members: [],
  };
}

function toCatalog(index: Index): Catalog {
  const bySku = new Map<string, CatalogItem>();
  const byId = new Map<string, CatalogItem>();
  for (const [key, item] of Object.entries(index)) {
    if (key.startsWith('sku:')) bySku.set(key.slice(4), item);
    else if (!byId.has(item.itemId) || key.startsWith('id:')) byId.set(item.itemId, item);
  }
  return { bySku, byId };
}

function readIndex(cached: string | null): Index {
  if (cached === null) return {};
  try {
    const parsed = JSON.parse(cached) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Index) : {};
  } catch {
    return {};
  }
}

function indexKey(config: ChannelConfig): string {
  return `${config.code}:${config.skuField}`;
}

function skuKey(sku: string): string {
  return `sku:${sku}`;
}

function idKey(id: string): string {
  return `id:${id}`;
}
