import type { ChannelConfig } from '../config/channel';
import { bundleFor, mappedItemId } from '../config/lookups';

/** What one item search tells the planner about a NetSuite item. */
export interface CatalogItem {
  readonly itemId: string;
  /** The value of the channel's SKU field. */
  readonly sku: string | null;
  readonly name: string | null;
  /** Whether NetSuite tracks stock for it (routing by stock counts only these). */
  readonly tracksStock: boolean;
  /** Unit base price in shop-currency minor units, used to weight bundle allocations; null if unknown. */
  readonly basePriceMinor: number | null;
  /** For a kit item: its member sublist. Empty for anything else. */
  readonly members: readonly { readonly itemId: string; readonly quantity: number }[];
}

/** The items an order needs, found by SKU (channel SKU field) and by internal id (SKU maps, bundle members). */
export interface Catalog {
  /** Keyed by skuKey(sku): NetSuite's `is` search matches SKUs regardless of case, and so does the catalogue. */
  readonly bySku: ReadonlyMap<string, CatalogItem>;
  readonly byId: ReadonlyMap<string, CatalogItem>;
}

/** The catalogue key of a SKU: trimmed and upper-cased, as NetSuite compares them in an `is` search. */
export function skuKey(sku: string): string {
  return sku.trim().toUpperCase();
}

/** Where one Shopify SKU lands: a single item, or a bundle's members. */
export type SkuTarget =
  | { readonly kind: 'item'; readonly itemId: string }
  | {
      readonly kind: 'bundle';
      readonly source: 'kit' | 'bundle-map';
      readonly members: readonly { readonly itemId: string; readonly quantity: number }[];
    };

/**
 * Resolution order for a channel SKU: the channel's bundle map, then its SKU map, then the item whose SKU field
 * holds it. A target that is a NetSuite kit explodes into its members.
 */
export function resolveSku(sku: string, config: ChannelConfig, catalog: Catalog): SkuTarget | null {
  const bundle = bundleFor(config, sku);
  if (bundle) return { kind: 'bundle', source: 'bundle-map', members: bundle.components };
  const mappedId = mappedItemId(config, sku);
  const item = mappedId !== null ? catalog.byId.get(mappedId) : catalog.bySku.get(skuKey(sku));
  if (!item) return null;
  if (item.members.length > 0) return { kind: 'bundle', source: 'kit', members: item.members };
  return { kind: 'item', itemId: item.itemId };
}

/** Internal ids the catalog search must also fetch: SKU-map targets and bundle-map members. */
export function idsToFetch(skus: readonly string[], config: ChannelConfig): string[] {
  const wanted = new Set(skus);
  const ids = new Set<string>();
  for (const entry of config.skuMappings) if (wanted.has(entry.channelSku)) ids.add(entry.itemId);
  for (const bundle of config.bundles) {
    if (wanted.has(bundle.bundleSku)) for (const component of bundle.components) ids.add(component.itemId);
  }
  return [...ids];
}

/** SKUs to search the SKU field for: everything not answered by the channel's maps. */
export function skusToSearch(skus: readonly string[], config: ChannelConfig): string[] {
  const mapped = new Set([
    ...config.skuMappings.map((entry) => entry.channelSku),
    ...config.bundles.map((bundle) => bundle.bundleSku),
  ]);
  return [...new Set(skus)].filter((sku) => !mapped.has(sku));
}

/** The items an order's lines land on (bundles exploded) that may hold stock: the stock search's subjects. */
export function stockCandidates(skus: readonly string[], config: ChannelConfig, catalog: Catalog): string[] {
  const ids = new Set<string>();
  for (const sku of skus) {
    const target = resolveSku(sku, config, catalog);
    if (target === null) continue;
    const itemIds = target.kind === 'item' ? [target.itemId] : target.members.map((member) => member.itemId);
    for (const id of itemIds) if (catalog.byId.get(id)?.tracksStock ?? true) ids.add(id);
  }
  return [...ids];
}
